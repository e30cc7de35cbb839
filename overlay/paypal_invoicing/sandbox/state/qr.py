"""QR codes as PayPal sends them: a PNG, base64 text, in a ``multipart/mixed`` body."""

from __future__ import annotations

import base64
import io

import png  # type: ignore[import-untyped]
import qrcode  # type: ignore[import-untyped]
import qrcode.constants  # type: ignore[import-untyped]

DEFAULT_SIZE = 500


def qr_png(data: str, width: int = DEFAULT_SIZE, height: int = DEFAULT_SIZE) -> bytes:
    """A black-on-white, 1-bit PNG of exactly ``width`` x ``height`` pixels encoding ``data``.

    The code (with its 4-module quiet zone) is scaled by a whole number of pixels per module and
    centred, so every module stays square and the image scans.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()  # includes the border
    modules = len(matrix)
    scale = max(1, min(width, height) // modules)
    side = modules * scale
    left = max(0, (width - side) // 2)
    top = max(0, (height - side) // 2)
    white_row = [1] * width
    rows: list[list[int]] = [white_row] * height
    for y in range(modules):
        row = [1] * width
        for x, dark in enumerate(matrix[y]):
            if dark:
                start = left + x * scale
                row[start : start + scale] = [0] * scale
        for dy in range(scale):
            if 0 <= top + y * scale + dy < height:
                rows[top + y * scale + dy] = row
    out = io.BytesIO()
    png.Writer(width, height, greyscale=True, bitdepth=1).write(out, rows)
    return out.getvalue()


def multipart(image: bytes, boundary: str) -> tuple[bytes, str]:
    """PayPal's QR answer: the body and its content type (``multipart/mixed; boundary=...``)."""
    text = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="image"\r\n'
        "Content-Type: application/octet-stream\r\n"
        "\r\n"
        f"{base64.b64encode(image).decode('ascii')}\r\n"
        f"--{boundary}--\r\n"
    )
    return text.encode("ascii"), f"multipart/mixed; boundary={boundary}"
