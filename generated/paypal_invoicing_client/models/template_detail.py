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


T = TypeVar("T", bound="TemplateDetail")

_FIELD_KEYS = frozenset(
    {
        "currency_code",
        "attachments",
        "memo",
        "metadata",
        "note",
        "payment_term",
        "reference",
        "terms_and_conditions",
    }
)

_REQUIRED_FIELDS = {
    "currency_code": "currency_code",
}


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

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "currency_code",
                "attachments",
                "memo",
                "metadata",
                "note",
                "payment_term",
                "reference",
                "terms_and_conditions",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateDetail) or type(other) is not type(self):
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
        if "attachments" in _values:
            attachments = dumped(
                self._dump_attachments, self.attachments, _lazy.get("attachments")
            )
            if attachments is not UNSET:
                field_dict["attachments"] = attachments
        elif "attachments" in _lazy:
            field_dict["attachments"] = _lazy["attachments"]
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "currency_code" in d:
            _values["currency_code"] = d["currency_code"]
        _values["memo"] = d.get("memo", UNSET)
        _values["note"] = d.get("note", UNSET)
        _values["reference"] = d.get("reference", UNSET)
        _values["terms_and_conditions"] = d.get("terms_and_conditions", UNSET)

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
    TemplateDetail,
    _FIELD_KEYS,
    ("attachments", "attachments", "file_reference.FileReference", True, UNSET),
    ("metadata", "metadata", "metadata.Metadata", False, UNSET),
    ("payment_term", "payment_term", "payment_term.PaymentTerm", False, UNSET),
)
