"""``qr_code_png``: the PNG of an invoice's QR code, decoded from PayPal's multipart answer."""

from __future__ import annotations

import base64
import binascii
import re
from typing import TYPE_CHECKING, Any

from ._errors import PayPalInvoicingError, raise_for_status

if TYPE_CHECKING:
    from paypal_invoicing_client.client import AuthenticatedClient

__all__ = ["PNG_SIGNATURE", "aqr_code_png", "decode_qr_multipart", "qr_code_png"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _decode_png(data: bytes) -> bytes:
    data = data.strip()
    if data.startswith(PNG_SIGNATURE):
        return data
    try:
        png = base64.b64decode(b"".join(data.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PayPalInvoicingError("the QR code image is neither PNG nor base64 PNG") from exc
    if not png.startswith(PNG_SIGNATURE):
        raise PayPalInvoicingError("the QR code image does not decode to a PNG")
    return png


def decode_qr_multipart(body: bytes | str, content_type: str | None = None) -> bytes:
    """The PNG bytes in a QR-code answer: a multipart body whose ``image`` part is base64 PNG
    (boundary from ``content_type`` or the body's first line), or a base64 PNG body."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    raw = body.encode("utf-8") if isinstance(body, str) else body
    header = content_type or ""
    if "boundary=" not in header.lower():
        found = re.match(rb"\s*--[ \t]*(\S+)", raw)  # the boundary, from the body's first line
        if found is None:
            return _decode_png(raw)
        header = f'multipart/mixed; boundary="{found[1].decode("ascii", "replace")}"'
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + header.encode("latin-1") + b"\r\n\r\n" + raw
    )
    if not message.is_multipart():
        return _decode_png(raw)
    parts = [part for part in message.iter_parts() if isinstance(part, EmailMessage)]
    # The part named "image", else the one image part, else the only part.
    named = [p for p in parts if p.get_param("name", header="content-disposition") == "image"]
    images = [p for p in parts if p.get_content_maintype() == "image"]
    chosen = named or images or (parts if len(parts) == 1 else [])
    if not chosen:
        raise PayPalInvoicingError("the QR code answer has no image part")
    payload = chosen[0].get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise PayPalInvoicingError("the QR code image part is empty")
    return _decode_png(payload)


def _call(width: int, height: int) -> tuple[Any, Any]:
    from paypal_invoicing_client.api.invoices import generate_invoice_qr_code
    from paypal_invoicing_client.models.qr_config import QrConfig

    return generate_invoice_qr_code, QrConfig(width=width, height=height)


def _png(response: Any) -> bytes:
    raise_for_status(response)
    return decode_qr_multipart(response.content, response.headers.get("content-type"))


def qr_code_png(
    invoice_id: str, *, client: AuthenticatedClient, width: int = 500, height: int = 500
) -> bytes:
    """The PNG image of the QR code of a sent invoice (``width`` x ``height`` pixels)."""
    operation, body = _call(width, height)
    return _png(operation.sync_detailed(invoice_id, client=client, body=body))


async def aqr_code_png(
    invoice_id: str, *, client: AuthenticatedClient, width: int = 500, height: int = 500
) -> bytes:
    """The async twin of :func:`qr_code_png`."""
    operation, body = _call(width, height)
    return _png(await operation.asyncio_detailed(invoice_id, client=client, body=body))
