from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import dumped, install_lazy_fields, source_dict
from ..types import UNSET, Unset, missing_field, model_repr

if TYPE_CHECKING:
    from ..models.file_reference import FileReference
    from ..models.metadata import Metadata
    from ..models.payment_term import PaymentTerm


T = TypeVar("T", bound="InvoiceDetail")

_FIELD_KEYS = frozenset(
    {
        "currency_code",
        "additional_data",
        "archived",
        "attachments",
        "category_code",
        "group_draft",
        "invoice_date",
        "invoice_number",
        "memo",
        "metadata",
        "note",
        "payment_term",
        "reference",
        "terms_and_conditions",
        "viewed_by_recipient",
    }
)

_REQUIRED_FIELDS = {
    "currency_code": "currency_code",
    "invoice_date": "invoice_date",
    "invoice_number": "invoice_number",
}


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

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "currency_code",
                "additional_data",
                "archived",
                "attachments",
                "category_code",
                "group_draft",
                "invoice_date",
                "invoice_number",
                "memo",
                "metadata",
                "note",
                "payment_term",
                "reference",
                "terms_and_conditions",
                "viewed_by_recipient",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InvoiceDetail) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "currency_code" in _values:
            currency_code = self.currency_code
            field_dict["currency_code"] = currency_code
        if "additional_data" in _values:
            additional_data = self.additional_data
            if additional_data is not UNSET:
                field_dict["additional_data"] = additional_data
        if "archived" in _values:
            archived = self.archived
            if archived is not UNSET:
                field_dict["archived"] = archived
        if "attachments" in _values:
            attachments = dumped(
                self._dump_attachments, self.attachments, _lazy.get("attachments")
            )
            if attachments is not UNSET:
                field_dict["attachments"] = attachments
        elif "attachments" in _lazy:
            field_dict["attachments"] = _lazy["attachments"]
        if "category_code" in _values:
            category_code = self.category_code
            if category_code is not UNSET:
                field_dict["category_code"] = category_code
        if "group_draft" in _values:
            group_draft = self.group_draft
            if group_draft is not UNSET:
                field_dict["group_draft"] = group_draft
        if "invoice_date" in _values:
            invoice_date = self.invoice_date
            if invoice_date is not UNSET:
                field_dict["invoice_date"] = invoice_date
        if "invoice_number" in _values:
            invoice_number = self.invoice_number
            if invoice_number is not UNSET:
                field_dict["invoice_number"] = invoice_number
        if "memo" in _values:
            memo = self.memo
            if memo is not UNSET:
                field_dict["memo"] = memo
        if "metadata" in _values:
            metadata = dumped(self._dump_metadata, self.metadata, _lazy.get("metadata"))
            if metadata is not UNSET:
                field_dict["metadata"] = metadata
        elif "metadata" in _lazy:
            field_dict["metadata"] = _lazy["metadata"]
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
        if "terms_and_conditions" in _values:
            terms_and_conditions = self.terms_and_conditions
            if terms_and_conditions is not UNSET:
                field_dict["terms_and_conditions"] = terms_and_conditions
        if "viewed_by_recipient" in _values:
            viewed_by_recipient = self.viewed_by_recipient
            if viewed_by_recipient is not UNSET:
                field_dict["viewed_by_recipient"] = viewed_by_recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "currency_code" in d:
            _values["currency_code"] = d["currency_code"]
        _values["additional_data"] = d.get("additional_data", UNSET)
        _values["archived"] = d.get("archived", UNSET)
        _values["category_code"] = d.get("category_code", UNSET)
        _values["group_draft"] = d.get("group_draft", UNSET)
        if "invoice_date" in d:
            _values["invoice_date"] = d["invoice_date"]
        if "invoice_number" in d:
            _values["invoice_number"] = d["invoice_number"]
        _values["memo"] = d.get("memo", UNSET)
        _values["note"] = d.get("note", UNSET)
        _values["reference"] = d.get("reference", UNSET)
        _values["terms_and_conditions"] = d.get("terms_and_conditions", UNSET)
        _values["viewed_by_recipient"] = d.get("viewed_by_recipient", UNSET)

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
    def _dump_metadata(_value: Any) -> Any:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            metadata = _value.to_dict()
        return metadata

    @staticmethod
    def _dump_payment_term(_value: Any) -> Any:
        payment_term: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            payment_term = _value.to_dict()
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
    _FIELD_KEYS,
    ("attachments", "attachments", "file_reference.FileReference", True, UNSET),
    ("metadata", "metadata", "metadata.Metadata", False, UNSET),
    ("payment_term", "payment_term", "payment_term.PaymentTerm", False, UNSET),
)
