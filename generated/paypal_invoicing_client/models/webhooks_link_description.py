from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.webhooks_link_description_method import WebhooksLinkDescriptionMethod
from ..types import UNSET, Unset, missing_field, model_repr

T = TypeVar("T", bound="WebhooksLinkDescription")

_FIELD_KEYS = frozenset(
    {
        "href",
        "rel",
        "method",
    }
)

_REQUIRED_FIELDS = {
    "href": "href",
    "rel": "rel",
}


@_attrs_define(slots=False)
class WebhooksLinkDescription:
    """The request-related [HATEOAS link](https://developer.paypal.com/docs/api/reference/api-responses/#hateoas-links)
    information.

    """

    href: str
    """ The complete target URL. To make the related call, combine the method with this [URI Template-
    formatted](https://tools.ietf.org/html/rfc6570) link. For pre-processing, include the `$`, `(`, and `)`
    characters. The `href` is the key HATEOAS component that links a completed call with a subsequent call. """
    rel: str
    """ The [link relation type](https://tools.ietf.org/html/rfc5988#section-4), which serves as an ID for a link
    that unambiguously describes the semantics of the link. See [Link
    Relations](https://www.iana.org/assignments/link-relations/link-relations.xhtml). """
    method: WebhooksLinkDescriptionMethod | Unset = UNSET
    """ The HTTP method required to make the related call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "href",
                "rel",
                "method",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhooksLinkDescription) or type(other) is not type(
            self
        ):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "href" in _values:
            href = self.href
            field_dict["href"] = href
        if "rel" in _values:
            rel = self.rel
            field_dict["rel"] = rel
        if "method" in _values:
            method = dumped(self._dump_method, self.method)
            if method is not UNSET:
                field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "href" in d:
            _values["href"] = d["href"]
        if "rel" in d:
            _values["rel"] = d["rel"]
        if "method" in d:
            _values["method"] = enum_value(WebhooksLinkDescriptionMethod, d["method"])
        else:
            _values["method"] = UNSET

        return _obj

    @staticmethod
    def _dump_method(_value: Any) -> Any:
        method: str | Unset = UNSET
        if not isinstance(_value, Unset):
            method = _value.value

        return method

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
    WebhooksLinkDescription,
    _FIELD_KEYS,
)
