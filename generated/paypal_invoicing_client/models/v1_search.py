from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_search_status import V1SearchStatus
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="V1Search")


@_attrs_define(slots=False)
class V1Search:
    archived: bool | Unset = UNSET
    email: str | Unset = UNSET
    end_creation_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    end_due_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    end_invoice_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    end_payment_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    lower_total_amount: str | Unset = UNSET
    number: str | Unset = UNSET
    page: float | Unset = UNSET
    page_size: float | Unset = UNSET
    recipient_business_name: str | Unset = UNSET
    recipient_first_name: str | Unset = UNSET
    recipient_last_name: str | Unset = UNSET
    start_creation_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    start_due_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    start_invoice_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    start_payment_date: str | Unset = UNSET
    """ PayPal's v1 dates carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    status: V1SearchStatus | Unset = UNSET
    total_count_required: bool | Unset = False
    upper_total_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "archived",
                "email",
                "end_creation_date",
                "end_due_date",
                "end_invoice_date",
                "end_payment_date",
                "lower_total_amount",
                "number",
                "page",
                "page_size",
                "recipient_business_name",
                "recipient_first_name",
                "recipient_last_name",
                "start_creation_date",
                "start_due_date",
                "start_invoice_date",
                "start_payment_date",
                "status",
                "total_count_required",
                "upper_total_amount",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Search) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "archived" in _values:
            archived = self.archived
            if archived is not UNSET:
                field_dict["archived"] = archived
        if "email" in _values:
            email = self.email
            if email is not UNSET:
                field_dict["email"] = email
        if "end_creation_date" in _values:
            end_creation_date = self.end_creation_date
            if end_creation_date is not UNSET:
                field_dict["end_creation_date"] = end_creation_date
        if "end_due_date" in _values:
            end_due_date = self.end_due_date
            if end_due_date is not UNSET:
                field_dict["end_due_date"] = end_due_date
        if "end_invoice_date" in _values:
            end_invoice_date = self.end_invoice_date
            if end_invoice_date is not UNSET:
                field_dict["end_invoice_date"] = end_invoice_date
        if "end_payment_date" in _values:
            end_payment_date = self.end_payment_date
            if end_payment_date is not UNSET:
                field_dict["end_payment_date"] = end_payment_date
        if "lower_total_amount" in _values:
            lower_total_amount = self.lower_total_amount
            if lower_total_amount is not UNSET:
                field_dict["lower_total_amount"] = lower_total_amount
        if "number" in _values:
            number = self.number
            if number is not UNSET:
                field_dict["number"] = number
        if "page" in _values:
            page = self.page
            if page is not UNSET:
                field_dict["page"] = page
        if "page_size" in _values:
            page_size = self.page_size
            if page_size is not UNSET:
                field_dict["page_size"] = page_size
        if "recipient_business_name" in _values:
            recipient_business_name = self.recipient_business_name
            if recipient_business_name is not UNSET:
                field_dict["recipient_business_name"] = recipient_business_name
        if "recipient_first_name" in _values:
            recipient_first_name = self.recipient_first_name
            if recipient_first_name is not UNSET:
                field_dict["recipient_first_name"] = recipient_first_name
        if "recipient_last_name" in _values:
            recipient_last_name = self.recipient_last_name
            if recipient_last_name is not UNSET:
                field_dict["recipient_last_name"] = recipient_last_name
        if "start_creation_date" in _values:
            start_creation_date = self.start_creation_date
            if start_creation_date is not UNSET:
                field_dict["start_creation_date"] = start_creation_date
        if "start_due_date" in _values:
            start_due_date = self.start_due_date
            if start_due_date is not UNSET:
                field_dict["start_due_date"] = start_due_date
        if "start_invoice_date" in _values:
            start_invoice_date = self.start_invoice_date
            if start_invoice_date is not UNSET:
                field_dict["start_invoice_date"] = start_invoice_date
        if "start_payment_date" in _values:
            start_payment_date = self.start_payment_date
            if start_payment_date is not UNSET:
                field_dict["start_payment_date"] = start_payment_date
        if "status" in _values:
            try:
                status: str | Unset = UNSET
                if not isinstance(self.status, Unset):
                    status = self.status.value

            except (AttributeError, TypeError):
                status = _values["status"]
            if status is not UNSET:
                field_dict["status"] = status
        if "total_count_required" in _values:
            total_count_required = self.total_count_required
            if total_count_required is not UNSET:
                field_dict["total_count_required"] = total_count_required
        if "upper_total_amount" in _values:
            upper_total_amount = self.upper_total_amount
            if upper_total_amount is not UNSET:
                field_dict["upper_total_amount"] = upper_total_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["archived"] = d.pop("archived", UNSET)
        _values["email"] = d.pop("email", UNSET)
        _values["end_creation_date"] = d.pop("end_creation_date", UNSET)
        _values["end_due_date"] = d.pop("end_due_date", UNSET)
        _values["end_invoice_date"] = d.pop("end_invoice_date", UNSET)
        _values["end_payment_date"] = d.pop("end_payment_date", UNSET)
        _values["lower_total_amount"] = d.pop("lower_total_amount", UNSET)
        _values["number"] = d.pop("number", UNSET)
        _values["page"] = d.pop("page", UNSET)
        _values["page_size"] = d.pop("page_size", UNSET)
        _values["recipient_business_name"] = d.pop("recipient_business_name", UNSET)
        _values["recipient_first_name"] = d.pop("recipient_first_name", UNSET)
        _values["recipient_last_name"] = d.pop("recipient_last_name", UNSET)
        _values["start_creation_date"] = d.pop("start_creation_date", UNSET)
        _values["start_due_date"] = d.pop("start_due_date", UNSET)
        _values["start_invoice_date"] = d.pop("start_invoice_date", UNSET)
        _values["start_payment_date"] = d.pop("start_payment_date", UNSET)
        if "status" in d:
            _raw_status = d.pop("status")
            try:
                _status = _raw_status
                status: V1SearchStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = V1SearchStatus(_status)

            except (TypeError, ValueError, AttributeError, KeyError):
                status = _raw_status
            _values["status"] = status
        else:
            _values["status"] = UNSET
        _values["total_count_required"] = d.pop("total_count_required", UNSET)
        _values["upper_total_amount"] = d.pop("upper_total_amount", UNSET)

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
