from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="V1Notification")

_FIELD_KEYS = frozenset(
    {
        "cc_emails",
        "note",
        "send_to_merchant",
        "subject",
    }
)


@_attrs_define(slots=False)
class V1Notification:
    """The email or SMS notification."""

    cc_emails: list[str] | Unset = UNSET
    """ An array of one or more CC: emails to which to send notification emails. If you omit this parameter, the API
    sends notification emails to all CC: email addresses that are part of the invoice.
    > **Note:** Valid values are email addresses in the `cc_info` array of the invoice. """
    note: str | Unset = UNSET
    """ A note to the payer. """
    send_to_merchant: bool | Unset = True
    """ Indicates whether to send a copy of the email to the merchant. """
    subject: str | Unset = UNSET
    """ The subject of the notification. Default is a generic subject. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "cc_emails",
                "note",
                "send_to_merchant",
                "subject",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Notification) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "cc_emails" in _values:
            cc_emails = dumped(self._dump_cc_emails, self.cc_emails)
            if cc_emails is not UNSET:
                field_dict["cc_emails"] = cc_emails
        if "note" in _values:
            note = self.note
            if note is not UNSET:
                field_dict["note"] = note
        if "send_to_merchant" in _values:
            send_to_merchant = self.send_to_merchant
            if send_to_merchant is not UNSET:
                field_dict["send_to_merchant"] = send_to_merchant
        if "subject" in _values:
            subject = self.subject
            if subject is not UNSET:
                field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["cc_emails"] = d.get("cc_emails", UNSET)
        _values["note"] = d.get("note", UNSET)
        _values["send_to_merchant"] = d.get("send_to_merchant", UNSET)
        _values["subject"] = d.get("subject", UNSET)

        return _obj

    @staticmethod
    def _dump_cc_emails(_value: Any) -> Any:
        cc_emails: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            cc_emails = _value

        return cc_emails

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
    V1Notification,
    _FIELD_KEYS,
)
