from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, loaded
from ..models.v1_invoice_status import V1InvoiceStatus
from ..types import UNSET, Unset, install_lazy_fields, missing_field, model_repr

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
        _lazy: dict[str, Any] = _values.get("_lazy_fields") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "merchant_info" in _values:
            merchant_info = dumped(self._dump_merchant_info, self.merchant_info)
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
            attachments = dumped(self._dump_attachments, self.attachments)
            if attachments is not UNSET:
                field_dict["attachments"] = attachments
        elif "attachments" in _lazy:
            field_dict["attachments"] = _lazy["attachments"]
        if "billing_info" in _values:
            billing_info = dumped(self._dump_billing_info, self.billing_info)
            if billing_info is not UNSET:
                field_dict["billing_info"] = billing_info
        elif "billing_info" in _lazy:
            field_dict["billing_info"] = _lazy["billing_info"]
        if "cc_info" in _values:
            cc_info = dumped(self._dump_cc_info, self.cc_info)
            if cc_info is not UNSET:
                field_dict["cc_info"] = cc_info
        elif "cc_info" in _lazy:
            field_dict["cc_info"] = _lazy["cc_info"]
        if "custom" in _values:
            custom = dumped(self._dump_custom, self.custom)
            if custom is not UNSET:
                field_dict["custom"] = custom
        elif "custom" in _lazy:
            field_dict["custom"] = _lazy["custom"]
        if "discount" in _values:
            discount = dumped(self._dump_discount, self.discount)
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
            items = dumped(self._dump_items, self.items)
            if items is not UNSET:
                field_dict["items"] = items
        elif "items" in _lazy:
            field_dict["items"] = _lazy["items"]
        if "links" in _values:
            links = dumped(self._dump_links, self.links)
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
            metadata = dumped(self._dump_metadata, self.metadata)
            if metadata is not UNSET:
                field_dict["metadata"] = metadata
        elif "metadata" in _lazy:
            field_dict["metadata"] = _lazy["metadata"]
        if "minimum_amount_due" in _values:
            minimum_amount_due = dumped(
                self._dump_minimum_amount_due, self.minimum_amount_due
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
            paid_amount = dumped(self._dump_paid_amount, self.paid_amount)
            if paid_amount is not UNSET:
                field_dict["paid_amount"] = paid_amount
        elif "paid_amount" in _lazy:
            field_dict["paid_amount"] = _lazy["paid_amount"]
        if "payment_term" in _values:
            payment_term = dumped(self._dump_payment_term, self.payment_term)
            if payment_term is not UNSET:
                field_dict["payment_term"] = payment_term
        elif "payment_term" in _lazy:
            field_dict["payment_term"] = _lazy["payment_term"]
        if "payments" in _values:
            payments = dumped(self._dump_payments, self.payments)
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
            refunded_amount = dumped(self._dump_refunded_amount, self.refunded_amount)
            if refunded_amount is not UNSET:
                field_dict["refunded_amount"] = refunded_amount
        elif "refunded_amount" in _lazy:
            field_dict["refunded_amount"] = _lazy["refunded_amount"]
        if "refunds" in _values:
            refunds = dumped(self._dump_refunds, self.refunds)
            if refunds is not UNSET:
                field_dict["refunds"] = refunds
        elif "refunds" in _lazy:
            field_dict["refunds"] = _lazy["refunds"]
        if "shipping_cost" in _values:
            shipping_cost = dumped(self._dump_shipping_cost, self.shipping_cost)
            if shipping_cost is not UNSET:
                field_dict["shipping_cost"] = shipping_cost
        elif "shipping_cost" in _lazy:
            field_dict["shipping_cost"] = _lazy["shipping_cost"]
        if "shipping_info" in _values:
            shipping_info = dumped(self._dump_shipping_info, self.shipping_info)
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
            total_amount = dumped(self._dump_total_amount, self.total_amount)
            if total_amount is not UNSET:
                field_dict["total_amount"] = total_amount
        elif "total_amount" in _lazy:
            field_dict["total_amount"] = _lazy["total_amount"]

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        lazy: dict[str, Any] = {}
        _values["_lazy_fields"] = lazy
        if "merchant_info" in d:
            lazy["merchant_info"] = d.pop("merchant_info")
        _values["allow_partial_payment"] = d.pop("allow_partial_payment", UNSET)
        _values["allow_tip"] = d.pop("allow_tip", UNSET)
        if "attachments" in d:
            lazy["attachments"] = d.pop("attachments")
        else:
            _values["attachments"] = UNSET
        if "billing_info" in d:
            lazy["billing_info"] = d.pop("billing_info")
        else:
            _values["billing_info"] = UNSET
        if "cc_info" in d:
            lazy["cc_info"] = d.pop("cc_info")
        else:
            _values["cc_info"] = UNSET
        if "custom" in d:
            lazy["custom"] = d.pop("custom")
        else:
            _values["custom"] = UNSET
        if "discount" in d:
            lazy["discount"] = d.pop("discount")
        else:
            _values["discount"] = UNSET
        _values["id"] = d.pop("id", UNSET)
        _values["invoice_date"] = d.pop("invoice_date", UNSET)
        if "items" in d:
            lazy["items"] = d.pop("items")
        else:
            _values["items"] = UNSET
        if "links" in d:
            lazy["links"] = d.pop("links")
        else:
            _values["links"] = UNSET
        _values["logo_url"] = d.pop("logo_url", UNSET)
        _values["merchant_memo"] = d.pop("merchant_memo", UNSET)
        if "metadata" in d:
            lazy["metadata"] = d.pop("metadata")
        else:
            _values["metadata"] = UNSET
        if "minimum_amount_due" in d:
            lazy["minimum_amount_due"] = d.pop("minimum_amount_due")
        else:
            _values["minimum_amount_due"] = UNSET
        _values["note"] = d.pop("note", UNSET)
        _values["number"] = d.pop("number", UNSET)
        if "paid_amount" in d:
            lazy["paid_amount"] = d.pop("paid_amount")
        else:
            _values["paid_amount"] = UNSET
        if "payment_term" in d:
            lazy["payment_term"] = d.pop("payment_term")
        else:
            _values["payment_term"] = UNSET
        if "payments" in d:
            lazy["payments"] = d.pop("payments")
        else:
            _values["payments"] = UNSET
        _values["reference"] = d.pop("reference", UNSET)
        _values["referrer_code"] = d.pop("referrer_code", UNSET)
        if "refunded_amount" in d:
            lazy["refunded_amount"] = d.pop("refunded_amount")
        else:
            _values["refunded_amount"] = UNSET
        if "refunds" in d:
            lazy["refunds"] = d.pop("refunds")
        else:
            _values["refunds"] = UNSET
        if "shipping_cost" in d:
            lazy["shipping_cost"] = d.pop("shipping_cost")
        else:
            _values["shipping_cost"] = UNSET
        if "shipping_info" in d:
            lazy["shipping_info"] = d.pop("shipping_info")
        else:
            _values["shipping_info"] = UNSET
        if "status" in d:
            _values["status"] = loaded(cls._load_status, d.pop("status"))
        else:
            _values["status"] = UNSET
        _values["tax_calculated_after_discount"] = d.pop(
            "tax_calculated_after_discount", UNSET
        )
        _values["tax_inclusive"] = d.pop("tax_inclusive", UNSET)
        _values["template_id"] = d.pop("template_id", UNSET)
        _values["terms"] = d.pop("terms", UNSET)
        if "total_amount" in d:
            lazy["total_amount"] = d.pop("total_amount")
        else:
            _values["total_amount"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_merchant_info(source: Any) -> V1MerchantInfo:
        from ..models.v1_merchant_info import V1MerchantInfo

        merchant_info = V1MerchantInfo.from_dict(source)

        return merchant_info

    @staticmethod
    def _load_attachments(source: Any) -> list[V1FileAttachment] | Unset:
        from ..models.v1_file_attachment import V1FileAttachment

        _attachments = source
        attachments: list[V1FileAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = V1FileAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        return attachments

    @staticmethod
    def _load_billing_info(source: Any) -> list[V1BillingInfo] | Unset:
        from ..models.v1_billing_info import V1BillingInfo

        _billing_info = source
        billing_info: list[V1BillingInfo] | Unset = UNSET
        if _billing_info is not UNSET:
            billing_info = []
            for billing_info_item_data in _billing_info:
                billing_info_item = V1BillingInfo.from_dict(billing_info_item_data)

                billing_info.append(billing_info_item)

        return billing_info

    @staticmethod
    def _load_cc_info(source: Any) -> list[V1Participant] | Unset:
        from ..models.v1_participant import V1Participant

        _cc_info = source
        cc_info: list[V1Participant] | Unset = UNSET
        if _cc_info is not UNSET:
            cc_info = []
            for cc_info_item_data in _cc_info:
                cc_info_item = V1Participant.from_dict(cc_info_item_data)

                cc_info.append(cc_info_item)

        return cc_info

    @staticmethod
    def _load_custom(source: Any) -> V1CustomAmount | Unset:
        from ..models.v1_custom_amount import V1CustomAmount

        _custom = source
        custom: V1CustomAmount | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = V1CustomAmount.from_dict(_custom)

        return custom

    @staticmethod
    def _load_discount(source: Any) -> V1Discount | Unset:
        from ..models.v1_discount import V1Discount

        _discount = source
        discount: V1Discount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = V1Discount.from_dict(_discount)

        return discount

    @staticmethod
    def _load_items(source: Any) -> list[V1InvoiceItem] | Unset:
        from ..models.v1_invoice_item import V1InvoiceItem

        _items = source
        items: list[V1InvoiceItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = V1InvoiceItem.from_dict(items_item_data)

                items.append(items_item)

        return items

    @staticmethod
    def _load_links(source: Any) -> list[V1LinkDescription] | Unset:
        from ..models.v1_link_description import V1LinkDescription

        _links = source
        links: list[V1LinkDescription] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = V1LinkDescription.from_dict(links_item_data)

                links.append(links_item)

        return links

    @staticmethod
    def _load_metadata(source: Any) -> V1Metadata | Unset:
        from ..models.v1_metadata import V1Metadata

        _metadata = source
        metadata: V1Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = V1Metadata.from_dict(_metadata)

        return metadata

    @staticmethod
    def _load_minimum_amount_due(source: Any) -> V1Currency | Unset:
        from ..models.v1_currency import V1Currency

        _minimum_amount_due = source
        minimum_amount_due: V1Currency | Unset
        if isinstance(_minimum_amount_due, Unset):
            minimum_amount_due = UNSET
        else:
            minimum_amount_due = V1Currency.from_dict(_minimum_amount_due)

        return minimum_amount_due

    @staticmethod
    def _load_paid_amount(source: Any) -> V1PaymentSummary | Unset:
        from ..models.v1_payment_summary import V1PaymentSummary

        _paid_amount = source
        paid_amount: V1PaymentSummary | Unset
        if isinstance(_paid_amount, Unset):
            paid_amount = UNSET
        else:
            paid_amount = V1PaymentSummary.from_dict(_paid_amount)

        return paid_amount

    @staticmethod
    def _load_payment_term(source: Any) -> V1PaymentTerm | Unset:
        from ..models.v1_payment_term import V1PaymentTerm

        _payment_term = source
        payment_term: V1PaymentTerm | Unset
        if isinstance(_payment_term, Unset):
            payment_term = UNSET
        else:
            payment_term = V1PaymentTerm.from_dict(_payment_term)

        return payment_term

    @staticmethod
    def _load_payments(source: Any) -> list[V1PaymentDetail] | Unset:
        from ..models.v1_payment_detail import V1PaymentDetail

        _payments = source
        payments: list[V1PaymentDetail] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = V1PaymentDetail.from_dict(payments_item_data)

                payments.append(payments_item)

        return payments

    @staticmethod
    def _load_refunded_amount(source: Any) -> V1PaymentSummary | Unset:
        from ..models.v1_payment_summary import V1PaymentSummary

        _refunded_amount = source
        refunded_amount: V1PaymentSummary | Unset
        if isinstance(_refunded_amount, Unset):
            refunded_amount = UNSET
        else:
            refunded_amount = V1PaymentSummary.from_dict(_refunded_amount)

        return refunded_amount

    @staticmethod
    def _load_refunds(source: Any) -> list[V1RefundDetail] | Unset:
        from ..models.v1_refund_detail import V1RefundDetail

        _refunds = source
        refunds: list[V1RefundDetail] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = V1RefundDetail.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        return refunds

    @staticmethod
    def _load_shipping_cost(source: Any) -> V1ShippingCost | Unset:
        from ..models.v1_shipping_cost import V1ShippingCost

        _shipping_cost = source
        shipping_cost: V1ShippingCost | Unset
        if isinstance(_shipping_cost, Unset):
            shipping_cost = UNSET
        else:
            shipping_cost = V1ShippingCost.from_dict(_shipping_cost)

        return shipping_cost

    @staticmethod
    def _load_shipping_info(source: Any) -> V1ShippingInfo | Unset:
        from ..models.v1_shipping_info import V1ShippingInfo

        _shipping_info = source
        shipping_info: V1ShippingInfo | Unset
        if isinstance(_shipping_info, Unset):
            shipping_info = UNSET
        else:
            shipping_info = V1ShippingInfo.from_dict(_shipping_info)

        return shipping_info

    @staticmethod
    def _load_total_amount(source: Any) -> V1Currency | Unset:
        from ..models.v1_currency import V1Currency

        _total_amount = source
        total_amount: V1Currency | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = V1Currency.from_dict(_total_amount)

        return total_amount

    @staticmethod
    def _load_status(source: Any) -> V1InvoiceStatus | Unset:
        _status = source
        status: V1InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = V1InvoiceStatus(_status)

        return status

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
    "merchant_info",
    "attachments",
    "billing_info",
    "cc_info",
    "custom",
    "discount",
    "items",
    "links",
    "metadata",
    "minimum_amount_due",
    "paid_amount",
    "payment_term",
    "payments",
    "refunded_amount",
    "refunds",
    "shipping_cost",
    "shipping_info",
    "total_amount",
)
