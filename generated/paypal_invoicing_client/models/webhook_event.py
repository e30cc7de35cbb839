from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.webhook_event_resource import WebhookEventResource
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define(slots=False)
class WebhookEvent:
    """A webhook event notification."""

    create_time: str | Unset = UNSET
    """ The date and time when the webhook event notification was created, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). """
    event_type: str | Unset = UNSET
    """ The event that triggered the webhook event notification. """
    event_version: str | Unset = UNSET
    """ The event version in the webhook notification. """
    id: str | Unset = UNSET
    """ The ID of the webhook event notification. """
    links: list[WebhooksLinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](/docs/api/reference/api-responses/#hateoas-links). """
    resource: WebhookEventResource | Unset = UNSET
    """ The resource that triggered the webhook event notification. """
    resource_type: str | Unset = UNSET
    """ The name of the resource related to the webhook notification event. """
    resource_version: str | Unset = UNSET
    """ The resource version in the webhook notification. """
    summary: str | Unset = UNSET
    """ A summary description for the event notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        event_type = self.event_type

        event_version = self.event_version

        id = self.id

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        resource_type = self.resource_type

        resource_version = self.resource_version

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_version is not UNSET:
            field_dict["event_version"] = event_version
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links
        if resource is not UNSET:
            field_dict["resource"] = resource
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_version is not UNSET:
            field_dict["resource_version"] = resource_version
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        create_time = d.pop("create_time", UNSET)

        event_type = d.pop("event_type", UNSET)

        event_version = d.pop("event_version", UNSET)

        id = d.pop("id", UNSET)

        if "links" in d:
            lazy["links"] = d.pop("links")

        if "resource" in d:
            lazy["resource"] = d.pop("resource")

        resource_type = d.pop("resource_type", UNSET)

        resource_version = d.pop("resource_version", UNSET)

        summary = d.pop("summary", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            create_time=create_time,
            event_type=event_type,
            event_version=event_version,
            id=id,
            resource_type=resource_type,
            resource_version=resource_version,
            summary=summary,
            _lazy_fields=lazy,
        )
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET
        if "resource" not in lazy:
            _obj.__dict__["resource"] = UNSET

        _obj.additional_properties = d
        return _obj

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

    @staticmethod
    def _load_resource(source: Any) -> WebhookEventResource | Unset:
        from ..models.webhook_event_resource import WebhookEventResource

        _resource = source
        resource: WebhookEventResource | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = WebhookEventResource.from_dict(_resource)

        return resource

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
    WebhookEvent,
    "links",
    "resource",
)
