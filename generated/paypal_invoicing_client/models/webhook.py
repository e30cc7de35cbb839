from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.webhook_event_type import WebhookEventType
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="Webhook")


@_attrs_define(slots=False)
class Webhook:
    """One or more webhook objects."""

    event_types: list[WebhookEventType]
    """ An array of events to which to subscribe your webhook. To subscribe to all events, including events as they
    are added, specify the asterisk wild card. To replace the `event_types` array, specify the asterisk wild card.
    To list all supported events, <a href="#event-type_list">list available events</a>. """
    url: str
    """ The URL that is configured to listen on `localhost` for incoming `POST` notification messages that contain
    event information. """
    id: str | Unset = UNSET
    """ The ID of the webhook. """
    links: list[WebhooksLinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](/docs/api/reference/api-responses/#hateoas-links/). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.to_dict()
            event_types.append(event_types_item)

        url = self.url

        id = self.id

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_types": event_types,
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        lazy["event_types"] = d.pop("event_types")

        url = d.pop("url")

        id = d.pop("id", UNSET)

        if "links" in d:
            lazy["links"] = d.pop("links")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            url=url,
            id=id,
            _lazy_fields=lazy,
        )
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_event_types(source: Any) -> list[WebhookEventType]:
        from ..models.webhook_event_type import WebhookEventType

        event_types = []
        _event_types = source
        for event_types_item_data in _event_types:
            event_types_item = WebhookEventType.from_dict(event_types_item_data)

            event_types.append(event_types_item)

        return event_types

    @staticmethod
    def _load_links(source: Any) -> list[WebhooksLinkDescription] | Unset:
        from ..models.webhooks_link_description import WebhooksLinkDescription

        _links = source
        links: list[WebhooksLinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = WebhooksLinkDescription.from_dict(links_item_data)

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
    "event_types",
    "links",
)
