"""qr.py: the PNG out of PayPal's multipart QR-code answer."""

from __future__ import annotations

import base64
import struct
import zlib
from typing import Any

import pytest

from paypal_invoicing import NotFoundError, PayPalInvoicingError, aqr_code_png, qr_code_png
from paypal_invoicing.qr import PNG_SIGNATURE, decode_qr_multipart
from tests.overlay.scripted_server import Recorded, Reply, ScriptedServer

BOUNDARY = "95dbdbed-7536-4c24-b5ca-bcdbc0006612"
QR_PATH = "/v2/invoicing/invoices/INV2-Z56S-5LLA-Q52L-CPZ5/generate-qr-code"


def _png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _multipart(png: bytes, *, wrap: bool = False) -> bytes:
    text = base64.b64encode(png).decode()
    if wrap:
        text = "\r\n".join(text[i : i + 76] for i in range(0, len(text), 76))
    return (
        f"--{BOUNDARY}\r\n"
        'Content-Disposition: form-data; name="image"\r\n'
        "Content-Type: application/octet-stream\r\n"
        "\r\n"
        f"{text}\r\n"
        f"--{BOUNDARY}--\r\n"
    ).encode()


def test_decodes_the_image_part_with_the_header_boundary() -> None:
    png = _png()
    got = decode_qr_multipart(_multipart(png), f'multipart/mixed; boundary="{BOUNDARY}"')
    assert got == png


def test_boundary_is_found_in_the_body_when_the_header_has_none() -> None:
    png = _png(5, 3)
    assert decode_qr_multipart(_multipart(png, wrap=True).decode(), "text/plain") == png


def test_picks_the_image_part_among_several() -> None:
    png = _png()
    body = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="meta"\r\n'
        'Content-Type: application/json\r\n\r\n{"w": 2}\r\n'
    ).encode() + _multipart(png)
    assert decode_qr_multipart(body, f"multipart/mixed; boundary={BOUNDARY}") == png


def test_bare_base64_png_is_accepted() -> None:
    png = _png()
    assert decode_qr_multipart(base64.b64encode(png)) == png


def test_garbage_is_an_error() -> None:
    with pytest.raises(PayPalInvoicingError):
        decode_qr_multipart(b"not a qr code at all")


def _qr_route(png: bytes, seen: list[Recorded]) -> Any:
    def handler(rec: Recorded) -> Reply:
        seen.append(rec)
        return Reply(
            200,
            _multipart(png),
            {"Content-Type": f"multipart/mixed; boundary={BOUNDARY}"},
        )

    return handler


def test_qr_code_png_through_the_generated_endpoint(
    server: ScriptedServer, make_client: Any
) -> None:
    png = _png(7, 7)
    seen: list[Recorded] = []
    server.route("POST", QR_PATH, _qr_route(png, seen))
    client = make_client()
    got = qr_code_png("INV2-Z56S-5LLA-Q52L-CPZ5", client=client, width=300, height=200)
    assert got == png
    assert seen[0].json() == {"action": "pay", "width": 300, "height": 200}
    assert "paypal-request-id" in seen[0].headers


@pytest.mark.asyncio
async def test_aqr_code_png(server: ScriptedServer, aclient_factory: Any) -> None:
    png = _png(4, 4)
    seen: list[Recorded] = []
    server.route("POST", QR_PATH, _qr_route(png, seen))
    client = aclient_factory()
    assert await aqr_code_png("INV2-Z56S-5LLA-Q52L-CPZ5", client=client) == png
    assert seen[0].json()["width"] == 500


def test_qr_code_of_a_missing_invoice(server: ScriptedServer, make_client: Any) -> None:
    client = make_client()
    with pytest.raises(NotFoundError):
        qr_code_png("INV2-NOPE", client=client)
