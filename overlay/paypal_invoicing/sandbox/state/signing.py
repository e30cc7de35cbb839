"""The sandbox's webhook signing key and its certificate chain (a sandbox root and a leaf).

Made with ``cryptography`` on first use and kept for the life of the process, so every sandbox
of a test session signs with the same key. Nothing here is PayPal's: the leaf's common name is
:data:`SIGNING_SUBJECT`, and a verifier trusts it only when given :func:`root_pem`.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

SIGNING_SUBJECT = "webhooks.paypal-invoicing-sandbox.test"
"""The common name of the sandbox's signing certificate (what a verifier must accept)."""
CERT_ID = "CERT-paypal-invoicing-sandbox"
"""The last segment of the sandbox's certificate URL (``/v1/notifications/certs/CERT-...``)."""
_LIFE = dt.timedelta(days=3650)


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "paypal-invoicing sandbox"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _certificate(
    subject: x509.Name,
    key: rsa.RSAPrivateKey,
    issuer: x509.Name,
    issuer_key: rsa.RSAPrivateKey,
    *,
    ca: bool,
    start: dt.datetime,
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + _LIFE)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
        .sign(issuer_key, hashes.SHA256())
    )


@dataclass(frozen=True)
class SigningKey:
    """The leaf's private key, the leaf and the root that issued it."""

    key: rsa.RSAPrivateKey
    leaf: x509.Certificate
    root: x509.Certificate

    def sign(self, message: bytes) -> str:
        """The base64 SHA256withRSA signature of ``message``."""
        signature = self.key.sign(message, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(signature).decode("ascii")

    def verifies(self, message: bytes, signature: str) -> bool:
        """Whether ``signature`` (base64) is this key's signature of ``message``."""
        try:
            raw = base64.b64decode(signature, validate=True)
            self.key.public_key().verify(raw, message, padding.PKCS1v15(), hashes.SHA256())
        except Exception:  # binascii.Error, InvalidSignature
            return False
        return True

    @property
    def chain_pem(self) -> bytes:
        """Leaf then root, PEM: what the certificate URL serves."""
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (self.leaf, self.root))

    @property
    def root_pem(self) -> bytes:
        """The sandbox root, PEM: the trust anchor a verifier needs."""
        return self.root.public_bytes(serialization.Encoding.PEM)


@cache
def signing_key() -> SigningKey:
    """The process's sandbox signing key and chain (made once)."""
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = _name("paypal-invoicing sandbox root")
    root = _certificate(root_name, root_key, root_name, root_key, ca=True, start=start)
    leaf = _certificate(
        _name(SIGNING_SUBJECT), leaf_key, root_name, root_key, ca=False, start=start
    )
    return SigningKey(leaf_key, leaf, root)


def root_pem() -> bytes:
    """The sandbox's root certificate (PEM), to pass as a verifier's ``trust_roots``."""
    return signing_key().root_pem
