from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import REQUIRED, dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.webhook_event_type import WebhookEventType
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="Webhook")

_FIELD_KEYS = frozenset(
    {
        "event_types",
        "url",
        "id",
        "links",
    }
)

_REQUIRED_FIELDS = {
    "event_types": "event_types",
    "url": "url",
}


@_attrs_define(slots=False)
class Webhook:
    """One or more webhook objects."""

    event_types: list[WebhookEventType]
    """ An array of events to which to subscribe your webhook. To subscribe to all events, including events as they
    are added, specify the asterisk wild card. To replace the `event_types` array, specify the asterisk wild card.
    To list all supported events, list available events. """
    url: str
    """ The URL that is configured to listen on `localhost` for incoming `POST` notification messages that contain
    event information. """
    id: str | Unset = UNSET
    """ The ID of the webhook. """
    links: list[WebhooksLinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links/). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "event_types",
                "url",
                "id",
                "links",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Webhook) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "event_types" in _values:
            event_types = dumped(
                self._dump_event_types, self.event_types, _lazy.get("event_types")
            )
            field_dict["event_types"] = event_types
        elif "event_types" in _lazy:
            field_dict["event_types"] = _lazy["event_types"]
        if "url" in _values:
            url = self.url
            field_dict["url"] = url
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "url" in d:
            _values["url"] = d["url"]
        _values["id"] = d.get("id", UNSET)

        return _obj

    @staticmethod
    def _dump_event_types(_value: Any) -> Any:
        event_types = []
        for event_types_item_data in _value:
            event_types_item = event_types_item_data.to_dict()
            event_types.append(event_types_item)

        return event_types

    @staticmethod
    def _dump_links(_value: Any) -> Any:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            links = []
            for links_item_data in _value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        return links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


install_lazy_fields(
    Webhook,
    _FIELD_KEYS,
    (
        "event_types",
        "event_types",
        "webhook_event_type.WebhookEventType",
        True,
        REQUIRED,
    ),
    (
        "links",
        "links",
        "webhooks_link_description.WebhooksLinkDescription",
        True,
        UNSET,
    ),
)
