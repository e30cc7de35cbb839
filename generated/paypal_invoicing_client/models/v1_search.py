from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v1_search_status import V1SearchStatus
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        email = self.email

        end_creation_date = self.end_creation_date

        end_due_date = self.end_due_date

        end_invoice_date = self.end_invoice_date

        end_payment_date = self.end_payment_date

        lower_total_amount = self.lower_total_amount

        number = self.number

        page = self.page

        page_size = self.page_size

        recipient_business_name = self.recipient_business_name

        recipient_first_name = self.recipient_first_name

        recipient_last_name = self.recipient_last_name

        start_creation_date = self.start_creation_date

        start_due_date = self.start_due_date

        start_invoice_date = self.start_invoice_date

        start_payment_date = self.start_payment_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total_count_required = self.total_count_required

        upper_total_amount = self.upper_total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if email is not UNSET:
            field_dict["email"] = email
        if end_creation_date is not UNSET:
            field_dict["end_creation_date"] = end_creation_date
        if end_due_date is not UNSET:
            field_dict["end_due_date"] = end_due_date
        if end_invoice_date is not UNSET:
            field_dict["end_invoice_date"] = end_invoice_date
        if end_payment_date is not UNSET:
            field_dict["end_payment_date"] = end_payment_date
        if lower_total_amount is not UNSET:
            field_dict["lower_total_amount"] = lower_total_amount
        if number is not UNSET:
            field_dict["number"] = number
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if recipient_business_name is not UNSET:
            field_dict["recipient_business_name"] = recipient_business_name
        if recipient_first_name is not UNSET:
            field_dict["recipient_first_name"] = recipient_first_name
        if recipient_last_name is not UNSET:
            field_dict["recipient_last_name"] = recipient_last_name
        if start_creation_date is not UNSET:
            field_dict["start_creation_date"] = start_creation_date
        if start_due_date is not UNSET:
            field_dict["start_due_date"] = start_due_date
        if start_invoice_date is not UNSET:
            field_dict["start_invoice_date"] = start_invoice_date
        if start_payment_date is not UNSET:
            field_dict["start_payment_date"] = start_payment_date
        if status is not UNSET:
            field_dict["status"] = status
        if total_count_required is not UNSET:
            field_dict["total_count_required"] = total_count_required
        if upper_total_amount is not UNSET:
            field_dict["upper_total_amount"] = upper_total_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        email = d.pop("email", UNSET)

        end_creation_date = d.pop("end_creation_date", UNSET)

        end_due_date = d.pop("end_due_date", UNSET)

        end_invoice_date = d.pop("end_invoice_date", UNSET)

        end_payment_date = d.pop("end_payment_date", UNSET)

        lower_total_amount = d.pop("lower_total_amount", UNSET)

        number = d.pop("number", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        recipient_business_name = d.pop("recipient_business_name", UNSET)

        recipient_first_name = d.pop("recipient_first_name", UNSET)

        recipient_last_name = d.pop("recipient_last_name", UNSET)

        start_creation_date = d.pop("start_creation_date", UNSET)

        start_due_date = d.pop("start_due_date", UNSET)

        start_invoice_date = d.pop("start_invoice_date", UNSET)

        start_payment_date = d.pop("start_payment_date", UNSET)

        _status = d.pop("status", UNSET)
        status: V1SearchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = V1SearchStatus(_status)

        total_count_required = d.pop("total_count_required", UNSET)

        upper_total_amount = d.pop("upper_total_amount", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            archived=archived,
            email=email,
            end_creation_date=end_creation_date,
            end_due_date=end_due_date,
            end_invoice_date=end_invoice_date,
            end_payment_date=end_payment_date,
            lower_total_amount=lower_total_amount,
            number=number,
            page=page,
            page_size=page_size,
            recipient_business_name=recipient_business_name,
            recipient_first_name=recipient_first_name,
            recipient_last_name=recipient_last_name,
            start_creation_date=start_creation_date,
            start_due_date=start_due_date,
            start_invoice_date=start_invoice_date,
            start_payment_date=start_payment_date,
            status=status,
            total_count_required=total_count_required,
            upper_total_amount=upper_total_amount,
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
