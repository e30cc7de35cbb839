from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import install_lazy_fields

if TYPE_CHECKING:
    from ..models.webhook_event import WebhookEvent


T = TypeVar("T", bound="VerifyWebhookSignature")


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

    def to_dict(self) -> dict[str, Any]:
        auth_algo = self.auth_algo

        cert_url = self.cert_url

        transmission_id = self.transmission_id

        transmission_sig = self.transmission_sig

        transmission_time = self.transmission_time

        webhook_event = self.webhook_event.to_dict()

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_algo": auth_algo,
                "cert_url": cert_url,
                "transmission_id": transmission_id,
                "transmission_sig": transmission_sig,
                "transmission_time": transmission_time,
                "webhook_event": webhook_event,
                "webhook_id": webhook_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lazy: dict[str, Any] = {}
        auth_algo = d.pop("auth_algo")

        cert_url = d.pop("cert_url")

        transmission_id = d.pop("transmission_id")

        transmission_sig = d.pop("transmission_sig")

        transmission_time = d.pop("transmission_time")

        lazy["webhook_event"] = d.pop("webhook_event")

        webhook_id = d.pop("webhook_id")

        _obj = cls.__new__(cls)
        _obj.__dict__.update(
            auth_algo=auth_algo,
            cert_url=cert_url,
            transmission_id=transmission_id,
            transmission_sig=transmission_sig,
            transmission_time=transmission_time,
            webhook_id=webhook_id,
            _lazy_fields=lazy,
        )

        _obj.additional_properties = d
        return _obj

    @staticmethod
    def _load_webhook_event(source: Any) -> WebhookEvent:
        from ..models.webhook_event import WebhookEvent

        webhook_event = WebhookEvent.from_dict(source)

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
    "webhook_event",
)
