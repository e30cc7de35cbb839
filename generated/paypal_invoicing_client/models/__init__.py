"""Contains all the data models used in inputs/outputs

Each model is imported on first use (``from paypal_invoicing_client.models import Invoice`` works
as before), so importing one operation does not import every model.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_details import AddressDetails
    from .aggregated_discount import AggregatedDiscount
    from .amount_breakdown import AmountBreakdown
    from .amount_range import AmountRange
    from .amount_summary import AmountSummary
    from .billing_info import BillingInfo
    from .configuration import Configuration
    from .contact_information import ContactInformation
    from .custom_amount import CustomAmount
    from .date_range import DateRange
    from .date_time_range import DateTimeRange
    from .discount import Discount
    from .display_preference import DisplayPreference
    from .error import Error
    from .error_details import ErrorDetails
    from .file_reference import FileReference
    from .invoice import Invoice
    from .invoice_detail import InvoiceDetail
    from .invoice_number import InvoiceNumber
    from .invoice_status import InvoiceStatus
    from .invoicer import Invoicer
    from .invoices import Invoices
    from .item import Item
    from .link_description import LinkDescription
    from .link_description_method import LinkDescriptionMethod
    from .list_templates_fields import ListTemplatesFields
    from .list_webhooks_anchor_type import ListWebhooksAnchorType
    from .metadata import Metadata
    from .metadata_created_by_flow import MetadataCreatedByFlow
    from .metadata_spam_info import MetadataSpamInfo
    from .money import Money
    from .name import Name
    from .notification import Notification
    from .oauth_error import OauthError
    from .partial_payment import PartialPayment
    from .payment_detail import PaymentDetail
    from .payment_method import PaymentMethod
    from .payment_reference import PaymentReference
    from .payment_term import PaymentTerm
    from .payment_term_term_type import PaymentTermTermType
    from .payment_type import PaymentType
    from .payments import Payments
    from .phone_detail import PhoneDetail
    from .phone_detail_phone_type import PhoneDetailPhoneType
    from .qr_config import QrConfig
    from .recipient import Recipient
    from .refund_detail import RefundDetail
    from .refund_reference import RefundReference
    from .refund_transaction import RefundTransaction
    from .refunds import Refunds
    from .search_data import SearchData
    from .send_invoice_response import SendInvoiceResponse
    from .shipping_cost import ShippingCost
    from .simulate_webhook_event import SimulateWebhookEvent
    from .tax import Tax
    from .template import Template
    from .template_detail import TemplateDetail
    from .template_info import TemplateInfo
    from .template_item_setting import TemplateItemSetting
    from .template_item_setting_field_name import TemplateItemSettingFieldName
    from .template_settings import TemplateSettings
    from .template_subtotal_setting import TemplateSubtotalSetting
    from .template_subtotal_setting_field_name import TemplateSubtotalSettingFieldName
    from .templates import Templates
    from .unit_of_measure import UnitOfMeasure
    from .v1_address import V1Address
    from .v1_billing_info import V1BillingInfo
    from .v1_billing_info_language import V1BillingInfoLanguage
    from .v1_cancel_notification import V1CancelNotification
    from .v1_currency import V1Currency
    from .v1_custom_amount import V1CustomAmount
    from .v1_discount import V1Discount
    from .v1_error import V1Error
    from .v1_error_details_2 import V1ErrorDetails2
    from .v1_file_attachment import V1FileAttachment
    from .v1_invoice import V1Invoice
    from .v1_invoice_item import V1InvoiceItem
    from .v1_invoice_item_unit_of_measure import V1InvoiceItemUnitOfMeasure
    from .v1_invoice_number import V1InvoiceNumber
    from .v1_invoice_status import V1InvoiceStatus
    from .v1_invoices import V1Invoices
    from .v1_link_description import V1LinkDescription
    from .v1_link_description_method import V1LinkDescriptionMethod
    from .v1_merchant_info import V1MerchantInfo
    from .v1_metadata import V1Metadata
    from .v1_notification import V1Notification
    from .v1_participant import V1Participant
    from .v1_payment_detail import V1PaymentDetail
    from .v1_payment_detail_method import V1PaymentDetailMethod
    from .v1_payment_detail_transaction_type import V1PaymentDetailTransactionType
    from .v1_payment_detail_type import V1PaymentDetailType
    from .v1_payment_summary import V1PaymentSummary
    from .v1_payment_term import V1PaymentTerm
    from .v1_payment_term_term_type import V1PaymentTermTermType
    from .v1_phone import V1Phone
    from .v1_qr_code import V1QrCode
    from .v1_refund_detail import V1RefundDetail
    from .v1_refund_detail_type import V1RefundDetailType
    from .v1_search import V1Search
    from .v1_search_status import V1SearchStatus
    from .v1_shipping_cost import V1ShippingCost
    from .v1_shipping_info import V1ShippingInfo
    from .v1_tax import V1Tax
    from .v1_template import V1Template
    from .v1_template_data import V1TemplateData
    from .v1_template_settings import V1TemplateSettings
    from .v1_template_settings_field_name import V1TemplateSettingsFieldName
    from .v1_template_settings_metadata import V1TemplateSettingsMetadata
    from .v1_template_unit_of_measure import V1TemplateUnitOfMeasure
    from .v1_templates import V1Templates
    from .verify_webhook_signature import VerifyWebhookSignature
    from .verify_webhook_signature_response import VerifyWebhookSignatureResponse
    from .verify_webhook_signature_response_verification_status import (
        VerifyWebhookSignatureResponseVerificationStatus,
    )
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_event_list import WebhookEventList
    from .webhook_event_resend import WebhookEventResend
    from .webhook_event_resource import WebhookEventResource
    from .webhook_event_type import WebhookEventType
    from .webhook_event_type_list import WebhookEventTypeList
    from .webhook_list import WebhookList
    from .webhook_lookup import WebhookLookup
    from .webhook_lookup_list import WebhookLookupList
    from .webhook_patch import WebhookPatch
    from .webhook_patch_op import WebhookPatchOp
    from .webhooks_error import WebhooksError
    from .webhooks_error_details_2 import WebhooksErrorDetails2
    from .webhooks_link_description import WebhooksLinkDescription
    from .webhooks_link_description_method import WebhooksLinkDescriptionMethod

_MODULES: dict[str, str] = {
    "Address": ".address",
    "AddressDetails": ".address_details",
    "AggregatedDiscount": ".aggregated_discount",
    "AmountBreakdown": ".amount_breakdown",
    "AmountRange": ".amount_range",
    "AmountSummary": ".amount_summary",
    "BillingInfo": ".billing_info",
    "Configuration": ".configuration",
    "ContactInformation": ".contact_information",
    "CustomAmount": ".custom_amount",
    "DateRange": ".date_range",
    "DateTimeRange": ".date_time_range",
    "Discount": ".discount",
    "DisplayPreference": ".display_preference",
    "Error": ".error",
    "ErrorDetails": ".error_details",
    "FileReference": ".file_reference",
    "Invoice": ".invoice",
    "InvoiceDetail": ".invoice_detail",
    "InvoiceNumber": ".invoice_number",
    "InvoiceStatus": ".invoice_status",
    "Invoicer": ".invoicer",
    "Invoices": ".invoices",
    "Item": ".item",
    "LinkDescription": ".link_description",
    "LinkDescriptionMethod": ".link_description_method",
    "ListTemplatesFields": ".list_templates_fields",
    "ListWebhooksAnchorType": ".list_webhooks_anchor_type",
    "Metadata": ".metadata",
    "MetadataCreatedByFlow": ".metadata_created_by_flow",
    "MetadataSpamInfo": ".metadata_spam_info",
    "Money": ".money",
    "Name": ".name",
    "Notification": ".notification",
    "OauthError": ".oauth_error",
    "PartialPayment": ".partial_payment",
    "PaymentDetail": ".payment_detail",
    "PaymentMethod": ".payment_method",
    "PaymentReference": ".payment_reference",
    "PaymentTerm": ".payment_term",
    "PaymentTermTermType": ".payment_term_term_type",
    "PaymentType": ".payment_type",
    "Payments": ".payments",
    "PhoneDetail": ".phone_detail",
    "PhoneDetailPhoneType": ".phone_detail_phone_type",
    "QrConfig": ".qr_config",
    "Recipient": ".recipient",
    "RefundDetail": ".refund_detail",
    "RefundReference": ".refund_reference",
    "RefundTransaction": ".refund_transaction",
    "Refunds": ".refunds",
    "SearchData": ".search_data",
    "SendInvoiceResponse": ".send_invoice_response",
    "ShippingCost": ".shipping_cost",
    "SimulateWebhookEvent": ".simulate_webhook_event",
    "Tax": ".tax",
    "Template": ".template",
    "TemplateDetail": ".template_detail",
    "TemplateInfo": ".template_info",
    "TemplateItemSetting": ".template_item_setting",
    "TemplateItemSettingFieldName": ".template_item_setting_field_name",
    "TemplateSettings": ".template_settings",
    "TemplateSubtotalSetting": ".template_subtotal_setting",
    "TemplateSubtotalSettingFieldName": ".template_subtotal_setting_field_name",
    "Templates": ".templates",
    "UnitOfMeasure": ".unit_of_measure",
    "V1Address": ".v1_address",
    "V1BillingInfo": ".v1_billing_info",
    "V1BillingInfoLanguage": ".v1_billing_info_language",
    "V1CancelNotification": ".v1_cancel_notification",
    "V1Currency": ".v1_currency",
    "V1CustomAmount": ".v1_custom_amount",
    "V1Discount": ".v1_discount",
    "V1Error": ".v1_error",
    "V1ErrorDetails2": ".v1_error_details_2",
    "V1FileAttachment": ".v1_file_attachment",
    "V1Invoice": ".v1_invoice",
    "V1InvoiceItem": ".v1_invoice_item",
    "V1InvoiceItemUnitOfMeasure": ".v1_invoice_item_unit_of_measure",
    "V1InvoiceNumber": ".v1_invoice_number",
    "V1InvoiceStatus": ".v1_invoice_status",
    "V1Invoices": ".v1_invoices",
    "V1LinkDescription": ".v1_link_description",
    "V1LinkDescriptionMethod": ".v1_link_description_method",
    "V1MerchantInfo": ".v1_merchant_info",
    "V1Metadata": ".v1_metadata",
    "V1Notification": ".v1_notification",
    "V1Participant": ".v1_participant",
    "V1PaymentDetail": ".v1_payment_detail",
    "V1PaymentDetailMethod": ".v1_payment_detail_method",
    "V1PaymentDetailTransactionType": ".v1_payment_detail_transaction_type",
    "V1PaymentDetailType": ".v1_payment_detail_type",
    "V1PaymentSummary": ".v1_payment_summary",
    "V1PaymentTerm": ".v1_payment_term",
    "V1PaymentTermTermType": ".v1_payment_term_term_type",
    "V1Phone": ".v1_phone",
    "V1QrCode": ".v1_qr_code",
    "V1RefundDetail": ".v1_refund_detail",
    "V1RefundDetailType": ".v1_refund_detail_type",
    "V1Search": ".v1_search",
    "V1SearchStatus": ".v1_search_status",
    "V1ShippingCost": ".v1_shipping_cost",
    "V1ShippingInfo": ".v1_shipping_info",
    "V1Tax": ".v1_tax",
    "V1Template": ".v1_template",
    "V1TemplateData": ".v1_template_data",
    "V1TemplateSettings": ".v1_template_settings",
    "V1TemplateSettingsFieldName": ".v1_template_settings_field_name",
    "V1TemplateSettingsMetadata": ".v1_template_settings_metadata",
    "V1TemplateUnitOfMeasure": ".v1_template_unit_of_measure",
    "V1Templates": ".v1_templates",
    "VerifyWebhookSignature": ".verify_webhook_signature",
    "VerifyWebhookSignatureResponse": ".verify_webhook_signature_response",
    "VerifyWebhookSignatureResponseVerificationStatus": ".verify_webhook_signature_response_verification_status",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookEventList": ".webhook_event_list",
    "WebhookEventResend": ".webhook_event_resend",
    "WebhookEventResource": ".webhook_event_resource",
    "WebhookEventType": ".webhook_event_type",
    "WebhookEventTypeList": ".webhook_event_type_list",
    "WebhookList": ".webhook_list",
    "WebhookLookup": ".webhook_lookup",
    "WebhookLookupList": ".webhook_lookup_list",
    "WebhookPatch": ".webhook_patch",
    "WebhookPatchOp": ".webhook_patch_op",
    "WebhooksError": ".webhooks_error",
    "WebhooksErrorDetails2": ".webhooks_error_details_2",
    "WebhooksLinkDescription": ".webhooks_link_description",
    "WebhooksLinkDescriptionMethod": ".webhooks_link_description_method",
}

__all__ = (
    "Address",
    "AddressDetails",
    "AggregatedDiscount",
    "AmountBreakdown",
    "AmountRange",
    "AmountSummary",
    "BillingInfo",
    "Configuration",
    "ContactInformation",
    "CustomAmount",
    "DateRange",
    "DateTimeRange",
    "Discount",
    "DisplayPreference",
    "Error",
    "ErrorDetails",
    "FileReference",
    "Invoice",
    "InvoiceDetail",
    "InvoiceNumber",
    "InvoiceStatus",
    "Invoicer",
    "Invoices",
    "Item",
    "LinkDescription",
    "LinkDescriptionMethod",
    "ListTemplatesFields",
    "ListWebhooksAnchorType",
    "Metadata",
    "MetadataCreatedByFlow",
    "MetadataSpamInfo",
    "Money",
    "Name",
    "Notification",
    "OauthError",
    "PartialPayment",
    "PaymentDetail",
    "PaymentMethod",
    "PaymentReference",
    "PaymentTerm",
    "PaymentTermTermType",
    "PaymentType",
    "Payments",
    "PhoneDetail",
    "PhoneDetailPhoneType",
    "QrConfig",
    "Recipient",
    "RefundDetail",
    "RefundReference",
    "RefundTransaction",
    "Refunds",
    "SearchData",
    "SendInvoiceResponse",
    "ShippingCost",
    "SimulateWebhookEvent",
    "Tax",
    "Template",
    "TemplateDetail",
    "TemplateInfo",
    "TemplateItemSetting",
    "TemplateItemSettingFieldName",
    "TemplateSettings",
    "TemplateSubtotalSetting",
    "TemplateSubtotalSettingFieldName",
    "Templates",
    "UnitOfMeasure",
    "V1Address",
    "V1BillingInfo",
    "V1BillingInfoLanguage",
    "V1CancelNotification",
    "V1Currency",
    "V1CustomAmount",
    "V1Discount",
    "V1Error",
    "V1ErrorDetails2",
    "V1FileAttachment",
    "V1Invoice",
    "V1InvoiceItem",
    "V1InvoiceItemUnitOfMeasure",
    "V1InvoiceNumber",
    "V1InvoiceStatus",
    "V1Invoices",
    "V1LinkDescription",
    "V1LinkDescriptionMethod",
    "V1MerchantInfo",
    "V1Metadata",
    "V1Notification",
    "V1Participant",
    "V1PaymentDetail",
    "V1PaymentDetailMethod",
    "V1PaymentDetailTransactionType",
    "V1PaymentDetailType",
    "V1PaymentSummary",
    "V1PaymentTerm",
    "V1PaymentTermTermType",
    "V1Phone",
    "V1QrCode",
    "V1RefundDetail",
    "V1RefundDetailType",
    "V1Search",
    "V1SearchStatus",
    "V1ShippingCost",
    "V1ShippingInfo",
    "V1Tax",
    "V1Template",
    "V1TemplateData",
    "V1TemplateSettings",
    "V1TemplateSettingsFieldName",
    "V1TemplateSettingsMetadata",
    "V1TemplateUnitOfMeasure",
    "V1Templates",
    "VerifyWebhookSignature",
    "VerifyWebhookSignatureResponse",
    "VerifyWebhookSignatureResponseVerificationStatus",
    "Webhook",
    "WebhookEvent",
    "WebhookEventList",
    "WebhookEventResend",
    "WebhookEventResource",
    "WebhookEventType",
    "WebhookEventTypeList",
    "WebhookList",
    "WebhookLookup",
    "WebhookLookupList",
    "WebhookPatch",
    "WebhookPatchOp",
    "WebhooksError",
    "WebhooksErrorDetails2",
    "WebhooksLinkDescription",
    "WebhooksLinkDescriptionMethod",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
