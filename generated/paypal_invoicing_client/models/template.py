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
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.link_description import LinkDescription
    from ..models.template_info import TemplateInfo
    from ..models.template_settings import TemplateSettings


T = TypeVar("T", bound="Template")

_FIELD_KEYS = frozenset(
    {
        "category_code",
        "default_template",
        "id",
        "links",
        "name",
        "settings",
        "standard_template",
        "template_info",
        "unit_of_measure",
    }
)

_REQUIRED_FIELDS = {
    "id": "id",
}


@_attrs_define(slots=False)
class Template:
    """An invoice template."""

    category_code: str | Unset = UNSET
    """ The business category of the template, as PayPal sends it. """
    default_template: bool | Unset = UNSET
    """ Whether this is the merchant's default template. """
    id: str | Unset = UNSET
    links: list[LinkDescription] | Unset = UNSET
    name: str | Unset = UNSET
    settings: TemplateSettings | Unset = UNSET
    """ Which item columns and subtotal lines a template shows. """
    standard_template: bool | Unset = UNSET
    """ Whether PayPal supplies this template. """
    template_info: TemplateInfo | Unset = UNSET
    """ The invoice content a template presets. """
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    """ How item quantities are shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "category_code",
                "default_template",
                "id",
                "links",
                "name",
                "settings",
                "standard_template",
                "template_info",
                "unit_of_measure",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Template) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "category_code" in _values:
            category_code = self.category_code
            if category_code is not UNSET:
                field_dict["category_code"] = category_code
        if "default_template" in _values:
            default_template = self.default_template
            if default_template is not UNSET:
                field_dict["default_template"] = default_template
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "name" in _values:
            name = self.name
            if name is not UNSET:
                field_dict["name"] = name
        if "settings" in _values:
            settings = dumped(self._dump_settings, self.settings, _lazy.get("settings"))
            if settings is not UNSET:
                field_dict["settings"] = settings
        elif "settings" in _lazy:
            field_dict["settings"] = _lazy["settings"]
        if "standard_template" in _values:
            standard_template = self.standard_template
            if standard_template is not UNSET:
                field_dict["standard_template"] = standard_template
        if "template_info" in _values:
            template_info = dumped(
                self._dump_template_info, self.template_info, _lazy.get("template_info")
            )
            if template_info is not UNSET:
                field_dict["template_info"] = template_info
        elif "template_info" in _lazy:
            field_dict["template_info"] = _lazy["template_info"]
        if "unit_of_measure" in _values:
            unit_of_measure = dumped(self._dump_unit_of_measure, self.unit_of_measure)
            if unit_of_measure is not UNSET:
                field_dict["unit_of_measure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["category_code"] = d.get("category_code", UNSET)
        _values["default_template"] = d.get("default_template", UNSET)
        if "id" in d:
            _values["id"] = d["id"]
        _values["name"] = d.get("name", UNSET)
        _values["standard_template"] = d.get("standard_template", UNSET)
        if "unit_of_measure" in d:
            _values["unit_of_measure"] = enum_value(UnitOfMeasure, d["unit_of_measure"])
        else:
            _values["unit_of_measure"] = UNSET

        return _obj

    @staticmethod
    def _dump_links(_value: Any) -> Any:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            links = []
            for links_item_data in _value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        return links

    @staticmethod
    def _dump_settings(_value: Any) -> Any:
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            settings = _value.to_dict()
        return settings

    @staticmethod
    def _dump_template_info(_value: Any) -> Any:
        template_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            template_info = _value.to_dict()
        return template_info

    @staticmethod
    def _dump_unit_of_measure(_value: Any) -> Any:
        unit_of_measure: str | Unset = UNSET
        if not isinstance(_value, Unset):
            unit_of_measure = _value.value

        return unit_of_measure

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
    Template,
    _FIELD_KEYS,
    ("links", "links", "link_description.LinkDescription", True, UNSET),
    ("settings", "settings", "template_settings.TemplateSettings", False, UNSET),
    ("template_info", "template_info", "template_info.TemplateInfo", False, UNSET),
)
