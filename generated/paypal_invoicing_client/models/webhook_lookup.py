from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="WebhookLookup")


@_attrs_define(slots=False)
class WebhookLookup:
    """The webhook lookup details."""

    client_id: str | Unset = UNSET
    """ The application client ID. """
    id: str | Unset = UNSET
    """ The ID of the webhook lookup. """
    links: list[WebhooksLinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](/docs/api/reference/api-responses/#hateoas-links/). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        id = self.id

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        client_id = d.pop("client_id", UNSET)

        id = d.pop("id", UNSET)

        if "links" in d:
            lazy["links"] = d.pop("links")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            client_id=client_id,
            id=id,
            _lazy_fields=lazy,
        )
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET

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
    WebhookLookup,
    "links",
)
