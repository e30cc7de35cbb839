from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.v1_error_details_2 import V1ErrorDetails2


T = TypeVar("T", bound="V1Error")


@_attrs_define(slots=False)
class V1Error:
    information_link: str
    message: str
    name: str
    debug_id: str | Unset = UNSET
    details: list[V1ErrorDetails2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        information_link = self.information_link

        message = self.message

        name = self.name

        debug_id = self.debug_id

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "information_link": information_link,
                "message": message,
                "name": name,
            }
        )
        if debug_id is not UNSET:
            field_dict["debug_id"] = debug_id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        information_link = d.pop("information_link")

        message = d.pop("message")

        name = d.pop("name")

        debug_id = d.pop("debug_id", UNSET)

        if "details" in d:
            lazy["details"] = d.pop("details")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            information_link=information_link,
            message=message,
            name=name,
            debug_id=debug_id,
            _lazy_fields=lazy,
        )
        if "details" not in lazy:
            _obj.__dict__["details"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_details(source: Any) -> list[V1ErrorDetails2] | Unset:
        from ..models.v1_error_details_2 import V1ErrorDetails2

        _details = source
        details: list[V1ErrorDetails2] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = V1ErrorDetails2.from_dict(details_item_data)

                details.append(details_item)

        return details

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
    V1Error,
    "details",
)
