from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    install_lazy_fields,
    loaded,
    source_dict,
)
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.amount_range import AmountRange
    from ..models.date_range import DateRange
    from ..models.date_time_range import DateTimeRange


T = TypeVar("T", bound="SearchData")

_FIELD_KEYS = frozenset(
    {
        "archived",
        "creation_date_range",
        "currency_code",
        "due_date_range",
        "fields",
        "invoice_date_range",
        "invoice_number",
        "memo",
        "payment_date_range",
        "recipient_business_name",
        "recipient_email",
        "recipient_first_name",
        "recipient_last_name",
        "reference",
        "status",
        "total_amount_range",
    }
)


@_attrs_define(slots=False)
class SearchData:
    """Invoice search filters; all given filters must match."""

    archived: bool | Unset = UNSET
    creation_date_range: DateTimeRange | Unset = UNSET
    """ An inclusive range of timestamps. """
    currency_code: str | Unset = UNSET
    """ Three-letter ISO 4217 currency code. """
    due_date_range: DateRange | Unset = UNSET
    """ An inclusive range of dates. """
    fields: list[str] | Unset = UNSET
    """ Fields to return for each invoice. """
    invoice_date_range: DateRange | Unset = UNSET
    """ An inclusive range of dates. """
    invoice_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    payment_date_range: DateTimeRange | Unset = UNSET
    """ An inclusive range of timestamps. """
    recipient_business_name: str | Unset = UNSET
    recipient_email: str | Unset = UNSET
    """ An email address. """
    recipient_first_name: str | Unset = UNSET
    recipient_last_name: str | Unset = UNSET
    reference: str | Unset = UNSET
    status: list[InvoiceStatus] | Unset = UNSET
    total_amount_range: AmountRange | Unset = UNSET
    """ An inclusive range of amounts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "archived",
                "creation_date_range",
                "currency_code",
                "due_date_range",
                "fields",
                "invoice_date_range",
                "invoice_number",
                "memo",
                "payment_date_range",
                "recipient_business_name",
                "recipient_email",
                "recipient_first_name",
                "recipient_last_name",
                "reference",
                "status",
                "total_amount_range",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchData) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "archived" in _values:
            archived = self.archived
            if archived is not UNSET:
                field_dict["archived"] = archived
        if "creation_date_range" in _values:
            creation_date_range = dumped(
                self._dump_creation_date_range,
                self.creation_date_range,
                _lazy.get("creation_date_range"),
            )
            if creation_date_range is not UNSET:
                field_dict["creation_date_range"] = creation_date_range
        elif "creation_date_range" in _lazy:
            field_dict["creation_date_range"] = _lazy["creation_date_range"]
        if "currency_code" in _values:
            currency_code = self.currency_code
            if currency_code is not UNSET:
                field_dict["currency_code"] = currency_code
        if "due_date_range" in _values:
            due_date_range = dumped(
                self._dump_due_date_range,
                self.due_date_range,
                _lazy.get("due_date_range"),
            )
            if due_date_range is not UNSET:
                field_dict["due_date_range"] = due_date_range
        elif "due_date_range" in _lazy:
            field_dict["due_date_range"] = _lazy["due_date_range"]
        if "fields" in _values:
            fields = dumped(self._dump_fields, self.fields)
            if fields is not UNSET:
                field_dict["fields"] = fields
        if "invoice_date_range" in _values:
            invoice_date_range = dumped(
                self._dump_invoice_date_range,
                self.invoice_date_range,
                _lazy.get("invoice_date_range"),
            )
            if invoice_date_range is not UNSET:
                field_dict["invoice_date_range"] = invoice_date_range
        elif "invoice_date_range" in _lazy:
            field_dict["invoice_date_range"] = _lazy["invoice_date_range"]
        if "invoice_number" in _values:
            invoice_number = self.invoice_number
            if invoice_number is not UNSET:
                field_dict["invoice_number"] = invoice_number
        if "memo" in _values:
            memo = self.memo
            if memo is not UNSET:
                field_dict["memo"] = memo
        if "payment_date_range" in _values:
            payment_date_range = dumped(
                self._dump_payment_date_range,
                self.payment_date_range,
                _lazy.get("payment_date_range"),
            )
            if payment_date_range is not UNSET:
                field_dict["payment_date_range"] = payment_date_range
        elif "payment_date_range" in _lazy:
            field_dict["payment_date_range"] = _lazy["payment_date_range"]
        if "recipient_business_name" in _values:
            recipient_business_name = self.recipient_business_name
            if recipient_business_name is not UNSET:
                field_dict["recipient_business_name"] = recipient_business_name
        if "recipient_email" in _values:
            recipient_email = self.recipient_email
            if recipient_email is not UNSET:
                field_dict["recipient_email"] = recipient_email
        if "recipient_first_name" in _values:
            recipient_first_name = self.recipient_first_name
            if recipient_first_name is not UNSET:
                field_dict["recipient_first_name"] = recipient_first_name
        if "recipient_last_name" in _values:
            recipient_last_name = self.recipient_last_name
            if recipient_last_name is not UNSET:
                field_dict["recipient_last_name"] = recipient_last_name
        if "reference" in _values:
            reference = self.reference
            if reference is not UNSET:
                field_dict["reference"] = reference
        if "status" in _values:
            status = dumped(self._dump_status, self.status)
            if status is not UNSET:
                field_dict["status"] = status
        if "total_amount_range" in _values:
            total_amount_range = dumped(
                self._dump_total_amount_range,
                self.total_amount_range,
                _lazy.get("total_amount_range"),
            )
            if total_amount_range is not UNSET:
                field_dict["total_amount_range"] = total_amount_range
        elif "total_amount_range" in _lazy:
            field_dict["total_amount_range"] = _lazy["total_amount_range"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["archived"] = d.get("archived", UNSET)
        _values["currency_code"] = d.get("currency_code", UNSET)
        _values["fields"] = d.get("fields", UNSET)
        _values["invoice_number"] = d.get("invoice_number", UNSET)
        _values["memo"] = d.get("memo", UNSET)
        _values["recipient_business_name"] = d.get("recipient_business_name", UNSET)
        _values["recipient_email"] = d.get("recipient_email", UNSET)
        _values["recipient_first_name"] = d.get("recipient_first_name", UNSET)
        _values["recipient_last_name"] = d.get("recipient_last_name", UNSET)
        _values["reference"] = d.get("reference", UNSET)
        if "status" in d:
            _values["status"] = loaded(cls._load_status, d["status"])
        else:
            _values["status"] = UNSET

        return _obj

    @staticmethod
    def _load_status(source: Any) -> list[InvoiceStatus] | Unset:
        _status = source
        status: list[InvoiceStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = InvoiceStatus(status_item_data)

                status.append(status_item)

        return status

    @staticmethod
    def _dump_creation_date_range(_value: Any) -> Any:
        creation_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            creation_date_range = _value.to_dict()
        return creation_date_range

    @staticmethod
    def _dump_due_date_range(_value: Any) -> Any:
        due_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            due_date_range = _value.to_dict()
        return due_date_range

    @staticmethod
    def _dump_fields(_value: Any) -> Any:
        fields: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            fields = _value

        return fields

    @staticmethod
    def _dump_invoice_date_range(_value: Any) -> Any:
        invoice_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            invoice_date_range = _value.to_dict()
        return invoice_date_range

    @staticmethod
    def _dump_payment_date_range(_value: Any) -> Any:
        payment_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            payment_date_range = _value.to_dict()
        return payment_date_range

    @staticmethod
    def _dump_status(_value: Any) -> Any:
        status: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            status = []
            for status_item_data in _value:
                status_item = status_item_data.value
                status.append(status_item)

        return status

    @staticmethod
    def _dump_total_amount_range(_value: Any) -> Any:
        total_amount_range: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            total_amount_range = _value.to_dict()
        return total_amount_range

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
    SearchData,
    _FIELD_KEYS,
    (
        "creation_date_range",
        "creation_date_range",
        "date_time_range.DateTimeRange",
        False,
        UNSET,
    ),
    ("due_date_range", "due_date_range", "date_range.DateRange", False, UNSET),
    ("invoice_date_range", "invoice_date_range", "date_range.DateRange", False, UNSET),
    (
        "payment_date_range",
        "payment_date_range",
        "date_time_range.DateTimeRange",
        False,
        UNSET,
    ),
    (
        "total_amount_range",
        "total_amount_range",
        "amount_range.AmountRange",
        False,
        UNSET,
    ),
)
