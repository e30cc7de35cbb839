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


T = TypeVar("T", bound="TemplateDetail")


@_attrs_define(slots=False)
class TemplateDetail:
    """The header fields a template presets."""

    currency_code: str
    """ Three-letter ISO 4217 currency code. """
    attachments: list[FileReference] | Unset = UNSET
    memo: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Audit data PayPal keeps about an invoice or template. """
    note: str | Unset = UNSET
    payment_term: PaymentTerm | Unset = UNSET
    """ When the invoice is due. """
    reference: str | Unset = UNSET
    terms_and_conditions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_code = self.currency_code

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_code": currency_code,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        currency_code = d.pop("currency_code")

        if "attachments" in d:
            lazy["attachments"] = d.pop("attachments")

        memo = d.pop("memo", UNSET)

        if "metadata" in d:
            lazy["metadata"] = d.pop("metadata")

        note = d.pop("note", UNSET)

        if "payment_term" in d:
            lazy["payment_term"] = d.pop("payment_term")

        reference = d.pop("reference", UNSET)

        terms_and_conditions = d.pop("terms_and_conditions", UNSET)

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            currency_code=currency_code,
            memo=memo,
            note=note,
            reference=reference,
            terms_and_conditions=terms_and_conditions,
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
    TemplateDetail,
    "attachments",
    "metadata",
    "payment_term",
)
