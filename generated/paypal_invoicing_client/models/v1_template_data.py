from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.v1_billing_info import V1BillingInfo
    from ..models.v1_currency import V1Currency
    from ..models.v1_custom_amount import V1CustomAmount
    from ..models.v1_discount import V1Discount
    from ..models.v1_file_attachment import V1FileAttachment
    from ..models.v1_invoice_item import V1InvoiceItem
    from ..models.v1_merchant_info import V1MerchantInfo
    from ..models.v1_payment_term import V1PaymentTerm
    from ..models.v1_shipping_cost import V1ShippingCost
    from ..models.v1_shipping_info import V1ShippingInfo


T = TypeVar("T", bound="V1TemplateData")

_FIELD_KEYS = frozenset(
    {
        "allow_partial_payment",
        "attachments",
        "billing_info",
        "cc_info",
        "custom",
        "discount",
        "items",
        "logo_url",
        "merchant_info",
        "merchant_memo",
        "minimum_amount_due",
        "note",
        "payment_term",
        "reference",
        "shipping_cost",
        "shipping_info",
        "tax_calculated_after_discount",
        "tax_inclusive",
        "terms",
        "total_amount",
    }
)


@_attrs_define(slots=False)
class V1TemplateData:
    """The template data."""

    allow_partial_payment: bool | Unset = False
    """ Indicates whether the invoice allows a partial payment. If `false`, the invoice must be paid in full. If
    `true`, the invoice allows partial payments.
    > **Note:** This feature is not available for merchants in `India`, `Brazil`, or `Israel`. """
    attachments: list[V1FileAttachment] | Unset = UNSET
    """ An array of PayPal file IDs for the files that are attached to an invoice. The maximum number of files is
    `5`. """
    billing_info: list[V1BillingInfo] | Unset = UNSET
    """ The billing information of the invoice recipient.
    > **Note:** This value is an array with only one element. """
    cc_info: list[str] | Unset = UNSET
    """ An array of email addresses to which PayPal sends a copy of the invoice. """
    custom: V1CustomAmount | Unset = UNSET
    """ The custom amount to apply to an invoice. If you include a label, you must include a custom amount. """
    discount: V1Discount | Unset = UNSET
    """ The discount as a percent or an amount value. For example, to specify 10%, enter `10`. Alternatively, to
    specify an amount of 5, enter `5`. """
    items: list[V1InvoiceItem] | Unset = UNSET
    """ An array of invoice line item information. The maximum items for an invoice is `100`. """
    logo_url: str | Unset = UNSET
    """ The full URL to an external logo image. The logo image must not be larger than 250 pixels wide by 90 pixels
    high. """
    merchant_info: V1MerchantInfo | Unset = UNSET
    """ The merchant business information that appears on the invoice. """
    merchant_memo: str | Unset = UNSET
    """ A private bookkeeping memo for the merchant. """
    minimum_amount_due: V1Currency | Unset = UNSET
    """ The currency and amount for a financial transaction, such as a balance or payment due. """
    note: str | Unset = UNSET
    """ A note to the invoice recipient. This note also appears on the invoice notification email. """
    payment_term: V1PaymentTerm | Unset = UNSET
    """ The payment term of the invoice. If you specify `term_type`, you cannot specify `due_date`, and vice versa.
    """
    reference: str | Unset = UNSET
    """ The reference data, such as a PO number. """
    shipping_cost: V1ShippingCost | Unset = UNSET
    """ The shipping cost, as a percent or amount value. """
    shipping_info: V1ShippingInfo | Unset = UNSET
    """ The shipping information for the invoice recipient. """
    tax_calculated_after_discount: bool | Unset = False
    """ Indicates whether the tax is calculated before or after a discount. If `false`, the tax is calculated before
    a discount. If `true`, the tax is calculated after a discount. """
    tax_inclusive: bool | Unset = False
    """ Indicates whether the unit price includes tax. """
    terms: str | Unset = UNSET
    """ The general terms of the invoice. """
    total_amount: V1Currency | Unset = UNSET
    """ The currency and amount for a financial transaction, such as a balance or payment due. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "allow_partial_payment",
                "attachments",
                "billing_info",
                "cc_info",
                "custom",
                "discount",
                "items",
                "logo_url",
                "merchant_info",
                "merchant_memo",
                "minimum_amount_due",
                "note",
                "payment_term",
                "reference",
                "shipping_cost",
                "shipping_info",
                "tax_calculated_after_discount",
                "tax_inclusive",
                "terms",
                "total_amount",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V1TemplateData) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "allow_partial_payment" in _values:
            allow_partial_payment = self.allow_partial_payment
            if allow_partial_payment is not UNSET:
                field_dict["allow_partial_payment"] = allow_partial_payment
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
            cc_info = dumped(self._dump_cc_info, self.cc_info)
            if cc_info is not UNSET:
                field_dict["cc_info"] = cc_info
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
        if "items" in _values:
            items = dumped(self._dump_items, self.items, _lazy.get("items"))
            if items is not UNSET:
                field_dict["items"] = items
        elif "items" in _lazy:
            field_dict["items"] = _lazy["items"]
        if "logo_url" in _values:
            logo_url = self.logo_url
            if logo_url is not UNSET:
                field_dict["logo_url"] = logo_url
        if "merchant_info" in _values:
            merchant_info = dumped(
                self._dump_merchant_info, self.merchant_info, _lazy.get("merchant_info")
            )
            if merchant_info is not UNSET:
                field_dict["merchant_info"] = merchant_info
        elif "merchant_info" in _lazy:
            field_dict["merchant_info"] = _lazy["merchant_info"]
        if "merchant_memo" in _values:
            merchant_memo = self.merchant_memo
            if merchant_memo is not UNSET:
                field_dict["merchant_memo"] = merchant_memo
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
        if "payment_term" in _values:
            payment_term = dumped(
                self._dump_payment_term, self.payment_term, _lazy.get("payment_term")
            )
            if payment_term is not UNSET:
                field_dict["payment_term"] = payment_term
        elif "payment_term" in _lazy:
            field_dict["payment_term"] = _lazy["payment_term"]
        if "reference" in _values:
            reference = self.reference
            if reference is not UNSET:
                field_dict["reference"] = reference
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
        _values["cc_info"] = d.get("cc_info", UNSET)
        _values["logo_url"] = d.get("logo_url", UNSET)
        _values["merchant_memo"] = d.get("merchant_memo", UNSET)
        _values["note"] = d.get("note", UNSET)
        _values["reference"] = d.get("reference", UNSET)
        _values["tax_calculated_after_discount"] = d.get(
            "tax_calculated_after_discount", UNSET
        )
        _values["tax_inclusive"] = d.get("tax_inclusive", UNSET)
        _values["terms"] = d.get("terms", UNSET)

        return _obj

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
        cc_info: list[str] | Unset = UNSET
        if not isinstance(_value, Unset):
            cc_info = _value

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
    def _dump_merchant_info(_value: Any) -> Any:
        merchant_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            merchant_info = _value.to_dict()
        return merchant_info

    @staticmethod
    def _dump_minimum_amount_due(_value: Any) -> Any:
        minimum_amount_due: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            minimum_amount_due = _value.to_dict()
        return minimum_amount_due

    @staticmethod
    def _dump_payment_term(_value: Any) -> Any:
        payment_term: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            payment_term = _value.to_dict()
        return payment_term

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
    V1TemplateData,
    _FIELD_KEYS,
    ("attachments", "attachments", "v1_file_attachment.V1FileAttachment", True, UNSET),
    ("billing_info", "billing_info", "v1_billing_info.V1BillingInfo", True, UNSET),
    ("custom", "custom", "v1_custom_amount.V1CustomAmount", False, UNSET),
    ("discount", "discount", "v1_discount.V1Discount", False, UNSET),
    ("items", "items", "v1_invoice_item.V1InvoiceItem", True, UNSET),
    ("merchant_info", "merchant_info", "v1_merchant_info.V1MerchantInfo", False, UNSET),
    (
        "minimum_amount_due",
        "minimum_amount_due",
        "v1_currency.V1Currency",
        False,
        UNSET,
    ),
    ("payment_term", "payment_term", "v1_payment_term.V1PaymentTerm", False, UNSET),
    ("shipping_cost", "shipping_cost", "v1_shipping_cost.V1ShippingCost", False, UNSET),
    ("shipping_info", "shipping_info", "v1_shipping_info.V1ShippingInfo", False, UNSET),
    ("total_amount", "total_amount", "v1_currency.V1Currency", False, UNSET),
)
