from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    REQUIRED,
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.v1_invoice_status import V1InvoiceStatus
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.v1_billing_info import V1BillingInfo
    from ..models.v1_currency import V1Currency
    from ..models.v1_custom_amount import V1CustomAmount
    from ..models.v1_discount import V1Discount
    from ..models.v1_file_attachment import V1FileAttachment
    from ..models.v1_invoice_item import V1InvoiceItem
    from ..models.v1_link_description import V1LinkDescription
    from ..models.v1_merchant_info import V1MerchantInfo
    from ..models.v1_metadata import V1Metadata
    from ..models.v1_participant import V1Participant
    from ..models.v1_payment_detail import V1PaymentDetail
    from ..models.v1_payment_summary import V1PaymentSummary
    from ..models.v1_payment_term import V1PaymentTerm
    from ..models.v1_refund_detail import V1RefundDetail
    from ..models.v1_shipping_cost import V1ShippingCost
    from ..models.v1_shipping_info import V1ShippingInfo


T = TypeVar("T", bound="V1Invoice")

_FIELD_KEYS = frozenset(
    {
        "merchant_info",
        "allow_partial_payment",
        "allow_tip",
        "attachments",
        "billing_info",
        "cc_info",
        "custom",
        "discount",
        "id",
        "invoice_date",
        "items",
        "links",
        "logo_url",
        "merchant_memo",
        "metadata",
        "minimum_amount_due",
        "note",
        "number",
        "paid_amount",
        "payment_term",
        "payments",
        "reference",
        "referrer_code",
        "refunded_amount",
        "refunds",
        "shipping_cost",
        "shipping_info",
        "status",
        "tax_calculated_after_discount",
        "tax_inclusive",
        "template_id",
        "terms",
        "total_amount",
    }
)

_REQUIRED_FIELDS = {
    "merchant_info": "merchant_info",
}


@_attrs_define(slots=False)
class V1Invoice:
    """The invoice details."""

    merchant_info: V1MerchantInfo
    """ The merchant business information that appears on the invoice. """
    allow_partial_payment: bool | Unset = False
    """ Indicates whether the invoice allows a partial payment. If `false`, the invoice must be paid in full. If
    `true`, the invoice allows partial payments.
    > **Note:** This feature is not available for merchants in `India`, `Brazil`, or `Israel`. """
    allow_tip: bool | Unset = False
    """ Indicates whether the invoice enables the customer to enter a tip amount during payment. If `true`, the
    invoice shows a tip amount field so that the customer can enter a tip amount. If `false`, the invoice does not
    show a tip amount field.
    > **Note:** This feature is not available for merchants in `Hong Kong`, `Taiwan`, `India`, or `Japan`. """
    attachments: list[V1FileAttachment] | Unset = UNSET
    """ An array of PayPal file IDs for the files that are attached to an invoice. You can attach up to five files.
    """
    billing_info: list[V1BillingInfo] | Unset = UNSET
    """ An array of billing information for the invoice recipient.
    > **Note:** This value is an array with only one element. """
    cc_info: list[V1Participant] | Unset = UNSET
    """ An array of email addresses to which PayPal sends a copy of the invoice. """
    custom: V1CustomAmount | Unset = UNSET
    """ The custom amount to apply to an invoice. If you include a label, you must include a custom amount. """
    discount: V1Discount | Unset = UNSET
    """ The discount as a percent or an amount value. For example, to specify 10%, enter `10`. Alternatively, to
    specify an amount of 5, enter `5`. """
    id: str | Unset = UNSET
    """ The ID of the invoice. """
    invoice_date: str | Unset = UNSET
    """ The invoice date as specified by the sender, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). PayPal's v1 dates carry a time-zone name (for example
    `2014-02-27 PST`), so they are kept as text. """
    items: list[V1InvoiceItem] | Unset = UNSET
    """ An array of invoice line item information. """
    links: list[V1LinkDescription] | Unset = UNSET
    """ An array of request-related [HATEOAS links](https://developer.paypal.com/docs/api/reference/api-
    responses/#hateoas-links). """
    logo_url: str | Unset = UNSET
    """ The full URL to an external logo image. The logo must not be larger than 250 pixels wide by 90 pixels high.
    The logo must be stored on a secure server. """
    merchant_memo: str | Unset = UNSET
    """ A private bookkeeping memo for the merchant. """
    metadata: V1Metadata | Unset = UNSET
    """ The audit metadata. """
    minimum_amount_due: V1Currency | Unset = UNSET
    """ The currency and amount for a financial transaction, such as a balance or payment due. """
    note: str | Unset = UNSET
    """ A note to the invoice recipient. The note also appears on the invoice notification email. """
    number: str | Unset = UNSET
    """ The invoice number. If you omit this value, the default is the number that the API automatically increments
    from the last number. """
    paid_amount: V1PaymentSummary | Unset = UNSET
    """ The payment and refund summary. """
    payment_term: V1PaymentTerm | Unset = UNSET
    """ The payment term of the invoice. If you specify `term_type`, you cannot specify `due_date`, and vice versa.
    """
    payments: list[V1PaymentDetail] | Unset = UNSET
    """ An array of payment details for the invoice. """
    reference: str | Unset = UNSET
    """ The reference data, such as PO number. """
    referrer_code: str | Unset = UNSET
    """ The partner's referrer code (BN code). """
    refunded_amount: V1PaymentSummary | Unset = UNSET
    """ The payment and refund summary. """
    refunds: list[V1RefundDetail] | Unset = UNSET
    """ An array of refund details for the invoice. """
    shipping_cost: V1ShippingCost | Unset = UNSET
    """ The shipping cost, as a percent or amount value. """
    shipping_info: V1ShippingInfo | Unset = UNSET
    """ The shipping information for the invoice recipient. """
    status: V1InvoiceStatus | Unset = UNSET
    """ The invoice status. When you [search for
    invoices](https://developer.paypal.com/docs/api/invoicing/v1/#search_search), you must specify this value as an
    array. For example, `"status": ["REFUNDED"]`. The status indicates the phase of an invoice in its lifecycle. The
    status also indicates whether the invoice is unpaid, partially paid, fully paid, partially refunded, or fully
    refunded. An invoice payment can be either:

    - **Connected** to an invoice. The customer clicks **Pay** on the invoice to make a payment. The payment is
    automatically recorded.
    - **Disconnected** from an invoice. The customer pays by check, wire transfer, or another method. The merchant
    manually records the payment.

    Similarly, an invoice refund can be **disconnected** from an invoice. The merchant refunds a payment by check,
    wire transfer, or another method and manually records the refund. This table lists the typical order through
    which an invoice moves through status values:

    | Status | Occurs when |
    | --- | --- |
    | `DRAFT` | A merchant [creates a draft
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_create).  **Note:** A customer cannot pay
    an invoice with this status. A customer cannot pay an invoice until it has a status of `SENT` or `UNPAID`. |
    | `UNPAID` | A merchant chooses to suppress the PayPal email notification when he or she sends the invoice
    through the [API](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_send) or the [Create
    Invoice](https://www.paypal.com/invoice/create) page, and then manually sends the invoice link in his or her own
    email.  To send an invoice without email notification, the merchant either:   - Sets the `notify_merchant` and
    `notify_customer` query parameters to `false` when he or she [sends the
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_send). - Selects **Share link myself**
    from the **Send** menu when he or she sends the invoice through the web UI [Create
    Invoice](https://www.paypal.com/invoice/create) page. |
    | `SENT` | A merchant accepts the default PayPal email notification when he or she sends the invoice through the
    [API](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_send) or the [Create
    Invoice](https://www.paypal.com/invoice/create) page. PayPal automatically emails the invoice to the customer
    and a **Pay** button appears on the invoice, which enables the customer to pay the invoice. In a web app, the
    invoice appears as `Unpaid (sent)`. |
    | `SCHEDULED` | A merchant [schedules an
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_schedule) to send on a future date. At
    07:00 on that date in the preferred time zone of the merchant's PayPal account profile, PayPal emails an invoice
    notification to the merchant and the customer, adds an online payment button to the customer’s view of the
    invoice, and updates the invoice status to `SENT`. |
    | `PARTIALLY_PAID` | A customer makes a partial payment for the invoice through one of these methods:   - A
    customer makes a disconnected partial payment for the invoice and the merchant manually [marks the invoice as
    paid](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment). - A customer makes a
    connected partial payment for the invoice. |
    | `PAYMENT_PENDING` | A customer pays an invoice but the payment is pending for one of these reasons:   - The
    payment is an uncleared eCheck. - The merchant must either accept the payment before it clears or deny the
    payment. - PayPal risk is reviewing the payment.   **Note:** Most payments never go into a payment-pending
    state. |
    | `PAID` | A customer fully pays the invoice through one of these methods:   - A customer makes a connected full
    payment for the invoice. - A customer makes a connected partial payment for the invoice. Then, the customer
    makes a disconnected payment, such as a check payment, to pay the balance of the invoice and the merchant
    manually marks the invoice as fully paid. |
    | `MARKED_AS_PAID` | A customer makes a disconnected payment for the balance of the invoice. The merchant
    manually marks the invoice as paid. |
    | `CANCELLED` | A merchant or customer [cancels a sent
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_cancel). You can cancel an invoice in
    `SENT` or `UNPAID` status. |
    | `REFUNDED` | A merchant fully refunds an invoice through one these methods:   - A merchant makes a connected
    full refund for the invoice. - A merchant makes a connected partial refund for the invoice. Then, the merchant
    makes a disconnected refund, such as a check payment, for the invoice balance and manually marks the invoice as
    fully refunded. |
    | `PARTIALLY_REFUNDED` | A merchant partially refunds an invoice through one or both of these methods:   - A
    merchant makes a disconnected partial refund, such as a check payment, for the invoice and marks the invoice as
    partially refunded. To complete this action, the merchant must previously [mark the invoice as
    paid](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment). - A merchant makes a
    connected partial refund for a connected partial payment. |
    | `MARKED_AS_REFUNDED` | A merchant makes a disconnected refund, such as a check payment, for the invoice
    balance and manually marks the invoice as fully refunded.  **Note:** A merchant can only mark a [marked-as-paid
    invoice](https://developer.paypal.com/docs/api/invoicing/v1/#invoices_record-payment) as refunded. | """
    tax_calculated_after_discount: bool | Unset = False
    """ Indicates whether the tax is calculated before or after a discount. If `false`, the tax is calculated before
    a discount. If `true`, the tax is calculated after a discount. """
    tax_inclusive: bool | Unset = False
    """ Indicates whether the unit price includes tax. """
    template_id: str | Unset = "PayPal system template"
    """ This value is only used to determine the layout to display on the create or edit invoice experience, such as
    which fields to show and hide. It does not impact the view of the invoice that the customer receives.
    > **Note:** If you are just using the Invoicing APIs to create and send invoices, leave this field blank. The
    `template_id` is only needed if you use the Invoicing API to build a full invoicing solution that includes
    templates. """
    terms: str | Unset = UNSET
    """ The general terms of the invoice. """
    total_amount: V1Currency | Unset = UNSET
    """ The currency and amount for a financial transaction, such as a balance or payment due. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "merchant_info",
                "allow_partial_payment",
                "allow_tip",
                "attachments",
                "billing_info",
                "cc_info",
                "custom",
                "discount",
                "id",
                "invoice_date",
                "items",
                "links",
                "logo_url",
                "merchant_memo",
                "metadata",
                "minimum_amount_due",
                "note",
                "number",
                "paid_amount",
                "payment_term",
                "payments",
                "reference",
                "referrer_code",
                "refunded_amount",
                "refunds",
                "shipping_cost",
                "shipping_info",
                "status",
                "tax_calculated_after_discount",
                "tax_inclusive",
                "template_id",
                "terms",
                "total_amount",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1Invoice) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "merchant_info" in _values:
            merchant_info = dumped(
                self._dump_merchant_info, self.merchant_info, _lazy.get("merchant_info")
            )
            field_dict["merchant_info"] = merchant_info
        elif "merchant_info" in _lazy:
            field_dict["merchant_info"] = _lazy["merchant_info"]
        if "allow_partial_payment" in _values:
            allow_partial_payment = self.allow_partial_payment
            if allow_partial_payment is not UNSET:
                field_dict["allow_partial_payment"] = allow_partial_payment
        if "allow_tip" in _values:
            allow_tip = self.allow_tip
            if allow_tip is not UNSET:
                field_dict["allow_tip"] = allow_tip
        if "attachments" in _values:
            attachments = dumped(
                self._dump_attachments, self.attachments, _lazy.get("attachments")
            )
            if attachments is not UNSET:
                field_dict["attachments"] = attachments
        elif "attachments" in _lazy:
            field_dict["attachments"] = _lazy["attachments"]
        if "billing_info" in _values:
            billing_info = dumped(
                self._dump_billing_info, self.billing_info, _lazy.get("billing_info")
            )
            if billing_info is not UNSET:
                field_dict["billing_info"] = billing_info
        elif "billing_info" in _lazy:
            field_dict["billing_info"] = _lazy["billing_info"]
        if "cc_info" in _values:
            cc_info = dumped(self._dump_cc_info, self.cc_info, _lazy.get("cc_info"))
            if cc_info is not UNSET:
                field_dict["cc_info"] = cc_info
        elif "cc_info" in _lazy:
            field_dict["cc_info"] = _lazy["cc_info"]
        if "custom" in _values:
            custom = dumped(self._dump_custom, self.custom, _lazy.get("custom"))
            if custom is not UNSET:
                field_dict["custom"] = custom
        elif "custom" in _lazy:
            field_dict["custom"] = _lazy["custom"]
        if "discount" in _values:
            discount = dumped(self._dump_discount, self.discount, _lazy.get("discount"))
            if discount is not UNSET:
                field_dict["discount"] = discount
        elif "discount" in _lazy:
            field_dict["discount"] = _lazy["discount"]
        if "id" in _values:
            id = self.id
            if id is not UNSET:
                field_dict["id"] = id
        if "invoice_date" in _values:
            invoice_date = self.invoice_date
            if invoice_date is not UNSET:
                field_dict["invoice_date"] = invoice_date
        if "items" in _values:
            items = dumped(self._dump_items, self.items, _lazy.get("items"))
            if items is not UNSET:
                field_dict["items"] = items
        elif "items" in _lazy:
            field_dict["items"] = _lazy["items"]
        if "links" in _values:
            links = dumped(self._dump_links, self.links, _lazy.get("links"))
            if links is not UNSET:
                field_dict["links"] = links
        elif "links" in _lazy:
            field_dict["links"] = _lazy["links"]
        if "logo_url" in _values:
            logo_url = self.logo_url
            if logo_url is not UNSET:
                field_dict["logo_url"] = logo_url
        if "merchant_memo" in _values:
            merchant_memo = self.merchant_memo
            if merchant_memo is not UNSET:
                field_dict["merchant_memo"] = merchant_memo
        if "metadata" in _values:
            metadata = dumped(self._dump_metadata, self.metadata, _lazy.get("metadata"))
            if metadata is not UNSET:
                field_dict["metadata"] = metadata
        elif "metadata" in _lazy:
            field_dict["metadata"] = _lazy["metadata"]
        if "minimum_amount_due" in _values:
            minimum_amount_due = dumped(
                self._dump_minimum_amount_due,
                self.minimum_amount_due,
                _lazy.get("minimum_amount_due"),
            )
            if minimum_amount_due is not UNSET:
                field_dict["minimum_amount_due"] = minimum_amount_due
        elif "minimum_amount_due" in _lazy:
            field_dict["minimum_amount_due"] = _lazy["minimum_amount_due"]
        if "note" in _values:
            note = self.note
            if note is not UNSET:
                field_dict["note"] = note
        if "number" in _values:
            number = self.number
            if number is not UNSET:
                field_dict["number"] = number
        if "paid_amount" in _values:
            paid_amount = dumped(
                self._dump_paid_amount, self.paid_amount, _lazy.get("paid_amount")
            )
            if paid_amount is not UNSET:
                field_dict["paid_amount"] = paid_amount
        elif "paid_amount" in _lazy:
            field_dict["paid_amount"] = _lazy["paid_amount"]
        if "payment_term" in _values:
            payment_term = dumped(
                self._dump_payment_term, self.payment_term, _lazy.get("payment_term")
            )
            if payment_term is not UNSET:
                field_dict["payment_term"] = payment_term
        elif "payment_term" in _lazy:
            field_dict["payment_term"] = _lazy["payment_term"]
        if "payments" in _values:
            payments = dumped(self._dump_payments, self.payments, _lazy.get("payments"))
            if payments is not UNSET:
                field_dict["payments"] = payments
        elif "payments" in _lazy:
            field_dict["payments"] = _lazy["payments"]
        if "reference" in _values:
            reference = self.reference
            if reference is not UNSET:
                field_dict["reference"] = reference
        if "referrer_code" in _values:
            referrer_code = self.referrer_code
            if referrer_code is not UNSET:
                field_dict["referrer_code"] = referrer_code
        if "refunded_amount" in _values:
            refunded_amount = dumped(
                self._dump_refunded_amount,
                self.refunded_amount,
                _lazy.get("refunded_amount"),
            )
            if refunded_amount is not UNSET:
                field_dict["refunded_amount"] = refunded_amount
        elif "refunded_amount" in _lazy:
            field_dict["refunded_amount"] = _lazy["refunded_amount"]
        if "refunds" in _values:
            refunds = dumped(self._dump_refunds, self.refunds, _lazy.get("refunds"))
            if refunds is not UNSET:
                field_dict["refunds"] = refunds
        elif "refunds" in _lazy:
            field_dict["refunds"] = _lazy["refunds"]
        if "shipping_cost" in _values:
            shipping_cost = dumped(
                self._dump_shipping_cost, self.shipping_cost, _lazy.get("shipping_cost")
            )
            if shipping_cost is not UNSET:
                field_dict["shipping_cost"] = shipping_cost
        elif "shipping_cost" in _lazy:
            field_dict["shipping_cost"] = _lazy["shipping_cost"]
        if "shipping_info" in _values:
            shipping_info = dumped(
                self._dump_shipping_info, self.shipping_info, _lazy.get("shipping_info")
            )
            if shipping_info is not UNSET:
                field_dict["shipping_info"] = shipping_info
        elif "shipping_info" in _lazy:
            field_dict["shipping_info"] = _lazy["shipping_info"]
        if "status" in _values:
            status = dumped(self._dump_status, self.status)
            if status is not UNSET:
                field_dict["status"] = status
        if "tax_calculated_after_discount" in _values:
            tax_calculated_after_discount = self.tax_calculated_after_discount
            if tax_calculated_after_discount is not UNSET:
                field_dict["tax_calculated_after_discount"] = (
                    tax_calculated_after_discount
                )
        if "tax_inclusive" in _values:
            tax_inclusive = self.tax_inclusive
            if tax_inclusive is not UNSET:
                field_dict["tax_inclusive"] = tax_inclusive
        if "template_id" in _values:
            template_id = self.template_id
            if template_id is not UNSET:
                field_dict["template_id"] = template_id
        if "terms" in _values:
            terms = self.terms
            if terms is not UNSET:
                field_dict["terms"] = terms
        if "total_amount" in _values:
            total_amount = dumped(
                self._dump_total_amount, self.total_amount, _lazy.get("total_amount")
            )
            if total_amount is not UNSET:
                field_dict["total_amount"] = total_amount
        elif "total_amount" in _lazy:
            field_dict["total_amount"] = _lazy["total_amount"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        _values["allow_partial_payment"] = d.get("allow_partial_payment", UNSET)
        _values["allow_tip"] = d.get("allow_tip", UNSET)
        _values["id"] = d.get("id", UNSET)
        _values["invoice_date"] = d.get("invoice_date", UNSET)
        _values["logo_url"] = d.get("logo_url", UNSET)
        _values["merchant_memo"] = d.get("merchant_memo", UNSET)
        _values["note"] = d.get("note", UNSET)
        _values["number"] = d.get("number", UNSET)
        _values["reference"] = d.get("reference", UNSET)
        _values["referrer_code"] = d.get("referrer_code", UNSET)
        if "status" in d:
            _values["status"] = enum_value(V1InvoiceStatus, d["status"])
        else:
            _values["status"] = UNSET
        _values["tax_calculated_after_discount"] = d.get(
            "tax_calculated_after_discount", UNSET
        )
        _values["tax_inclusive"] = d.get("tax_inclusive", UNSET)
        _values["template_id"] = d.get("template_id", UNSET)
        _values["terms"] = d.get("terms", UNSET)

        return _obj

    @staticmethod
    def _dump_merchant_info(_value: Any) -> Any:
        merchant_info = _value.to_dict()
        return merchant_info

    @staticmethod
    def _dump_attachments(_value: Any) -> Any:
        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            attachments = []
            for attachments_item_data in _value:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        return attachments

    @staticmethod
    def _dump_billing_info(_value: Any) -> Any:
        billing_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            billing_info = []
            for billing_info_item_data in _value:
                billing_info_item = billing_info_item_data.to_dict()
                billing_info.append(billing_info_item)

        return billing_info

    @staticmethod
    def _dump_cc_info(_value: Any) -> Any:
        cc_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            cc_info = []
            for cc_info_item_data in _value:
                cc_info_item = cc_info_item_data.to_dict()
                cc_info.append(cc_info_item)

        return cc_info

    @staticmethod
    def _dump_custom(_value: Any) -> Any:
        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            custom = _value.to_dict()
        return custom

    @staticmethod
    def _dump_discount(_value: Any) -> Any:
        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            discount = _value.to_dict()
        return discount

    @staticmethod
    def _dump_items(_value: Any) -> Any:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            items = []
            for items_item_data in _value:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        return items

    @staticmethod
    def _dump_links(_value: Any) -> Any:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            links = []
            for links_item_data in _value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        return links

    @staticmethod
    def _dump_metadata(_value: Any) -> Any:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            metadata = _value.to_dict()
        return metadata

    @staticmethod
    def _dump_minimum_amount_due(_value: Any) -> Any:
        minimum_amount_due: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            minimum_amount_due = _value.to_dict()
        return minimum_amount_due

    @staticmethod
    def _dump_paid_amount(_value: Any) -> Any:
        paid_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            paid_amount = _value.to_dict()
        return paid_amount

    @staticmethod
    def _dump_payment_term(_value: Any) -> Any:
        payment_term: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            payment_term = _value.to_dict()
        return payment_term

    @staticmethod
    def _dump_payments(_value: Any) -> Any:
        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            payments = []
            for payments_item_data in _value:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        return payments

    @staticmethod
    def _dump_refunded_amount(_value: Any) -> Any:
        refunded_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            refunded_amount = _value.to_dict()
        return refunded_amount

    @staticmethod
    def _dump_refunds(_value: Any) -> Any:
        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_value, Unset):
            refunds = []
            for refunds_item_data in _value:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        return refunds

    @staticmethod
    def _dump_shipping_cost(_value: Any) -> Any:
        shipping_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            shipping_cost = _value.to_dict()
        return shipping_cost

    @staticmethod
    def _dump_shipping_info(_value: Any) -> Any:
        shipping_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            shipping_info = _value.to_dict()
        return shipping_info

    @staticmethod
    def _dump_status(_value: Any) -> Any:
        status: str | Unset = UNSET
        if not isinstance(_value, Unset):
            status = _value.value

        return status

    @staticmethod
    def _dump_total_amount(_value: Any) -> Any:
        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            total_amount = _value.to_dict()
        return total_amount

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
    V1Invoice,
    _FIELD_KEYS,
    (
        "merchant_info",
        "merchant_info",
        "v1_merchant_info.V1MerchantInfo",
        False,
        REQUIRED,
    ),
    ("attachments", "attachments", "v1_file_attachment.V1FileAttachment", True, UNSET),
    ("billing_info", "billing_info", "v1_billing_info.V1BillingInfo", True, UNSET),
    ("cc_info", "cc_info", "v1_participant.V1Participant", True, UNSET),
    ("custom", "custom", "v1_custom_amount.V1CustomAmount", False, UNSET),
    ("discount", "discount", "v1_discount.V1Discount", False, UNSET),
    ("items", "items", "v1_invoice_item.V1InvoiceItem", True, UNSET),
    ("links", "links", "v1_link_description.V1LinkDescription", True, UNSET),
    ("metadata", "metadata", "v1_metadata.V1Metadata", False, UNSET),
    (
        "minimum_amount_due",
        "minimum_amount_due",
        "v1_currency.V1Currency",
        False,
        UNSET,
    ),
    ("paid_amount", "paid_amount", "v1_payment_summary.V1PaymentSummary", False, UNSET),
    ("payment_term", "payment_term", "v1_payment_term.V1PaymentTerm", False, UNSET),
    ("payments", "payments", "v1_payment_detail.V1PaymentDetail", True, UNSET),
    (
        "refunded_amount",
        "refunded_amount",
        "v1_payment_summary.V1PaymentSummary",
        False,
        UNSET,
    ),
    ("refunds", "refunds", "v1_refund_detail.V1RefundDetail", True, UNSET),
    ("shipping_cost", "shipping_cost", "v1_shipping_cost.V1ShippingCost", False, UNSET),
    ("shipping_info", "shipping_info", "v1_shipping_info.V1ShippingInfo", False, UNSET),
    ("total_amount", "total_amount", "v1_currency.V1Currency", False, UNSET),
)
