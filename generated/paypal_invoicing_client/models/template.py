from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.link_description import LinkDescription
    from ..models.template_info import TemplateInfo
    from ..models.template_settings import TemplateSettings


T = TypeVar("T", bound="Template")


@_attrs_define(slots=False)
class Template:
    """An invoice template."""

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

    def to_dict(self) -> dict[str, Any]:
        default_template = self.default_template

        id = self.id

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        name = self.name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        standard_template = self.standard_template

        template_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_info, Unset):
            template_info = self.template_info.to_dict()

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_template is not UNSET:
            field_dict["default_template"] = default_template
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if standard_template is not UNSET:
            field_dict["standard_template"] = standard_template
        if template_info is not UNSET:
            field_dict["template_info"] = template_info
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        default_template = d.pop("default_template", UNSET)

        id = d.pop("id", UNSET)

        if "links" in d:
            lazy["links"] = d.pop("links")

        name = d.pop("name", UNSET)

        if "settings" in d:
            lazy["settings"] = d.pop("settings")

        standard_template = d.pop("standard_template", UNSET)

        if "template_info" in d:
            lazy["template_info"] = d.pop("template_info")

        _unit_of_measure = d.pop("unit_of_measure", UNSET)
        unit_of_measure: UnitOfMeasure | Unset
        if isinstance(_unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = UnitOfMeasure(_unit_of_measure)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            default_template=default_template,
            id=id,
            name=name,
            standard_template=standard_template,
            unit_of_measure=unit_of_measure,
            _lazy_fields=lazy,
        )
        if "links" not in lazy:
            _obj.__dict__["links"] = UNSET
        if "settings" not in lazy:
            _obj.__dict__["settings"] = UNSET
        if "template_info" not in lazy:
            _obj.__dict__["template_info"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_links(source: Any) -> list[LinkDescription] | Unset:
        from ..models.link_description import LinkDescription

        _links = source
        links: list[LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        return links

    @staticmethod
    def _load_settings(source: Any) -> TemplateSettings | Unset:
        from ..models.template_settings import TemplateSettings

        _settings = source
        settings: TemplateSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = TemplateSettings.from_dict(_settings)

        return settings

    @staticmethod
    def _load_template_info(source: Any) -> TemplateInfo | Unset:
        from ..models.template_info import TemplateInfo

        _template_info = source
        template_info: TemplateInfo | Unset
        if isinstance(_template_info, Unset):
            template_info = UNSET
        else:
            template_info = TemplateInfo.from_dict(_template_info)

        return template_info

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
    "links",
    "settings",
    "template_info",
)
