from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEventResend")


@_attrs_define(slots=False)
class WebhookEventResend:
    """Resends a webhook event notification, by ID."""

    webhook_ids: list[str] | Unset = UNSET
    """ An array of webhook account IDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_ids: list[str] | Unset = UNSET
        if not isinstance(self.webhook_ids, Unset):
            webhook_ids = self.webhook_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_ids is not UNSET:
            field_dict["webhook_ids"] = webhook_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        webhook_ids = cast(list[str], d.pop("webhook_ids", UNSET))

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            webhook_ids=webhook_ids,
        )

        _obj.additional_properties = d
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
