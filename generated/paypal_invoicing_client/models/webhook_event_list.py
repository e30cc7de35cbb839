from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.webhook_event import WebhookEvent
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="WebhookEventList")


@_attrs_define(slots=False)
class WebhookEventList:
    """A list of webhooks events."""

    count: int | Unset = UNSET
    """ The number of items in each range of results. Note that the response might have fewer items than the
    requested `page_size` value. """
    events: list[WebhookEvent] | Unset = UNSET
    """ An array of webhooks events. """
    links: list[WebhooksLinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](/docs/api/reference/api-responses/#hateoas-links). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if events is not UNSET:
            field_dict["events"] = events
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        count = d.pop("count", UNSET)

        if "events" in d:
            lazy["events"] = d.pop("events")

        if "links" in d:
            lazy["links"] = d.pop("links")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            count=count,
            _lazy_fields=lazy,
        )
        if "events" not in lazy:
            _obj.__dict__["events"] = UNSET
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_events(source: Any) -> list[WebhookEvent] | Unset:
        from ..models.webhook_event import WebhookEvent

        _events = source
        events: list[WebhookEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookEvent.from_dict(events_item_data)

                events.append(events_item)

        return events

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
    WebhookEventList,
    "events",
    "links",
)
