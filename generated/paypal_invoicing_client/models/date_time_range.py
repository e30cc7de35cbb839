from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import missing_field, model_repr

T = TypeVar("T", bound="DateTimeRange")

_FIELD_KEYS = frozenset(
    {
        "end",
        "start",
    }
)

_REQUIRED_FIELDS = {
    "end": "end",
    "start": "start",
}


@_attrs_define(slots=False)
class DateTimeRange:
    """An inclusive range of timestamps."""

    end: str
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    start: str
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "end",
                "start",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DateTimeRange) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "end" in _values:
            end = self.end
            field_dict["end"] = end
        if "start" in _values:
            start = self.start
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "end" in d:
            _values["end"] = d["end"]
        if "start" in d:
            _values["start"] = d["start"]

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
    DateTimeRange,
    _FIELD_KEYS,
)
