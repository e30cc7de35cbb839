from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import (
    dumped,
    enum_value,
    install_lazy_fields,
    source_dict,
)
from ..models.verify_webhook_signature_response_verification_status import (
    VerifyWebhookSignatureResponseVerificationStatus,
)
from ..types import missing_field, model_repr

T = TypeVar("T", bound="VerifyWebhookSignatureResponse")

_FIELD_KEYS = frozenset(
    {
        "verification_status",
    }
)

_REQUIRED_FIELDS = {
    "verification_status": "verification_status",
}


@_attrs_define(slots=False)
class VerifyWebhookSignatureResponse:
    """The verify webhook signature response."""

    verification_status: VerifyWebhookSignatureResponseVerificationStatus
    """ The status of the signature verification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(self, ("verification_status",))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VerifyWebhookSignatureResponse) or type(
            other
        ) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "verification_status" in _values:
            verification_status = dumped(
                self._dump_verification_status, self.verification_status
            )
            field_dict["verification_status"] = verification_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "verification_status" in d:
            _values["verification_status"] = enum_value(
                VerifyWebhookSignatureResponseVerificationStatus,
                d["verification_status"],
            )

        return _obj

    @staticmethod
    def _dump_verification_status(_value: Any) -> Any:
        verification_status = _value.value
        return verification_status

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
    VerifyWebhookSignatureResponse,
    _FIELD_KEYS,
)
