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
from ..models.v1_template_unit_of_measure import V1TemplateUnitOfMeasure
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_link_description import V1LinkDescription
    from ..models.v1_template_data import V1TemplateData
    from ..models.v1_template_settings import V1TemplateSettings


T = TypeVar("T", bound="V1Template")

_FIELD_KEYS = frozenset(
    {
        "custom",
        "default",
        "links",
        "name",
        "settings",
        "template_data",
        "template_id",
        "unit_of_measure",
    }
)


@_attrs_define(slots=False)
class V1Template:
    """The invoicing template."""

    custom: bool | Unset = UNSET
    """ Indicates whether this template is a merchant-created custom template. The system generates non-custom
    templates. """
    default: bool | Unset = UNSET
    """ Indicates whether this template is the default merchant template. A merchant can have one default template.
    """
    links: list[V1LinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links). """
    name: str | Unset = UNSET
    """ The template name.
    > **Note:** The template name must be unique. """
    settings: list[V1TemplateSettings] | Unset = UNSET
    """ An array of template settings that describe which fields to show or hide when creating an invoice. """
    template_data: V1TemplateData | Unset = UNSET
    """ The template data. """
    template_id: str | Unset = UNSET
    """ The ID of the template. """
    unit_of_measure: V1TemplateUnitOfMeasure | Unset = UNSET
    """ The unit of measure for the template.

    PayPal also sends these in mixed case (for example `Hours`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "custom",
                "default",
                "links",
                "name",
                "settings",
                "template_data",
                "template_id",
                "unit_of_measure",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Template) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "custom" in _values:
            custom = self.custom
            if custom is not UNSET:
                field_dict["custom"] = custom
        if "default" in _values:
            default = self.default
            if default is not UNSET:
                field_dict["default"] = default
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
        if "template_data" in _values:
            template_data = dumped(
                self._dump_template_data, self.template_data, _lazy.get("template_data")
            )
            if template_data is not UNSET:
                field_dict["template_data"] = template_data
        elif "template_data" in _lazy:
            field_dict["template_data"] = _lazy["template_data"]
        if "template_id" in _values:
            template_id = self.template_id
            if template_id is not UNSET:
                field_dict["template_id"] = template_id
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
        _values["custom"] = d.get("custom", UNSET)
        _values["default"] = d.get("default", UNSET)
        _values["name"] = d.get("name", UNSET)
        _values["template_id"] = d.get("template_id", UNSET)
        if "unit_of_measure" in d:
            _values["unit_of_measure"] = enum_value(
                V1TemplateUnitOfMeasure, d["unit_of_measure"]
            )
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
        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            settings = []
            for settings_item_data in _value:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        return settings

    @staticmethod
    def _dump_template_data(_value: Any) -> Any:
        template_data: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            template_data = _value.to_dict()
        return template_data

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
    V1Template,
    _FIELD_KEYS,
    ("links", "links", "v1_link_description.V1LinkDescription", True, UNSET),
    ("settings", "settings", "v1_template_settings.V1TemplateSettings", True, UNSET),
    ("template_data", "template_data", "v1_template_data.V1TemplateData", False, UNSET),
)
