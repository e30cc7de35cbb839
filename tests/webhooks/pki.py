"""A test PKI built with ``cryptography``: a root CA, an intermediate and PayPal-like leaves,
plus a signer that makes deliveries the way PayPal does."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

NOW = dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.UTC)
WEBHOOK_ID = "1JE4291016473214C"
CERT_URL = "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-test"
PAYPAL_CN = "messageverificationcerts.sandbox.paypal.com"
CA_FROM = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
CA_UNTIL = dt.datetime(2099, 12, 31, tzinfo=dt.UTC)


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str, organization: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def issue(
    subject: x509.Name,
    key: rsa.RSAPrivateKey,
    issuer: x509.Name,
    issuer_key: rsa.RSAPrivateKey,
    *,
    ca: bool,
    not_before: dt.datetime = NOW - dt.timedelta(days=30),
    not_after: dt.datetime = NOW + dt.timedelta(days=365),
) -> x509.Certificate:
    """A certificate with the extensions a Web PKI chain validator expects."""
    usage = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    usage.update({"key_cert_sign": ca, "crl_sign": ca, "digital_signature": not ca})
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(**usage), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
        .sign(issuer_key, hashes.SHA256())
    )


def pem(*certificates: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)


@dataclass
class PKI:
    """Root -> intermediate -> leaf (CN = PayPal's message verification host)."""

    root_key: rsa.RSAPrivateKey
    root: x509.Certificate
    intermediate_key: rsa.RSAPrivateKey
    intermediate: x509.Certificate
    leaf_key: rsa.RSAPrivateKey
    leaf: x509.Certificate

    @classmethod
    def build(cls) -> PKI:
        root_key, intermediate_key, leaf_key = new_key(), new_key(), new_key()
        root_name = _name("Test Root CA", "Test Trust Services")
        intermediate_name = _name("Test Issuing CA", "Test Trust Services")
        # The CAs outlive every test date; leaves carry the validity a test is about.
        ca_life = {"not_before": CA_FROM, "not_after": CA_UNTIL}
        root = issue(root_name, root_key, root_name, root_key, ca=True, **ca_life)
        intermediate = issue(
            intermediate_name, intermediate_key, root_name, root_key, ca=True, **ca_life
        )
        leaf = issue(
            _name(PAYPAL_CN, "PayPal, Inc."),
            leaf_key,
            intermediate_name,
            intermediate_key,
            ca=False,
        )
        return cls(root_key, root, intermediate_key, intermediate, leaf_key, leaf)

    def leaf_with(
        self,
        *,
        common_name: str = PAYPAL_CN,
        key: rsa.RSAPrivateKey | None = None,
        not_before: dt.datetime = NOW - dt.timedelta(days=30),
        not_after: dt.datetime = NOW + dt.timedelta(days=365),
    ) -> x509.Certificate:
        """Another leaf from the same intermediate."""
        return issue(
            _name(common_name, "PayPal, Inc."),
            key or self.leaf_key,
            self.intermediate.subject,
            self.intermediate_key,
            ca=False,
            not_before=not_before,
            not_after=not_after,
        )

    @property
    def chain_pem(self) -> bytes:
        """What PayPal's cert URL answers: the leaf, then the intermediate."""
        return pem(self.leaf, self.intermediate)


def sign(
    payload: bytes,
    key: rsa.RSAPrivateKey,
    *,
    webhook_id: str = WEBHOOK_ID,
    transmission_id: str | None = None,
    transmission_time: str = "2026-03-05T08:59:58Z",
    cert_url: str = CERT_URL,
    crc: int | None = None,
) -> dict[str, str]:
    """PayPal's headers for ``payload``: the signature over id|time|webhook id|crc32."""
    transmission_id = transmission_id or str(uuid.uuid4())
    checksum = zlib.crc32(payload) if crc is None else crc
    message = f"{transmission_id}|{transmission_time}|{webhook_id}|{checksum}".encode()
    signature = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    return {
        "PAYPAL-TRANSMISSION-ID": transmission_id,
        "PAYPAL-TRANSMISSION-TIME": transmission_time,
        "PAYPAL-TRANSMISSION-SIG": base64.b64encode(signature).decode(),
        "PAYPAL-AUTH-ALGO": "SHA256withRSA",
        "PAYPAL-CERT-URL": cert_url,
    }


def v2_invoice(
    invoice_id: str = "INV2-W44B-KRGF-JM6R-26VK", status: str = "PAID"
) -> dict[str, Any]:
    return {
        "id": invoice_id,
        "status": status,
        "detail": {
            "invoice_number": "0042",
            "currency_code": "USD",
            "invoice_date": "2026-03-04",
            "payment_term": {"term_type": "NET_10", "due_date": "2026-03-14"},
            "metadata": {"create_time": "2026-03-04T10:00:00Z"},
        },
        "invoicer": {"email_address": "merchant@example.com"},
        "amount": {"currency_code": "USD", "value": "10.50"},
        "payments": {
            "paid_amount": {"currency_code": "USD", "value": "10.50"},
            "transactions": [
                {
                    "payment_id": "5TU55319X1234567A",
                    "payment_date": "2026-03-05",
                    "method": "PAYPAL",
                    "amount": {"currency_code": "USD", "value": "10.50"},
                }
            ],
        },
    }


def v1_invoice(invoice_id: str = "INV2-8RBC-5EHH-FQZL-C7NP") -> dict[str, Any]:
    return {
        "id": invoice_id,
        "number": "0017",
        "status": "PAID",
        "merchant_info": {"email": "merchant@example.com", "business_name": "Example Shop"},
        "billing_info": [{"email": "buyer@example.com"}],
        "items": [
            {"name": "Widget", "quantity": 1.0, "unit_price": {"currency": "USD", "value": "10.50"}}
        ],
        "invoice_date": "2026-03-04 PST",
        "total_amount": {"currency": "USD", "value": "10.50"},
    }


def event(
    event_type: str = "INVOICING.INVOICE.PAID",
    *,
    resource: dict[str, Any] | None = None,
    resource_version: str | None = "2.0",
    event_id: str = "WH-2WR32451HC0233532-67976317FL4543714",
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": event_id,
        "event_version": "1.0",
        "create_time": "2026-03-05T08:59:57.000Z",
        "resource_type": "invoices",
        "event_type": event_type,
        "summary": "An invoice was paid",
        "resource": {"invoice": v2_invoice()} if resource is None else resource,
        "links": [
            {
                "href": f"https://api.sandbox.paypal.com/v1/notifications/webhooks-events/{event_id}",
                "rel": "self",
                "method": "GET",
            }
        ],
    }
    if resource_version is not None:
        data["resource_version"] = resource_version
    return data


def raw(data: dict[str, Any]) -> bytes:
    """The body as PayPal sends it: compact JSON, in PayPal's key order."""
    return json.dumps(data, separators=(",", ":")).encode()
