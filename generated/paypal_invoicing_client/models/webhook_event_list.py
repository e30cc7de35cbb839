from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.webhook_event import WebhookEvent
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="WebhookEventList")

_FIELD_KEYS = frozenset(
    {
        "count",
        "events",
        "links",
    }
)


@_attrs_define(slots=False)
class WebhookEventList:
    """A list of webhooks events."""

    count: int | Unset = UNSET
    """ The number of items in each range of results. Note that the response might have fewer items than the
    requested `page_size` value. """
    events: list[WebhookEvent] | Unset = UNSET
    """ An array of webhooks events. """
    links: list[WebhooksLinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "count",
                "events",
                "links",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookEventList) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "count" in _values:
            count = self.count
            if count is not UNSET:
                field_dict["count"] = count
        if "events" in _values:
            events = dumped(self._dump_events, self.events, _lazy.get("events"))
            if events is not UNSET:
                field_dict["events"] = events
        elif "events" in _lazy:
            field_dict["events"] = _lazy["events"]
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
        _values["count"] = d.get("count", UNSET)

        return _obj

    @staticmethod
    def _dump_events(_value: Any) -> Any:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            events = []
            for events_item_data in _value:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        return events

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
    WebhookEventList,
    _FIELD_KEYS,
    ("events", "events", "webhook_event.WebhookEvent", True, UNSET),
    (
        "links",
        "links",
        "webhooks_link_description.WebhooksLinkDescription",
        True,
        UNSET,
    ),
)
