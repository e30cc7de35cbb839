from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, install_lazy_fields

if TYPE_CHECKING:
    from ..models.file_reference import FileReference
    from ..models.metadata import Metadata
    from ..models.payment_term import PaymentTerm


T = TypeVar("T", bound="InvoiceDetail")


@_attrs_define(slots=False)
class InvoiceDetail:
    """The header of an invoice."""

    currency_code: str
    """ Three-letter ISO 4217 currency code. """
    additional_data: str | Unset = UNSET
    """ Extra information, such as business hours. """
    archived: bool | Unset = UNSET
    """ Whether the merchant archived the invoice. """
    attachments: list[FileReference] | Unset = UNSET
    category_code: str | Unset = UNSET
    """ The invoice category, for example `SHIPPABLE`. """
    group_draft: bool | Unset = UNSET
    """ Whether this is a draft of a multi-recipient group invoice. """
    invoice_date: str | Unset = UNSET
    """ A calendar date, `YYYY-MM-DD`. """
    invoice_number: str | Unset = UNSET
    memo: str | Unset = UNSET
    """ A private note for the merchant. """
    metadata: Metadata | Unset = UNSET
    """ Audit data PayPal keeps about an invoice or template. """
    note: str | Unset = UNSET
    """ A note to the recipient, also shown in the email. """
    payment_term: PaymentTerm | Unset = UNSET
    """ When the invoice is due. """
    reference: str | Unset = UNSET
    """ A reference such as a purchase order number. """
    terms_and_conditions: str | Unset = UNSET
    viewed_by_recipient: bool | Unset = UNSET
    """ Whether the recipient has opened the invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_code = self.currency_code

        additional_data = self.additional_data

        archived = self.archived

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        category_code = self.category_code

        group_draft = self.group_draft

        invoice_date = self.invoice_date

        invoice_number = self.invoice_number

        memo = self.memo

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        note = self.note

        payment_term: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_term, Unset):
            payment_term = self.payment_term.to_dict()

        reference = self.reference

        terms_and_conditions = self.terms_and_conditions

        viewed_by_recipient = self.viewed_by_recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_code": currency_code,
            }
        )
        if additional_data is not UNSET:
            field_dict["additional_data"] = additional_data
        if archived is not UNSET:
            field_dict["archived"] = archived
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if category_code is not UNSET:
            field_dict["category_code"] = category_code
        if group_draft is not UNSET:
            field_dict["group_draft"] = group_draft
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if note is not UNSET:
            field_dict["note"] = note
        if payment_term is not UNSET:
            field_dict["payment_term"] = payment_term
        if reference is not UNSET:
            field_dict["reference"] = reference
        if terms_and_conditions is not UNSET:
            field_dict["terms_and_conditions"] = terms_and_conditions
        if viewed_by_recipient is not UNSET:
            field_dict["viewed_by_recipient"] = viewed_by_recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        currency_code = d.pop("currency_code")

        additional_data = d.pop("additional_data", UNSET)

        archived = d.pop("archived", UNSET)

        if "attachments" in d:
            lazy["attachments"] = d.pop("attachments")

        category_code = d.pop("category_code", UNSET)

        group_draft = d.pop("group_draft", UNSET)

        invoice_date = d.pop("invoice_date", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        memo = d.pop("memo", UNSET)

        if "metadata" in d:
            lazy["metadata"] = d.pop("metadata")

        note = d.pop("note", UNSET)

        if "payment_term" in d:
            lazy["payment_term"] = d.pop("payment_term")

        reference = d.pop("reference", UNSET)

        terms_and_conditions = d.pop("terms_and_conditions", UNSET)

        viewed_by_recipient = d.pop("viewed_by_recipient", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            currency_code=currency_code,
            additional_data=additional_data,
            archived=archived,
            category_code=category_code,
            group_draft=group_draft,
            invoice_date=invoice_date,
            invoice_number=invoice_number,
            memo=memo,
            note=note,
            reference=reference,
            terms_and_conditions=terms_and_conditions,
            viewed_by_recipient=viewed_by_recipient,
            _lazy_fields=lazy,
        )
        if "attachments" not in lazy:
            _obj.__dict__["attachments"] = UNSET
        if "metadata" not in lazy:
            _obj.__dict__["metadata"] = UNSET
        if "payment_term" not in lazy:
            _obj.__dict__["payment_term"] = UNSET

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_attachments(source: Any) -> list[FileReference] | Unset:
        from ..models.file_reference import FileReference

        _attachments = source
        attachments: list[FileReference] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = FileReference.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        return attachments

    @staticmethod
    def _load_metadata(source: Any) -> Metadata | Unset:
        from ..models.metadata import Metadata

        _metadata = source
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        return metadata

    @staticmethod
    def _load_payment_term(source: Any) -> PaymentTerm | Unset:
        from ..models.payment_term import PaymentTerm

        _payment_term = source
        payment_term: PaymentTerm | Unset
        if isinstance(_payment_term, Unset):
            payment_term = UNSET
        else:
            payment_term = PaymentTerm.from_dict(_payment_term)

        return payment_term

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
    InvoiceDetail,
    "attachments",
    "metadata",
    "payment_term",
)
