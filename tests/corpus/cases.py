"""The corpus: one answer per fact of what PayPal really sends, and how it must read.

Each :class:`Case` names the fact it writes down (its number among the facts of PayPal's
answers that the corpus records, such as v1 errors without ``information_link`` or v1's 204 to
``record-payment``; ``required`` for the contract on fields the spec requires but an answer
leaves out), the JSON answer under ``answers/`` (hand-written from the fact; ``None`` for an
empty body), the status PayPal answers with, the generated operation that receives it, what
``sync_detailed(...).parsed`` must be, and ``check``: the fields read as documented, typed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from paypal_invoicing_client.api.invoices import (
    create_invoice,
    get_invoice,
    send_invoice,
    update_invoice,
)
from paypal_invoicing_client.api.templates import create_template, get_template, list_templates
from paypal_invoicing_client.api.v1_invoices import (
    v1_get_invoice,
    v1_record_invoice_payment,
    v1_record_invoice_refund,
)
from paypal_invoicing_client.api.v1_templates import v1_list_templates
from paypal_invoicing_client.errors import MissingFieldError
from paypal_invoicing_client.models import (
    Error,
    Invoice,
    InvoiceDetail,
    LinkDescription,
    LinkDescriptionMethod,
    Money,
    PaymentType,
    SendInvoiceResponse,
    Template,
    TemplateItemSettingFieldName,
    Templates,
    TemplateSubtotalSettingFieldName,
    V1Error,
    V1Invoice,
    V1InvoiceItemUnitOfMeasure,
    V1PaymentDetail,
    V1PaymentDetailMethod,
    V1Phone,
    V1Templates,
    V1TemplateUnitOfMeasure,
)
from paypal_invoicing_client.types import UNSET

ANSWERS = Path(__file__).resolve().parent / "answers"
INVOICE_ID = "INV2-CORP-USIN-VOIC-0001"


def answer(name: str) -> Any:
    """A corpus answer, parsed."""
    return json.loads((ANSWERS / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Case:
    """One recorded fact: an answer, the operation it answers, and how it reads."""

    name: str
    fact: str
    answer: str | None
    status: int
    module: ModuleType
    kwargs: dict[str, Any]
    parsed: type | None
    check: Callable[[Any], None]
    #: What ``sync()`` returns: the parsed answer (``"parsed"``), ``None``, or, for a link
    #: answer that ``sync()`` follows with one GET, the model of the followed resource.
    result: type | str | None = "parsed"
    #: The answer served to that GET.
    followed: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# -- the checks: each reads the fields the fact is about ----------------------------------------


def _v1_error_without_information_link(error: V1Error) -> None:
    assert error.name == "RESOURCE_NOT_FOUND"
    assert error.message == "The requested resource was not found."
    assert error.debug_id == "c0ffee0a1b2c3"
    assert error.information_link is UNSET
    assert error.details is UNSET


def _v1_error_with_details(error: V1Error) -> None:
    assert error.information_link is UNSET
    assert isinstance(error.details, list)
    assert [(d.field, d.issue) for d in error.details] == [
        ("items[0].quantity", "Quantity must be greater than zero.")
    ]


def _no_body(parsed: None) -> None:
    assert parsed is None


def _v1_phone_only_address(invoice: V1Invoice) -> None:
    address = invoice.merchant_info.address
    assert isinstance(address.phone, V1Phone)
    assert (address.phone.country_code, address.phone.national_number) == ("001", "4085551234")
    assert address.line1 is UNSET
    assert address.city is UNSET
    assert address.country_code is UNSET
    billing = invoice.billing_info[0].address
    assert billing.phone.national_number == "5105550199"


def _v1_template_address_without_country(templates: V1Templates) -> None:
    first, second = templates.addresses
    assert (first.line1, first.city, first.state) == ("1 Main St", "Springfield", "IL")
    assert first.country_code is UNSET
    assert second.phone.national_number == "2175550100"
    template = templates.templates[0]
    assert template.template_data.merchant_info.address.country_code is UNSET
    assert template.unit_of_measure is V1TemplateUnitOfMeasure.HOURS_MIXED_CASE
    assert template.unit_of_measure.value == "Hours"


def _v1_template_without_merchant_info(templates: V1Templates) -> None:
    data = templates.templates[0].template_data
    assert data.merchant_info is UNSET  # read, not raised: PayPal's lists leave it out
    assert data.items[0].name == "Retainer"
    assert data.items[0].unit_price.value == "250.00"
    assert data.note == "Thank you."


def _v1_shipping_referrer_units(invoice: V1Invoice) -> None:
    shipping = invoice.shipping_info
    assert isinstance(shipping.phone, V1Phone)
    assert shipping.phone.national_number == "5035550142"
    assert shipping.email == "sally@example.com"
    assert invoice.referrer_code == "Partner_SP_Invoicing"
    hours, rental = invoice.items
    assert hours.unit_of_measure is V1InvoiceItemUnitOfMeasure.HOURS_MIXED_CASE
    assert hours.unit_of_measure.value == "Hours"
    assert rental.unit_of_measure is V1InvoiceItemUnitOfMeasure.QUANTITY
    assert hours.unit_price.value == "40.00"
    assert rental.unit_price.value == 5


def _v2_paypal_payment_and_refund(invoice: Invoice) -> None:
    payment = invoice.payments.transactions[0]
    assert payment.type_ is PaymentType.PAYPAL
    assert (payment.transaction_type, payment.transaction_status) == ("SALE", "SUCCESS")
    paypal_refund, external_refund = invoice.refunds.transactions
    assert paypal_refund.type_ is PaymentType.PAYPAL
    assert paypal_refund.method is UNSET
    assert paypal_refund.recipient_transaction_id == "8KE02841TD2297019"
    assert paypal_refund.amount.value == "10.00"
    assert external_refund.method.value == "CASH"
    assert external_refund.recipient_transaction_id is UNSET


def _v2_error_links_without_rel(error: Error) -> None:
    assert error.name == "RESOURCE_NOT_FOUND"
    assert error.debug_id == "b1d2e3f4a5c6"
    assert error.localized_message == "La ressource indiquée n'existe pas."
    link = error.links[0]
    assert link.href.endswith("#error-RESOURCE_NOT_FOUND")
    assert link.method is LinkDescriptionMethod.GET
    assert link.rel is UNSET
    detail_link = error.details[0].links[0]
    assert detail_link.rel is UNSET
    assert error.details[0].issue == "INVALID_INVOICE_ID"


def _link(rel: str, href_end: str) -> Callable[[LinkDescription], None]:
    def check(link: LinkDescription) -> None:
        assert link.rel == rel
        assert link.href.endswith(href_end)
        assert link.method is LinkDescriptionMethod.GET

    return check


def _send_links(answer: SendInvoiceResponse) -> None:
    assert [(link.rel, link.method) for link in answer.links] == [
        ("payer-view", LinkDescriptionMethod.GET)
    ]


def _unilateral_spam_info(invoice: Invoice) -> None:
    assert invoice.unilateral is True
    spam_info = invoice.detail.metadata.spam_info
    assert spam_info.to_dict() == {"spam_score": "LOW", "reviewed": False}
    assert spam_info["spam_score"] == "LOW"


def _category_code(template: Template) -> None:
    assert template.category_code == "SERVICES"
    assert template.template_info.detail.currency_code == "USD"


def _portable_address(invoice: Invoice) -> None:
    address = invoice.invoicer.address
    assert (address.admin_area_4, address.admin_area_3) == ("Vila Nova", "Centro")
    assert address.address_line_3 == "Jardim"
    details = address.address_details
    assert (details.street_number, details.street_name, details.street_type) == (
        "123",
        "das Flores",
        "Rua",
    )
    assert details.delivery_service == "Caixa Postal 45"
    assert (details.building_name, details.sub_building) == ("Edificio Sol", "Apto 12")


def _both_spellings(template: Template) -> None:
    items = template.settings.template_item_settings
    subtotals = template.settings.template_subtotal_settings
    assert [s.field_name for s in items] == [
        TemplateItemSettingFieldName.ITEMS_DATE,
        TemplateItemSettingFieldName.ITEMS_QUANTITY_UPPER_CASE,
    ]
    assert [s.display_preference.hidden for s in items] == [True, False]
    assert [s.field_name for s in subtotals] == [
        TemplateSubtotalSettingFieldName.SHIPPING,
        TemplateSubtotalSettingFieldName.CUSTOM_UPPER_CASE,
    ]


def _emails_string(templates: Templates) -> None:
    assert templates.emails == "merchant@example.com"
    assert templates.templates[0].id == "TEMP-EMAI-LSTR-0011"
    address = templates.addresses[0]  # a template address without country_code (fact 3)
    assert (address.address_line_1, address.admin_area_2) == ("1 Main St", "Springfield")
    assert address.country_code is UNSET


def _emails_list(templates: Templates) -> None:
    assert templates.emails == ["merchant@example.com", "billing@example.com"]


def _missing_detail(invoice: Invoice) -> None:
    assert invoice.id == "INV2-MISS-INGD-ETAI-0000"
    assert invoice.amount.value == "1.00"
    with pytest.raises(MissingFieldError) as caught:
        _ = invoice.detail
    assert (caught.value.model, caught.value.field) == ("Invoice", "detail")
    assert "Invoice.detail" in str(caught.value)


def _missing_money_value(invoice: Invoice) -> None:
    assert isinstance(invoice.due_amount, Money)
    assert invoice.due_amount.currency_code == "USD"
    with pytest.raises(MissingFieldError) as caught:
        _ = invoice.due_amount.value
    assert (caught.value.model, caught.value.field) == ("Money", "value")


NEW_INVOICE = Invoice(detail=InvoiceDetail(currency_code="USD"))
V1_PAYMENT = V1PaymentDetail(method=V1PaymentDetailMethod.CASH)

CASES = [
    Case("v1-error-without-information-link", "1", "f01_v1_error_without_information_link.json",
         404, v1_get_invoice, {"invoice_id": INVOICE_ID}, V1Error,
         _v1_error_without_information_link),
    Case("v1-error-with-details", "1", "f01_v1_error_with_details.json",
         400, v1_get_invoice, {"invoice_id": INVOICE_ID}, V1Error, _v1_error_with_details),
    Case("v1-record-payment-204", "2", None, 204, v1_record_invoice_payment,
         {"invoice_id": INVOICE_ID, "body": V1_PAYMENT}, None, _no_body, result=None),
    Case("v1-record-refund-204", "2", None, 204, v1_record_invoice_refund,
         {"invoice_id": INVOICE_ID}, None, _no_body, result=None),
    Case("v1-phone-only-address", "3", "f03_v1_invoice_phone_only_address.json",
         200, v1_get_invoice, {"invoice_id": INVOICE_ID}, V1Invoice, _v1_phone_only_address),
    Case("v1-template-address-without-country", "3",
         "f03_v1_templates_address_without_country.json", 200, v1_list_templates, {},
         V1Templates, _v1_template_address_without_country),
    Case("v1-template-without-merchant-info", "3",
         "f03_v1_templates_without_merchant_info.json", 200, v1_list_templates, {},
         V1Templates, _v1_template_without_merchant_info),
    Case("v1-shipping-referrer-units", "4", "f04_v1_invoice_shipping_referrer_units.json",
         200, v1_get_invoice, {"invoice_id": INVOICE_ID}, V1Invoice,
         _v1_shipping_referrer_units),
    Case("v2-paypal-payment-and-refund", "5", "f05_v2_invoice_paypal_payment_and_refund.json",
         200, get_invoice, {"invoice_id": INVOICE_ID}, Invoice, _v2_paypal_payment_and_refund),
    Case("v2-error-links-without-rel", "6", "f06_v2_error_links_without_rel.json",
         404, get_invoice, {"invoice_id": INVOICE_ID}, Error, _v2_error_links_without_rel),
    Case("v2-create-minimal-link", "7", "f07_v2_create_minimal_link.json", 201,
         create_invoice, {"body": NEW_INVOICE}, LinkDescription,
         _link("self", "/INV2-MINI-MALL-INK0-0007"), result=Invoice,
         followed="f07_v2_invoice_followed.json"),
    Case("v2-update-minimal-link", "7", "f07_v2_create_minimal_link.json", 200,
         update_invoice, {"invoice_id": "INV2-MINI-MALL-INK0-0007", "body": NEW_INVOICE},
         LinkDescription, _link("self", "/INV2-MINI-MALL-INK0-0007"), result=Invoice,
         followed="f07_v2_invoice_followed.json"),
    Case("v2-create-template-minimal-link", "7", "f07_v2_create_template_minimal_link.json",
         201, create_template, {"body": Template(name="Consulting")}, LinkDescription,
         _link("self", "/templates/TEMP-CATE-GORY-0008"), result=Template,
         followed="f08_v2_template_category_code.json"),
    Case("v2-send-scheduled-payer-link", "7", "f07_v2_send_scheduled_payer_link.json", 202,
         send_invoice, {"invoice_id": INVOICE_ID}, LinkDescription,
         _link("payer-view", "#INV2-SEND-SCHE-DULE-0007")),
    Case("v2-send-scheduled-no-body", "7", None, 202, send_invoice,
         {"invoice_id": INVOICE_ID}, None, _no_body, result=None),
    Case("v2-send-bare-link", "7", "f07_v2_send_bare_link.json", 200, send_invoice,
         {"invoice_id": INVOICE_ID}, LinkDescription,
         _link("self", "/INV2-SEND-BARE-LINK-0007")),
    Case("v2-send-links", "7", "f07_v2_send_links.json", 200, send_invoice,
         {"invoice_id": INVOICE_ID}, SendInvoiceResponse, _send_links),
    Case("v2-unilateral-spam-info", "8", "f08_v2_invoice_unilateral_spam_info.json", 200,
         get_invoice, {"invoice_id": INVOICE_ID}, Invoice, _unilateral_spam_info),
    Case("v2-template-category-code", "8", "f08_v2_template_category_code.json", 200,
         get_template, {"template_id": "TEMP-CATE-GORY-0008"}, Template, _category_code),
    Case("v2-portable-address", "9", "f09_v2_invoice_portable_address.json", 200,
         get_invoice, {"invoice_id": INVOICE_ID}, Invoice, _portable_address),
    Case("v2-template-settings-both-spellings", "10",
         "f10_v2_template_settings_both_spellings.json", 200, get_template,
         {"template_id": "TEMP-SETT-INGS-0010"}, Template, _both_spellings),
    Case("v2-templates-emails-string", "11", "f11_v2_templates_emails_string.json", 200,
         list_templates, {}, Templates, _emails_string),
    Case("v2-templates-emails-list", "11", "f11_v2_templates_emails_list.json", 200,
         list_templates, {}, Templates, _emails_list),
    Case("missing-required-detail", "required", "missing_required_detail.json", 200,
         get_invoice, {"invoice_id": INVOICE_ID}, Invoice, _missing_detail),
    Case("missing-required-money-value", "required", "missing_required_money_value.json", 200,
         get_invoice, {"invoice_id": INVOICE_ID}, Invoice, _missing_money_value),
]  # fmt: skip
