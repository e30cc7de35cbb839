from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="V1TemplateSettingsMetadata")

_FIELD_KEYS = frozenset(
    {
        "hidden",
    }
)


@_attrs_define(slots=False)
class V1TemplateSettingsMetadata:
    """The template settings metadata."""

    hidden: bool | Unset = False
    """ Indicates whether to show or hide this field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, ("hidden",))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1TemplateSettingsMetadata) or type(other) is not type(
            self
        ):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "hidden" in _values:
            hidden = self.hidden
            if hidden is not UNSET:
                field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["hidden"] = d.get("hidden", UNSET)

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


install_lazy_fields(
    V1TemplateSettingsMetadata,
    _FIELD_KEYS,
)
