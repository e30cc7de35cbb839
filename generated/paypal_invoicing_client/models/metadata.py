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
from ..models.metadata_created_by_flow import MetadataCreatedByFlow
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.metadata_spam_info import MetadataSpamInfo


T = TypeVar("T", bound="Metadata")

_FIELD_KEYS = frozenset(
    {
        "caller_type",
        "cancel_time",
        "cancelled_by",
        "create_time",
        "created_by",
        "created_by_flow",
        "first_sent_time",
        "invoicer_view_url",
        "last_sent_by",
        "last_sent_time",
        "last_update_time",
        "last_updated_by",
        "recipient_view_url",
        "spam_info",
    }
)


@_attrs_define(slots=False)
class Metadata:
    """Audit data PayPal keeps about an invoice or template."""

    caller_type: str | Unset = UNSET
    """ The kind of client that created the invoice, for example `API_V2_INVOICE`. """
    cancel_time: str | Unset = UNSET
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    cancelled_by: str | Unset = UNSET
    create_time: str | Unset = UNSET
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    created_by: str | Unset = UNSET
    """ Who created it (email address or account). """
    created_by_flow: MetadataCreatedByFlow | Unset = UNSET
    """ How the invoice was created. """
    first_sent_time: str | Unset = UNSET
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    invoicer_view_url: str | Unset = UNSET
    """ The merchant's link to the invoice. """
    last_sent_by: str | Unset = UNSET
    last_sent_time: str | Unset = UNSET
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    last_update_time: str | Unset = UNSET
    """ An RFC 3339 timestamp, for example `2018-11-12T08:00:20Z`. """
    last_updated_by: str | Unset = UNSET
    recipient_view_url: str | Unset = UNSET
    """ The payer's link to the invoice. """
    spam_info: MetadataSpamInfo | Unset = UNSET
    """ PayPal's spam assessment of the invoice; its fields are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "caller_type",
                "cancel_time",
                "cancelled_by",
                "create_time",
                "created_by",
                "created_by_flow",
                "first_sent_time",
                "invoicer_view_url",
                "last_sent_by",
                "last_sent_time",
                "last_update_time",
                "last_updated_by",
                "recipient_view_url",
                "spam_info",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Metadata) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "caller_type" in _values:
            caller_type = self.caller_type
            if caller_type is not UNSET:
                field_dict["caller_type"] = caller_type
        if "cancel_time" in _values:
            cancel_time = self.cancel_time
            if cancel_time is not UNSET:
                field_dict["cancel_time"] = cancel_time
        if "cancelled_by" in _values:
            cancelled_by = self.cancelled_by
            if cancelled_by is not UNSET:
                field_dict["cancelled_by"] = cancelled_by
        if "create_time" in _values:
            create_time = self.create_time
            if create_time is not UNSET:
                field_dict["create_time"] = create_time
        if "created_by" in _values:
            created_by = self.created_by
            if created_by is not UNSET:
                field_dict["created_by"] = created_by
        if "created_by_flow" in _values:
            created_by_flow = dumped(self._dump_created_by_flow, self.created_by_flow)
            if created_by_flow is not UNSET:
                field_dict["created_by_flow"] = created_by_flow
        if "first_sent_time" in _values:
            first_sent_time = self.first_sent_time
            if first_sent_time is not UNSET:
                field_dict["first_sent_time"] = first_sent_time
        if "invoicer_view_url" in _values:
            invoicer_view_url = self.invoicer_view_url
            if invoicer_view_url is not UNSET:
                field_dict["invoicer_view_url"] = invoicer_view_url
        if "last_sent_by" in _values:
            last_sent_by = self.last_sent_by
            if last_sent_by is not UNSET:
                field_dict["last_sent_by"] = last_sent_by
        if "last_sent_time" in _values:
            last_sent_time = self.last_sent_time
            if last_sent_time is not UNSET:
                field_dict["last_sent_time"] = last_sent_time
        if "last_update_time" in _values:
            last_update_time = self.last_update_time
            if last_update_time is not UNSET:
                field_dict["last_update_time"] = last_update_time
        if "last_updated_by" in _values:
            last_updated_by = self.last_updated_by
            if last_updated_by is not UNSET:
                field_dict["last_updated_by"] = last_updated_by
        if "recipient_view_url" in _values:
            recipient_view_url = self.recipient_view_url
            if recipient_view_url is not UNSET:
                field_dict["recipient_view_url"] = recipient_view_url
        if "spam_info" in _values:
            spam_info = dumped(
                self._dump_spam_info, self.spam_info, _lazy.get("spam_info")
            )
            if spam_info is not UNSET:
                field_dict["spam_info"] = spam_info
        elif "spam_info" in _lazy:
            field_dict["spam_info"] = _lazy["spam_info"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["caller_type"] = d.get("caller_type", UNSET)
        _values["cancel_time"] = d.get("cancel_time", UNSET)
        _values["cancelled_by"] = d.get("cancelled_by", UNSET)
        _values["create_time"] = d.get("create_time", UNSET)
        _values["created_by"] = d.get("created_by", UNSET)
        if "created_by_flow" in d:
            _values["created_by_flow"] = enum_value(
                MetadataCreatedByFlow, d["created_by_flow"]
            )
        else:
            _values["created_by_flow"] = UNSET
        _values["first_sent_time"] = d.get("first_sent_time", UNSET)
        _values["invoicer_view_url"] = d.get("invoicer_view_url", UNSET)
        _values["last_sent_by"] = d.get("last_sent_by", UNSET)
        _values["last_sent_time"] = d.get("last_sent_time", UNSET)
        _values["last_update_time"] = d.get("last_update_time", UNSET)
        _values["last_updated_by"] = d.get("last_updated_by", UNSET)
        _values["recipient_view_url"] = d.get("recipient_view_url", UNSET)

        return _obj

    @staticmethod
    def _dump_created_by_flow(_value: Any) -> Any:
        created_by_flow: str | Unset = UNSET
        if not isinstance(_value, Unset):
            created_by_flow = _value.value

        return created_by_flow

    @staticmethod
    def _dump_spam_info(_value: Any) -> Any:
        spam_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            spam_info = _value.to_dict()
        return spam_info

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
    Metadata,
    _FIELD_KEYS,
    ("spam_info", "spam_info", "metadata_spam_info.MetadataSpamInfo", False, UNSET),
)
