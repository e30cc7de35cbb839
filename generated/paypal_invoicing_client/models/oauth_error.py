from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

T = TypeVar("T", bound="OauthError")

_FIELD_KEYS = frozenset(
    {
        "error",
        "error_description",
    }
)

_REQUIRED_FIELDS = {
    "error": "error",
}


@_attrs_define(slots=False)
class OauthError:
    """The body of a 401 from PayPal's OAuth layer."""

    error: str
    """ For example `invalid_token` or `invalid_client`. """
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "error",
                "error_description",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OauthError) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "error" in _values:
            error = self.error
            field_dict["error"] = error
        if "error_description" in _values:
            error_description = self.error_description
            if error_description is not UNSET:
                field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "error" in d:
            _values["error"] = d["error"]
        _values["error_description"] = d.get("error_description", UNSET)

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
    OauthError,
    _FIELD_KEYS,
)
