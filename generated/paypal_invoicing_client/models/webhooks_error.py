from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.webhooks_error_details_2 import WebhooksErrorDetails2
    from ..models.webhooks_link_description import WebhooksLinkDescription


T = TypeVar("T", bound="WebhooksError")

_FIELD_KEYS = frozenset(
    {
        "debug_id",
        "message",
        "name",
        "details",
        "information_link",
        "links",
    }
)

_REQUIRED_FIELDS = {
    "debug_id": "debug_id",
    "message": "message",
    "name": "name",
}


@_attrs_define(slots=False)
class WebhooksError:
    """The error details."""

    debug_id: str
    """ The PayPal internal ID. Used for correlation purposes. """
    message: str
    """ The message that describes the error. """
    name: str
    """ The human-readable, unique name of the error. """
    details: list[WebhooksErrorDetails2] | Unset = UNSET
    """ An array of additional details about the error. """
    information_link: str | Unset = UNSET
    """ The information link, or URI, that shows detailed information about this error for the developer. """
    links: list[WebhooksLinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "debug_id",
                "message",
                "name",
                "details",
                "information_link",
                "links",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhooksError) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "debug_id" in _values:
            debug_id = self.debug_id
            field_dict["debug_id"] = debug_id
        if "message" in _values:
            message = self.message
            field_dict["message"] = message
        if "name" in _values:
            name = self.name
            field_dict["name"] = name
        if "details" in _values:
            details = dumped(self._dump_details, self.details, _lazy.get("details"))
            if details is not UNSET:
                field_dict["details"] = details
        elif "details" in _lazy:
            field_dict["details"] = _lazy["details"]
        if "information_link" in _values:
            information_link = self.information_link
            if information_link is not UNSET:
                field_dict["information_link"] = information_link
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
        if "debug_id" in d:
            _values["debug_id"] = d["debug_id"]
        if "message" in d:
            _values["message"] = d["message"]
        if "name" in d:
            _values["name"] = d["name"]
        _values["information_link"] = d.get("information_link", UNSET)

        return _obj

    @staticmethod
    def _dump_details(_value: Any) -> Any:
        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            details = []
            for details_item_data in _value:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        return details

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
    WebhooksError,
    _FIELD_KEYS,
    (
        "details",
        "details",
        "webhooks_error_details_2.WebhooksErrorDetails2",
        True,
        UNSET,
    ),
    (
        "links",
        "links",
        "webhooks_link_description.WebhooksLinkDescription",
        True,
        UNSET,
    ),
)
