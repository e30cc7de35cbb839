from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.webhook_event_resource import WebhookEventResource
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="WebhookEvent")

_FIELD_KEYS = frozenset(
    {
        "create_time",
        "event_type",
        "event_version",
        "id",
        "links",
        "resource",
        "resource_type",
        "resource_version",
        "summary",
    }
)


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
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links). """
    resource: WebhookEventResource | Unset = UNSET
    """ The resource that triggered the webhook event notification. """
    resource_type: str | Unset = UNSET
    """ The name of the resource related to the webhook notification event. """
    resource_version: str | Unset = UNSET
    """ The resource version in the webhook notification. """
    summary: str | Unset = UNSET
    """ A summary description for the event notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "create_time",
                "event_type",
                "event_version",
                "id",
                "links",
                "resource",
                "resource_type",
                "resource_version",
                "summary",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookEvent) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "create_time" in _values:
            create_time = self.create_time
            if create_time is not UNSET:
                field_dict["create_time"] = create_time
        if "event_type" in _values:
            event_type = self.event_type
            if event_type is not UNSET:
                field_dict["event_type"] = event_type
        if "event_version" in _values:
            event_version = self.event_version
            if event_version is not UNSET:
                field_dict["event_version"] = event_version
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
        if "resource" in _values:
            resource = dumped(self._dump_resource, self.resource, _lazy.get("resource"))
            if resource is not UNSET:
                field_dict["resource"] = resource
        elif "resource" in _lazy:
            field_dict["resource"] = _lazy["resource"]
        if "resource_type" in _values:
            resource_type = self.resource_type
            if resource_type is not UNSET:
                field_dict["resource_type"] = resource_type
        if "resource_version" in _values:
            resource_version = self.resource_version
            if resource_version is not UNSET:
                field_dict["resource_version"] = resource_version
        if "summary" in _values:
            summary = self.summary
            if summary is not UNSET:
                field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["create_time"] = d.get("create_time", UNSET)
        _values["event_type"] = d.get("event_type", UNSET)
        _values["event_version"] = d.get("event_version", UNSET)
        _values["id"] = d.get("id", UNSET)
        _values["resource_type"] = d.get("resource_type", UNSET)
        _values["resource_version"] = d.get("resource_version", UNSET)
        _values["summary"] = d.get("summary", UNSET)

        return _obj

    @staticmethod
    def _dump_links(_value: Any) -> Any:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            links = []
            for links_item_data in _value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        return links

    @staticmethod
    def _dump_resource(_value: Any) -> Any:
        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            resource = _value.to_dict()
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
    _FIELD_KEYS,
    (
        "links",
        "links",
        "webhooks_link_description.WebhooksLinkDescription",
        True,
        UNSET,
    ),
    (
        "resource",
        "resource",
        "webhook_event_resource.WebhookEventResource",
        False,
        UNSET,
    ),
)
