from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Notification")

_FIELD_KEYS = frozenset(
    {
        "additional_recipients",
        "note",
        "send_to_invoicer",
        "send_to_recipient",
        "subject",
    }
)


@_attrs_define(slots=False)
class Notification:
    """Who is notified of a send, reminder, cancellation or update, and with what text."""

    additional_recipients: list[str] | Unset = UNSET
    note: str | Unset = UNSET
    send_to_invoicer: bool | Unset = False
    send_to_recipient: bool | Unset = True
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "additional_recipients",
                "note",
                "send_to_invoicer",
                "send_to_recipient",
                "subject",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Notification) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "additional_recipients" in _values:
            additional_recipients = dumped(
                self._dump_additional_recipients, self.additional_recipients
            )
            if additional_recipients is not UNSET:
                field_dict["additional_recipients"] = additional_recipients
        if "note" in _values:
            note = self.note
            if note is not UNSET:
                field_dict["note"] = note
        if "send_to_invoicer" in _values:
            send_to_invoicer = self.send_to_invoicer
            if send_to_invoicer is not UNSET:
                field_dict["send_to_invoicer"] = send_to_invoicer
        if "send_to_recipient" in _values:
            send_to_recipient = self.send_to_recipient
            if send_to_recipient is not UNSET:
                field_dict["send_to_recipient"] = send_to_recipient
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
        _values["additional_recipients"] = d.get("additional_recipients", UNSET)
        _values["note"] = d.get("note", UNSET)
        _values["send_to_invoicer"] = d.get("send_to_invoicer", UNSET)
        _values["send_to_recipient"] = d.get("send_to_recipient", UNSET)
        _values["subject"] = d.get("subject", UNSET)

        return _obj

    @staticmethod
    def _dump_additional_recipients(_value: Any) -> Any:
        additional_recipients: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            additional_recipients = _value

        return additional_recipients

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
    Notification,
    _FIELD_KEYS,
)
