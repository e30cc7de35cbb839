from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.template_item_setting import TemplateItemSetting
    from ..models.template_subtotal_setting import TemplateSubtotalSetting


T = TypeVar("T", bound="TemplateSettings")

_FIELD_KEYS = frozenset(
    {
        "template_item_settings",
        "template_subtotal_settings",
    }
)


@_attrs_define(slots=False)
class TemplateSettings:
    """Which item columns and subtotal lines a template shows."""

    template_item_settings: list[TemplateItemSetting] | Unset = UNSET
    template_subtotal_settings: list[TemplateSubtotalSetting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "template_item_settings",
                "template_subtotal_settings",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateSettings) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "template_item_settings" in _values:
            template_item_settings = dumped(
                self._dump_template_item_settings,
                self.template_item_settings,
                _lazy.get("template_item_settings"),
            )
            if template_item_settings is not UNSET:
                field_dict["template_item_settings"] = template_item_settings
        elif "template_item_settings" in _lazy:
            field_dict["template_item_settings"] = _lazy["template_item_settings"]
        if "template_subtotal_settings" in _values:
            template_subtotal_settings = dumped(
                self._dump_template_subtotal_settings,
                self.template_subtotal_settings,
                _lazy.get("template_subtotal_settings"),
            )
            if template_subtotal_settings is not UNSET:
                field_dict["template_subtotal_settings"] = template_subtotal_settings
        elif "template_subtotal_settings" in _lazy:
            field_dict["template_subtotal_settings"] = _lazy[
                "template_subtotal_settings"
            ]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d

        return _obj

    @staticmethod
    def _dump_template_item_settings(_value: Any) -> Any:
        template_item_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            template_item_settings = []
            for template_item_settings_item_data in _value:
                template_item_settings_item = template_item_settings_item_data.to_dict()
                template_item_settings.append(template_item_settings_item)

        return template_item_settings

    @staticmethod
    def _dump_template_subtotal_settings(_value: Any) -> Any:
        template_subtotal_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            template_subtotal_settings = []
            for template_subtotal_settings_item_data in _value:
                template_subtotal_settings_item = (
                    template_subtotal_settings_item_data.to_dict()
                )
                template_subtotal_settings.append(template_subtotal_settings_item)

        return template_subtotal_settings

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
    TemplateSettings,
    _FIELD_KEYS,
    (
        "template_item_settings",
        "template_item_settings",
        "template_item_setting.TemplateItemSetting",
        True,
        UNSET,
    ),
    (
        "template_subtotal_settings",
        "template_subtotal_settings",
        "template_subtotal_setting.TemplateSubtotalSetting",
        True,
        UNSET,
    ),
)
