from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.webhook_lookup import WebhookLookup


T = TypeVar("T", bound="WebhookLookupList")


@_attrs_define(slots=False)
class WebhookLookupList:
    """A list of webhook lookups."""

    webhooks_lookups: list[WebhookLookup] | Unset = UNSET
    """ An array of webhook lookups. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooks_lookups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks_lookups, Unset):
            webhooks_lookups = []
            for webhooks_lookups_item_data in self.webhooks_lookups:
                webhooks_lookups_item = webhooks_lookups_item_data.to_dict()
                webhooks_lookups.append(webhooks_lookups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhooks_lookups is not UNSET:
            field_dict["webhooks_lookups"] = webhooks_lookups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        if "webhooks_lookups" in d:
            lazy["webhooks_lookups"] = d.pop("webhooks_lookups")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            _lazy_fields=lazy,
        )
        if "webhooks_lookups" not in lazy:
            _obj.__dict__["webhooks_lookups"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_webhooks_lookups(source: Any) -> list[WebhookLookup] | Unset:
        from ..models.webhook_lookup import WebhookLookup

        _webhooks_lookups = source
        webhooks_lookups: list[WebhookLookup] | Unset = UNSET
        if _webhooks_lookups is not UNSET:
            webhooks_lookups = []
            for webhooks_lookups_item_data in _webhooks_lookups:
                webhooks_lookups_item = WebhookLookup.from_dict(
                    webhooks_lookups_item_data
                )

                webhooks_lookups.append(webhooks_lookups_item)

        return webhooks_lookups

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
    WebhookLookupList,
    "webhooks_lookups",
)
