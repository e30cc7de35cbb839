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
from ..models.template_subtotal_setting_field_name import (
    TemplateSubtotalSettingFieldName,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.display_preference import DisplayPreference


T = TypeVar("T", bound="TemplateSubtotalSetting")

_FIELD_KEYS = frozenset(
    {
        "display_preference",
        "field_name",
    }
)


@_attrs_define(slots=False)
class TemplateSubtotalSetting:
    """Display setting for a subtotal line."""

    display_preference: DisplayPreference | Unset = UNSET
    """ Whether a field is shown. """
    field_name: TemplateSubtotalSettingFieldName | Unset = UNSET
    """ The subtotal line. PayPal's reference examples send the lower-case names, its published schema the upper-
    case ones: both are accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "display_preference",
                "field_name",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateSubtotalSetting) or type(other) is not type(
            self
        ):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "display_preference" in _values:
            display_preference = dumped(
                self._dump_display_preference,
                self.display_preference,
                _lazy.get("display_preference"),
            )
            if display_preference is not UNSET:
                field_dict["display_preference"] = display_preference
        elif "display_preference" in _lazy:
            field_dict["display_preference"] = _lazy["display_preference"]
        if "field_name" in _values:
            field_name = dumped(self._dump_field_name, self.field_name)
            if field_name is not UNSET:
                field_dict["field_name"] = field_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "field_name" in d:
            _values["field_name"] = enum_value(
                TemplateSubtotalSettingFieldName, d["field_name"]
            )
        else:
            _values["field_name"] = UNSET

        return _obj

    @staticmethod
    def _dump_display_preference(_value: Any) -> Any:
        display_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            display_preference = _value.to_dict()
        return display_preference

    @staticmethod
    def _dump_field_name(_value: Any) -> Any:
        field_name: str | Unset = UNSET
        if not isinstance(_value, Unset):
            field_name = _value.value

        return field_name

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
    TemplateSubtotalSetting,
    _FIELD_KEYS,
    (
        "display_preference",
        "display_preference",
        "display_preference.DisplayPreference",
        False,
        UNSET,
    ),
)
