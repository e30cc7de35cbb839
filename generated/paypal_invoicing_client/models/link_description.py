from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_description_method import LinkDescriptionMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkDescription")


@_attrs_define(slots=False)
class LinkDescription:
    """A HATEOAS link to a related action or resource."""

    rel: str
    """ The relation, for example `self`, `send`, `next`. """
    href: str | Unset = UNSET
    """ The target URL. """
    method: LinkDescriptionMethod | Unset = UNSET
    """ The HTTP method for the link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rel = self.rel

        href = self.href

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rel": rel,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rel = d.pop("rel")

        href = d.pop("href", UNSET)

        _method = d.pop("method", UNSET)
        method: LinkDescriptionMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = LinkDescriptionMethod(_method)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            rel=rel,
            href=href,
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
