from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="V1Metadata")

_FIELD_KEYS = frozenset(
    {
        "cancelled_by",
        "cancelled_date",
        "created_by",
        "created_date",
        "first_sent_date",
        "last_sent_by",
        "last_sent_date",
        "last_updated_by",
        "last_updated_date",
        "payer_view_url",
    }
)


@_attrs_define(slots=False)
class V1Metadata:
    """The audit metadata."""

    cancelled_by: str | Unset = UNSET
    """ The actor who canceled the resource. """
    cancelled_date: str | Unset = UNSET
    """ The date and time when the resource was canceled, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). PayPal's v1 dates carry a time-zone name (for example
    `2014-02-27 PST`), so they are kept as text. """
    created_by: str | Unset = UNSET
    """ The email address of the account that created the resource. """
    created_date: str | Unset = UNSET
    """ The date and time when the resource was created, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). PayPal's v1 dates carry a time-zone name (for example
    `2014-02-27 PST`), so they are kept as text. """
    first_sent_date: str | Unset = UNSET
    """ The date and time when the resource was first sent, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). PayPal's v1 dates carry a time-zone name (for example
    `2014-02-27 PST`), so they are kept as text. """
    last_sent_by: str | Unset = UNSET
    """ The email address of the account that last sent the resource. """
    last_sent_date: str | Unset = UNSET
    """ The date and time when the resource was last sent, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). PayPal's v1 dates carry a time-zone name (for example
    `2014-02-27 PST`), so they are kept as text. """
    last_updated_by: str | Unset = UNSET
    """ The email address of the account that last edited the resource. """
    last_updated_date: str | Unset = UNSET
    """ The date and time when the resource was last edited, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). PayPal's v1 dates carry a time-zone name (for example
    `2014-02-27 PST`), so they are kept as text. """
    payer_view_url: str | Unset = UNSET
    """ The URL for the payer's view of the invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "cancelled_by",
                "cancelled_date",
                "created_by",
                "created_date",
                "first_sent_date",
                "last_sent_by",
                "last_sent_date",
                "last_updated_by",
                "last_updated_date",
                "payer_view_url",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Metadata) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "cancelled_by" in _values:
            cancelled_by = self.cancelled_by
            if cancelled_by is not UNSET:
                field_dict["cancelled_by"] = cancelled_by
        if "cancelled_date" in _values:
            cancelled_date = self.cancelled_date
            if cancelled_date is not UNSET:
                field_dict["cancelled_date"] = cancelled_date
        if "created_by" in _values:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["created_by"] = created_by
        if "created_date" in _values:
            created_date = self.created_date
            if created_date is not UNSET:
                field_dict["created_date"] = created_date
        if "first_sent_date" in _values:
            first_sent_date = self.first_sent_date
            if first_sent_date is not UNSET:
                field_dict["first_sent_date"] = first_sent_date
        if "last_sent_by" in _values:
            last_sent_by = self.last_sent_by
            if last_sent_by is not UNSET:
                field_dict["last_sent_by"] = last_sent_by
        if "last_sent_date" in _values:
            last_sent_date = self.last_sent_date
            if last_sent_date is not UNSET:
                field_dict["last_sent_date"] = last_sent_date
        if "last_updated_by" in _values:
            last_updated_by = self.last_updated_by
            if last_updated_by is not UNSET:
                field_dict["last_updated_by"] = last_updated_by
        if "last_updated_date" in _values:
            last_updated_date = self.last_updated_date
            if last_updated_date is not UNSET:
                field_dict["last_updated_date"] = last_updated_date
        if "payer_view_url" in _values:
            payer_view_url = self.payer_view_url
            if payer_view_url is not UNSET:
                field_dict["payer_view_url"] = payer_view_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["cancelled_by"] = d.get("cancelled_by", UNSET)
        _values["cancelled_date"] = d.get("cancelled_date", UNSET)
        _values["created_by"] = d.get("created_by", UNSET)
        _values["created_date"] = d.get("created_date", UNSET)
        _values["first_sent_date"] = d.get("first_sent_date", UNSET)
        _values["last_sent_by"] = d.get("last_sent_by", UNSET)
        _values["last_sent_date"] = d.get("last_sent_date", UNSET)
        _values["last_updated_by"] = d.get("last_updated_by", UNSET)
        _values["last_updated_date"] = d.get("last_updated_date", UNSET)
        _values["payer_view_url"] = d.get("payer_view_url", UNSET)

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
    V1Metadata,
    _FIELD_KEYS,
)
