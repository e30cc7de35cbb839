from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.link_description_method import LinkDescriptionMethod
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LinkDescription")

_FIELD_KEYS = frozenset(
    {
        "href",
        "method",
        "rel",
    }
)


@_attrs_define(slots=False)
class LinkDescription:
    """A HATEOAS link to a related action or resource. Nothing in it is always sent: the links inside error bodies come
    without `rel`, and PayPal's reference examples show links without `href`.

    """

    href: str | Unset = UNSET
    """ The target URL. """
    method: LinkDescriptionMethod | Unset = UNSET
    """ The HTTP method for the link. """
    rel: str | Unset = UNSET
    """ The relation, for example `self`, `send`, `next` (absent in some error links). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "href",
                "method",
                "rel",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinkDescription) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "href" in _values:
            href = self.href
            if href is not UNSET:
                field_dict["href"] = href
        if "method" in _values:
            method = dumped(self._dump_method, self.method)
            if method is not UNSET:
                field_dict["method"] = method
        if "rel" in _values:
            rel = self.rel
            if rel is not UNSET:
                field_dict["rel"] = rel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["href"] = d.get("href", UNSET)
        if "method" in d:
            _values["method"] = enum_value(LinkDescriptionMethod, d["method"])
        else:
            _values["method"] = UNSET
        _values["rel"] = d.get("rel", UNSET)

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
    LinkDescription,
    _FIELD_KEYS,
)
