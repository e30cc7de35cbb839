"""The exceptions of the generated client.

:class:`PayPalInvoicingError` is the root of every exception raised on purpose, here and in
``paypal_invoicing`` (whose ``PayPalInvoicingError`` is this very class), so one
``except PayPalInvoicingError`` catches both. None of them holds a request or a credential: an
error answer keeps only its status, headers and body.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class PayPalInvoicingError(Exception):
    """Base class of every exception this package and ``paypal_invoicing`` raise on purpose."""

    #: The ``PayPal-Request-Id`` the failed call was sent with (None if it had none). Calling
    #: the same operation again with ``pay_pal_request_id=`` set to it cannot act twice.
    request_id: str | None = None


class MissingFieldError(PayPalInvoicingError, AttributeError):
    """A field every answer has (required, or x-paypal-always-sent) was read on a model loaded
    from an answer that left it out.

    Loading never fails on a missing field; reading it does, with this error, which names the
    model (``model``), the Python attribute (``field``) and the JSON key (``key``). It is an
    ``AttributeError`` too, so ``getattr(model, name, default)`` and ``hasattr`` work.
    """

    def __init__(self, model: str, field: str, key: str | None = None) -> None:
        self.model = model
        self.field = field
        self.key = key or field
        super().__init__(
            f"{model}.{field}: the answer has no {self.key!r} field, which the spec says PayPal"
            " always sends (required, or x-paypal-always-sent)"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.model, self.field, self.key))


class InvalidFieldError(PayPalInvoicingError, TypeError, ValueError):
    """A value given to a model when building a request cannot be sent; names the field."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.problem))


_MAX_TEXT = 500


@dataclass(frozen=True)
class ErrorBody:
    """PayPal's error body, read tolerantly: its usual shape (``name``, ``message``,
    ``debug_id``, ``details``, ``information_link``, ``links``), OAuth's (``error``,
    ``error_description``), or anything else. ``data`` is the JSON body (``None`` when the body
    is empty or not JSON); the other fields are read only from a JSON object. ``debug_id``
    falls back on the ``PayPal-Debug-Id`` header. The one parser of error bodies: this module's
    :class:`UnexpectedStatus` and ``paypal_invoicing``'s ``PayPalError`` both use it.
    """

    data: Any
    name: str | None = None
    message: str | None = None
    debug_id: str | None = None
    details: list[dict[str, Any]] = field(default_factory=list)
    information_link: str | None = None
    links: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def parse(cls, content: bytes, headers: Mapping[str, str] | None = None) -> "ErrorBody":
        """Read ``content`` (the raw body) and ``headers`` (names in any case)."""
        header_debug_id = next(
            (v for k, v in (headers or {}).items() if k.lower() == "paypal-debug-id"), None
        )
        try:
            data = json.loads(content) if content else None
        except ValueError:  # UnicodeDecodeError included
            data = None
        if not isinstance(data, dict):
            return cls(data, debug_id=header_debug_id)
        return cls(
            data,
            name=_text(data.get("name") or data.get("error")),
            message=_text(data.get("message") or data.get("error_description")),
            debug_id=_text(data.get("debug_id")) or header_debug_id,
            details=_dicts(data.get("details")),
            information_link=_text(data.get("information_link")),
            links=_dicts(data.get("links")),
        )


def error_text(content: bytes) -> str | None:
    """A body that is not a JSON object, as text of at most 500 characters (None if empty)."""
    text = content.decode(errors="replace").strip()
    return (text[:_MAX_TEXT] + "...") if len(text) > _MAX_TEXT else (text or None)


class UnexpectedStatus(PayPalInvoicingError):
    """An answer the operation cannot return as its result.

    ``sync()`` / ``asyncio()`` raise it for an error status (4xx, 5xx) and for a success status
    whose body is not what the operation returns; ``sync_detailed()`` raises it for an
    undeclared status only when ``Client.raise_on_unexpected_status`` is set. Attributes:
    ``status_code``, ``content`` (the raw body), ``headers`` (the answer's), ``body`` (the JSON
    body, or ``None``), and from PayPal's error body ``name``, ``message`` and ``debug_id``;
    ``request_id`` is the ``PayPal-Request-Id`` the call was sent with (calling the operation
    again with it cannot act twice), or ``None``.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.request_id = request_id
        self.content = content
        self.headers: dict[str, str] = dict(headers or {})
        parsed = ErrorBody.parse(content, self.headers)
        self.body: Any = parsed.data
        self.name = parsed.name
        self.message = parsed.message
        self.debug_id = parsed.debug_id
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"HTTP {self.status_code}"
        if self.name:
            text += f" {self.name}"
        if self.message:
            text += f": {self.message}"
        elif self.body is None and self.content:
            text += f": {error_text(self.content)}"
        if self.debug_id:
            text += f" (debug_id {self.debug_id})"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status_code, self.content, self.headers, self.request_id))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


__all__ = [
    "ErrorBody",
    "InvalidFieldError",
    "MissingFieldError",
    "PayPalInvoicingError",
    "UnexpectedStatus",
    "error_text",
]
