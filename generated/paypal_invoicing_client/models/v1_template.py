from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_template_unit_of_measure import V1TemplateUnitOfMeasure
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.v1_link_description import V1LinkDescription
    from ..models.v1_template_data import V1TemplateData
    from ..models.v1_template_settings import V1TemplateSettings


T = TypeVar("T", bound="V1Template")


@_attrs_define(slots=False)
class V1Template:
    custom: bool | Unset = UNSET
    default: bool | Unset = UNSET
    links: list[V1LinkDescription] | Unset = UNSET
    name: str | Unset = UNSET
    settings: list[V1TemplateSettings] | Unset = UNSET
    template_data: V1TemplateData | Unset = UNSET
    template_id: str | Unset = UNSET
    unit_of_measure: V1TemplateUnitOfMeasure | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom

        default = self.default

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        name = self.name

        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        template_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_data, Unset):
            template_data = self.template_data.to_dict()

        template_id = self.template_id

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom is not UNSET:
            field_dict["custom"] = custom
        if default is not UNSET:
            field_dict["default"] = default
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if template_data is not UNSET:
            field_dict["template_data"] = template_data
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        custom = d.pop("custom", UNSET)

        default = d.pop("default", UNSET)

        if "links" in d:
            lazy["links"] = d.pop("links")

        name = d.pop("name", UNSET)

        if "settings" in d:
            lazy["settings"] = d.pop("settings")

        if "template_data" in d:
            lazy["template_data"] = d.pop("template_data")

        template_id = d.pop("template_id", UNSET)

        _unit_of_measure = d.pop("unit_of_measure", UNSET)
        unit_of_measure: V1TemplateUnitOfMeasure | Unset
        if isinstance(_unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = V1TemplateUnitOfMeasure(_unit_of_measure)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            custom=custom,
            default=default,
            name=name,
            template_id=template_id,
            unit_of_measure=unit_of_measure,
            _lazy_fields=lazy,
        )
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET
        if "settings" not in lazy:
            _obj.__dict__["settings"] = UNSET
        if "template_data" not in lazy:
            _obj.__dict__["template_data"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_links(source: Any) -> list[V1LinkDescription] | Unset:
        from ..models.v1_link_description import V1LinkDescription

        _links = source
        links: list[V1LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = V1LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        return links

    @staticmethod
    def _load_settings(source: Any) -> list[V1TemplateSettings] | Unset:
        from ..models.v1_template_settings import V1TemplateSettings

        _settings = source
        settings: list[V1TemplateSettings] | Unset = UNSET
        if _settings is not UNSET:
            settings = []
            for settings_item_data in _settings:
                settings_item = V1TemplateSettings.from_dict(settings_item_data)

                settings.append(settings_item)

        return settings

    @staticmethod
    def _load_template_data(source: Any) -> V1TemplateData | Unset:
        from ..models.v1_template_data import V1TemplateData

        _template_data = source
        template_data: V1TemplateData | Unset
        if isinstance(_template_data, Unset):
            template_data = UNSET
        else:
            template_data = V1TemplateData.from_dict(_template_data)

        return template_data

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
    "links",
    "settings",
    "template_data",
)
