"""The QR code: a real PNG in PayPal's multipart shape, that scans to the payer URL."""

from __future__ import annotations

import base64
import re

import httpx
import png
import pytest
import zxingcpp

from .helpers import create, simple_invoice

INV = "/v2/invoicing/invoices"


def decode_png(data: bytes) -> tuple[int, int, list[str]]:
    """Width, height and the texts zxing-cpp reads in a PNG (decoded with pypng)."""
    width, height, rows, _info = png.Reader(bytes=data).asDirect()
    pixels = bytearray()
    for row in rows:
        # asDirect gives greyscale samples at the PNG's bit depth; scale to 8-bit luminance
        pixels.extend(255 if sample else 0 for sample in row)
    view = memoryview(bytes(pixels)).cast("B", (height, width))
    return width, height, [barcode.text for barcode in zxingcpp.read_barcodes(view)]


def split_multipart(response: httpx.Response) -> tuple[dict[str, str], str]:
    content_type = response.headers["content-type"]
    assert content_type.startswith("multipart/mixed; boundary=")
    boundary = content_type.split("boundary=", 1)[1]
    text = response.text
    assert text.startswith(f"--{boundary}\r\n")
    assert text.rstrip().endswith(f"--{boundary}--")
    part = text.split(f"--{boundary}")[1]
    head, _, body = part.strip("\r\n").partition("\r\n\r\n")
    headers = dict(line.split(": ", 1) for line in head.split("\r\n"))
    return headers, body.strip()


@pytest.mark.parametrize(("width", "height"), [(150, 150), (400, 400), (500, 300)])
def test_qr_png_scans_to_payer_url(api: httpx.Client, width: int, height: int) -> None:
    inv = create(api, simple_invoice())
    api.post(f"{INV}/{inv['id']}/send")
    response = api.post(
        f"{INV}/{inv['id']}/generate-qr-code", json={"width": width, "height": height}
    )
    assert response.status_code == 200
    headers, body = split_multipart(response)
    assert headers["Content-Disposition"] == 'form-data; name="image"'
    assert headers["Content-Type"] == "application/octet-stream"
    image = base64.b64decode(body, validate=True)
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
    got_width, got_height, texts = decode_png(image)
    assert (got_width, got_height) == (width, height)
    url = inv["detail"]["metadata"]["recipient_view_url"]
    assert re.fullmatch(r"https://www\.sandbox\.paypal\.com/invoice/p/#[A-Z0-9]{16}", url)
    assert texts == [url]


def test_qr_default_size_is_500(api: httpx.Client) -> None:
    inv = create(api, simple_invoice())
    api.post(f"{INV}/{inv['id']}/send")
    _, body = split_multipart(api.post(f"{INV}/{inv['id']}/generate-qr-code"))
    width, height, _ = decode_png(base64.b64decode(body))
    assert (width, height) == (500, 500)


@pytest.mark.parametrize("size", [149, 501, 0, -1])
def test_qr_size_outside_150_500_is_refused(api: httpx.Client, size: int) -> None:
    inv = create(api, simple_invoice())
    api.post(f"{INV}/{inv['id']}/send")
    response = api.post(f"{INV}/{inv['id']}/generate-qr-code", json={"width": size})
    assert response.status_code == 400
    assert response.json()["details"][0]["field"] == "/width"
