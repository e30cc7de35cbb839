from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import REQUIRED, dumped, install_lazy_fields, source_dict
from ..types import missing_field, model_repr

if TYPE_CHECKING:
    from ..models.webhook_event import WebhookEvent


T = TypeVar("T", bound="VerifyWebhookSignature")

_FIELD_KEYS = frozenset(
    {
        "auth_algo",
        "cert_url",
        "transmission_id",
        "transmission_sig",
        "transmission_time",
        "webhook_event",
        "webhook_id",
    }
)

_REQUIRED_FIELDS = {
    "auth_algo": "auth_algo",
    "cert_url": "cert_url",
    "transmission_id": "transmission_id",
    "transmission_sig": "transmission_sig",
    "transmission_time": "transmission_time",
    "webhook_event": "webhook_event",
    "webhook_id": "webhook_id",
}


@_attrs_define(slots=False)
class VerifyWebhookSignature:
    """A verify webhook signature request."""

    auth_algo: str
    """ The algorithm that PayPal uses to generate the signature and that you can use to verify the signature.
    Extract this value from the `PAYPAL-AUTH-ALGO` response header, which is received with the webhook notification.
    """
    cert_url: str
    """ The X.509 public key certificate. Download the certificate from this URL and use it to verify the signature.
    Extract this value from the `PAYPAL-CERT-URL` response header, which is received with the webhook notification.
    """
    transmission_id: str
    """ The ID of the HTTP transmission. Contained in the `PAYPAL-TRANSMISSION-ID` header of the notification
    message. """
    transmission_sig: str
    """ The PayPal-generated asymmetric signature. Appears in the `PAYPAL-TRANSMISSION-SIG` header of the
    notification message. """
    transmission_time: str
    """ The date and time of the HTTP transmission, in [Internet date and time
    format](https://tools.ietf.org/html/rfc3339#section-5.6). Appears in the `PAYPAL-TRANSMISSION-TIME` header of
    the notification message. """
    webhook_event: WebhookEvent
    """ A webhook event notification. """
    webhook_id: str
    """ The ID of the webhook as configured in your Developer Portal account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            raise missing_field(self, name, _REQUIRED_FIELDS)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "auth_algo",
                "cert_url",
                "transmission_id",
                "transmission_sig",
                "transmission_time",
                "webhook_event",
                "webhook_id",
            ),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VerifyWebhookSignature) or type(other) is not type(
            self
        ):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, Any]:
        _values = self.__dict__
        _lazy: Mapping[str, Any] = _values.get("_source") or {}
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "auth_algo" in _values:
            auth_algo = self.auth_algo
            field_dict["auth_algo"] = auth_algo
        if "cert_url" in _values:
            cert_url = self.cert_url
            field_dict["cert_url"] = cert_url
        if "transmission_id" in _values:
            transmission_id = self.transmission_id
            field_dict["transmission_id"] = transmission_id
        if "transmission_sig" in _values:
            transmission_sig = self.transmission_sig
            field_dict["transmission_sig"] = transmission_sig
        if "transmission_time" in _values:
            transmission_time = self.transmission_time
            field_dict["transmission_time"] = transmission_time
        if "webhook_event" in _values:
            webhook_event = dumped(
                self._dump_webhook_event, self.webhook_event, _lazy.get("webhook_event")
            )
            field_dict["webhook_event"] = webhook_event
        elif "webhook_event" in _lazy:
            field_dict["webhook_event"] = _lazy["webhook_event"]
        if "webhook_id" in _values:
            webhook_id = self.webhook_id
            field_dict["webhook_id"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else source_dict(src_dict)
        _obj = cls.__new__(cls)
        _values = _obj.__dict__
        _values["_source"] = d
        if "auth_algo" in d:
            _values["auth_algo"] = d["auth_algo"]
        if "cert_url" in d:
            _values["cert_url"] = d["cert_url"]
        if "transmission_id" in d:
            _values["transmission_id"] = d["transmission_id"]
        if "transmission_sig" in d:
            _values["transmission_sig"] = d["transmission_sig"]
        if "transmission_time" in d:
            _values["transmission_time"] = d["transmission_time"]
        if "webhook_id" in d:
            _values["webhook_id"] = d["webhook_id"]

        return _obj

    @staticmethod
    def _dump_webhook_event(_value: Any) -> Any:
        webhook_event = _value.to_dict()
        return webhook_event

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
    VerifyWebhookSignature,
    _FIELD_KEYS,
    ("webhook_event", "webhook_event", "webhook_event.WebhookEvent", False, REQUIRED),
)
