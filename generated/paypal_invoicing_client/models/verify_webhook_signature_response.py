from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_webhook_signature_response_verification_status import (
    VerifyWebhookSignatureResponseVerificationStatus,
)

T = TypeVar("T", bound="VerifyWebhookSignatureResponse")


@_attrs_define(slots=False)
class VerifyWebhookSignatureResponse:
    """The verify webhook signature response."""

    verification_status: VerifyWebhookSignatureResponseVerificationStatus
    """ The status of the signature verification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_status = self.verification_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verification_status": verification_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        verification_status = VerifyWebhookSignatureResponseVerificationStatus(
            d.pop("verification_status")
        )

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            verification_status=verification_status,
        )

        _obj.additional_properties = d
        return _obj

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
