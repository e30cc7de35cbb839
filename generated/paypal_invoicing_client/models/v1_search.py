from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.v1_search_status import V1SearchStatus
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="V1Search")

_FIELD_KEYS = frozenset(
    {
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
    }
)


@_attrs_define(slots=False)
class V1Search:
    """The invoice search parameters."""

    archived: bool | Unset = UNSET
    """ Indicates whether to list merchant-archived invoices in the response. If `true`, response lists only
    merchant-archived invoices. If `false`, response lists only unarchived invoices. If `null`, response lists all
    invoices. """
    email: str | Unset = UNSET
    """ The initial letters of the email address. """
    end_creation_date: str | Unset = UNSET
    """ The end creation date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    end_due_date: str | Unset = UNSET
    """ The end due date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    end_invoice_date: str | Unset = UNSET
    """ The end date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    end_payment_date: str | Unset = UNSET
    """ The end payment date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    lower_total_amount: str | Unset = UNSET
    """ The lower limit of the total amount. """
    number: str | Unset = UNSET
    """ Any part of the invoice number. """
    page: float | Unset = UNSET
    """ The zero-relative start index of the entire list of merchant invoices to return in the response. So, a
    combination of `page=0` and `page_size=20` returns the first 20 invoices. A combination of `page=20` and
    `page_size=20` returns the next 20 invoices. """
    page_size: float | Unset = UNSET
    """ The page size for the search results. """
    recipient_business_name: str | Unset = UNSET
    """ The initial letters of the recipient's business name. """
    recipient_first_name: str | Unset = UNSET
    """ The initial letters of the recipient's first name. """
    recipient_last_name: str | Unset = UNSET
    """ The initial letters of the recipient's last name. """
    start_creation_date: str | Unset = UNSET
    """ The start creation date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    start_due_date: str | Unset = UNSET
    """ The start due date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    start_invoice_date: str | Unset = UNSET
    """ The start date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    start_payment_date: str | Unset = UNSET
    """ The start payment date for the invoice, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). For example, *yyyy*-*MM*-*dd* *z*. PayPal's v1 dates
    carry a time-zone name (for example `2014-02-27 PST`), so they are kept as text. """
    status: V1SearchStatus | Unset = UNSET
    """ The invoice status. To search by status, specify this value as an array. For example, `"status":
    ["REFUNDED"]`. The status indicates the phase of the invoice in its lifecycle:

    | Status | Occurs when |
    | --- | --- |
    | `CANCELLED` | A merchant or customer [cancels a sent
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_cancel). |
    | `DRAFT` | A merchant [creates a draft
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_create).  **Note:** A customer cannot pay
    an invoice until a merchant sends it. |
    | `MARKED_AS_PAID` | A merchant [marks an invoice as
    paid](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment) after he or she receives a
    check or cash payment for the invoice. |
    | `MARKED_AS_REFUNDED` | A merchant [marks an invoice as
    refunded](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-refund).  **Note:** A merchant can
    only mark a [marked-as-paid invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-
    payment) as refunded. |
    | `PAID` | A customer fully pays an invoice. It is marked as paid through one or both of these methods:   - A
    merchant [marks an invoice as paid](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment)
    after he or she receives a check or cash payment from the customer for the invoice. - A customer makes an online
    payment for the invoice. |
    | `PARTIALLY_PAID` | A merchant or customer fully pays an invoice through one or both of these methods:   - A
    merchant [marks an invoice as paid](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment)
    after he or she receives a check or cash payment from the customer for the invoice. - A customer makes an online
    payment for the invoice. |
    | `PARTIALLY_REFUNDED` | A merchant partially refunds an invoice through one or both of these methods:   - A
    merchant [marks an invoice as refunded](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-
    payment). To complete this action, the merchant must previously [mark the invoice as
    paid](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment). - A merchant makes an online
    refund for an online invoice payment. |
    | `PAYMENT_PENDING` | A customer pays an invoice but the payment is pending for one of these reasons:   - The
    payment is an uncleared eCheck. - The payment is in an accept or deny state upon which the merchant must act. -
    PayPal risk is reviewing the payment.   **Note:** Most payments never go into a payment-pending state. |
    | `REFUNDED` | A merchant fully refunds an invoice through one or both of these methods:   - A merchant [marks
    an invoice as refunded](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment). To
    complete this action, the merchant must previously [mark the invoice as
    paid](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment). - A merchant makes an online
    refund for an online invoice payment. |
    | `SCHEDULED` | A merchant [schedules an
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_schedule) to be emailed by PayPal on a
    specified date. |
    | `SENT` | A merchant [sends an invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_send) to
    the customer.  After the merchant sends the invoice:   - PayPal emails the invoice to the customer. - A
    **Payment** button appears on the invoice. The customer can now pay the invoice. - In a web app, the invoice
    appears as `Unpaid (sent)`. |
    | `UNPAID` | A merchant [sends an invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_send)
    and sets the `notify_merchant` and `notify_customer` query parameters to `false` to suppress the PayPal email
    notification. Then, the merchant manually sends the invoice link in his or her own email. | """
    total_count_required: bool | Unset = False
    """ Indicates whether the response shows the total count. """
    upper_total_amount: str | Unset = UNSET
    """ The upper limit of the total amount. """
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
            status = dumped(self._dump_status, self.status)
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
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["archived"] = d.get("archived", UNSET)
        _values["email"] = d.get("email", UNSET)
        _values["end_creation_date"] = d.get("end_creation_date", UNSET)
        _values["end_due_date"] = d.get("end_due_date", UNSET)
        _values["end_invoice_date"] = d.get("end_invoice_date", UNSET)
        _values["end_payment_date"] = d.get("end_payment_date", UNSET)
        _values["lower_total_amount"] = d.get("lower_total_amount", UNSET)
        _values["number"] = d.get("number", UNSET)
        _values["page"] = d.get("page", UNSET)
        _values["page_size"] = d.get("page_size", UNSET)
        _values["recipient_business_name"] = d.get("recipient_business_name", UNSET)
        _values["recipient_first_name"] = d.get("recipient_first_name", UNSET)
        _values["recipient_last_name"] = d.get("recipient_last_name", UNSET)
        _values["start_creation_date"] = d.get("start_creation_date", UNSET)
        _values["start_due_date"] = d.get("start_due_date", UNSET)
        _values["start_invoice_date"] = d.get("start_invoice_date", UNSET)
        _values["start_payment_date"] = d.get("start_payment_date", UNSET)
        if "status" in d:
            _values["status"] = enum_value(V1SearchStatus, d["status"])
        else:
            _values["status"] = UNSET
        _values["total_count_required"] = d.get("total_count_required", UNSET)
        _values["upper_total_amount"] = d.get("upper_total_amount", UNSET)

        return _obj

    @staticmethod
    def _dump_status(_value: Any) -> Any:
        status: str | Unset = UNSET
        if not isinstance(_value, Unset):
            status = _value.value

        return status

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
    V1Search,
    _FIELD_KEYS,
)
