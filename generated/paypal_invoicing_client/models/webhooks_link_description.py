from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhooks_link_description_method import WebhooksLinkDescriptionMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhooksLinkDescription")


@_attrs_define(slots=False)
class WebhooksLinkDescription:
    """The request-related [HATEOAS link](/docs/api/reference/api-responses/#hateoas-links) information."""

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

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "rel": rel,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        href = d.pop("href")

        rel = d.pop("rel")

        _method = d.pop("method", UNSET)
        method: WebhooksLinkDescriptionMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = WebhooksLinkDescriptionMethod(_method)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            href=href,
            rel=rel,
            method=method,
        )

        _obj.additional_properties = d
        return _obj

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
