"""The exceptions of a :func:`paypal_invoicing.connect` client; none reaches a credential."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

# The root exception and the error body's parser live in the generated package (it imports none).
from paypal_invoicing_client.errors import ErrorBody, error_text
from paypal_invoicing_client.errors import PayPalInvoicingError as PayPalInvoicingError

from ._retry_after import parse_retry_after

if TYPE_CHECKING:
    from paypal_invoicing_client.types import Response


REDACTED = "[REDACTED]"
"""What the ``Authorization`` header of a request kept by an exception reads instead."""
_SECRET_HEADERS = ("authorization", "proxy-authorization")


def redact_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` (without a body not yet read) whose ``Authorization`` headers read
    :data:`REDACTED`."""
    headers = [
        (name, REDACTED if name.lower() in _SECRET_HEADERS else value)
        for name, value in request.headers.multi_items()
    ]
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    copy = httpx.Request(request.method, request.url, headers=headers, content=content)
    if not content and "content-length" not in request.headers:
        copy.headers.pop("content-length", None)
    return copy


def redact_response(response: httpx.Response) -> httpx.Response:
    """A read copy of ``response`` (whose body must have been read) with a redacted request."""
    try:
        request: httpx.Request | None = redact_request(response.request)
    except RuntimeError:  # a response built by hand has no request
        request = None
    kept = ("http_version", "reason_phrase")
    extensions = {key: value for key, value in response.extensions.items() if key in kept}
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=request,
        extensions=extensions,
    )


class ConfigurationError(PayPalInvoicingError, ValueError):
    """A bad argument, raised at once, naming it: missing credentials, an unknown environment,
    an unsafe or malformed base URL, a bad timeout, retry or paging value."""


class ClientClosedError(PayPalInvoicingError, RuntimeError):
    """A call on a client after its ``close()`` / ``aclose()`` or the end of its ``with`` block."""


class _Portable(PayPalInvoicingError):
    """Pickles and copies with its fields, without the live request or response it keeps."""

    #: True when it happened while getting the OAuth2 token: the request itself was never sent.
    during_token: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: None if k in ("request", "response") else v for k, v in vars(self).items()}
        return (_new, (type(self), *self.args), state)


def _new(cls: type[_Portable], *args: Any) -> _Portable:
    return cls.__new__(cls, *args)  # then the state, without calling __init__ again


class APIConnectionError(_Portable):
    """No HTTP answer could be had (connection refused or reset), even after the retries."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id
        #: The request that failed, with its ``Authorization`` header redacted.
        self.request = None if request is None else redact_request(request)


class APITimeoutError(APIConnectionError):
    """The request timed out on its last attempt (or waiting for the token took too long)."""


class PayPalError(_Portable):
    """PayPal answered with an error status (4xx or 5xx); the attributes follow its error body
    (``name``, ``message``, ``debug_id``, ``details``...) and ``retry_after`` its Retry-After."""

    def __init__(
        self,
        message: str | None = None,
        *,
        status_code: int,
        name: str | None = None,
        debug_id: str | None = None,
        details: list[dict[str, Any]] | None = None,
        information_link: str | None = None,
        links: list[dict[str, Any]] | None = None,
        headers: httpx.Headers | Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.request_id = request_id
        self.name = name
        self.message = message
        self.debug_id = debug_id
        self.details: list[dict[str, Any]] = list(details or [])
        self.information_link = information_link
        self.links: list[dict[str, Any]] = list(links or [])
        self.headers = httpx.Headers(headers or {})
        self.retry_after = parse_retry_after(self.headers.get("retry-after"))
        self.body = body
        #: A read copy of the response; its ``request``'s ``Authorization`` header is redacted.
        self.response = None if response is None else redact_response(response)
        super().__init__(self._describe())

    @property
    def issues(self) -> list[str]:
        """The stable ``issue`` codes of ``details`` (match on these, never on descriptions)."""
        return [str(d["issue"]) for d in self.details if d.get("issue")]

    def _describe(self) -> str:
        head = self.name or f"HTTP {self.status_code}"
        text = f"{head}: {self.message}" if self.message else head
        extras = [f"status {self.status_code}"]
        if self.debug_id:
            extras.append(f"debug_id {self.debug_id}")
        if self.retry_after is not None:
            extras.append(f"retry after {self.retry_after:g} s")
        keys = ("field", "issue", "description")
        parts = [": ".join(str(d[k]) for k in keys if d.get(k)) for d in self.details]
        found = "; ".join(part for part in parts if part)
        return f"{text} ({', '.join(extras)})" + (f" [{found}]" if found else "")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, name={self.name!r}, "
            f"message={self.message!r}, debug_id={self.debug_id!r}, issues={self.issues!r}, "
            f"request_id={self.request_id!r})"
        )


class ValidationError(PayPalError):
    """400: the request was malformed (see ``details``); base of the 422 error as well."""


class UnprocessableEntityError(ValidationError):
    """422: a business rule refused the request (e.g. ``INVALID_INVOICE_STATUS``,
    ``CANNOT_DELETE_SENT_INVOICE``; see ``issues``)."""


class AuthenticationError(PayPalError):
    """401: bad client credentials, or a token PayPal still refused after one refresh."""


class PermissionDeniedError(PayPalError):
    """403: the credentials lack the scope or permission for this operation."""


class NotFoundError(PayPalError):
    """404: the resource does not exist."""


class ConflictError(PayPalError):
    """409: the request conflicts with the resource's state."""


class RateLimitError(PayPalError):
    """429: too many requests, still refused after the retries, or asked to wait
    (``retry_after``) longer than the retry policy's ``max_retry_after``."""


class ServerError(PayPalError):
    """5xx: PayPal failed, still failing after the retries."""


_BY_STATUS: dict[int, type[PayPalError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# OAuth's names for credentials PayPal refuses (401 from PayPal, 400 from some gateways).
_BAD_CREDENTIALS = frozenset({"invalid_client", "unauthorized_client"})


def error_from_response(response: httpx.Response) -> PayPalError:
    """The :class:`PayPalError` subclass that fits a read error response."""
    fields = dataclasses.asdict(ErrorBody.parse(response.content, response.headers))
    body, message = fields.pop("data"), fields.pop("message")
    if not isinstance(body, dict):
        message = error_text(response.content) or response.reason_phrase or None
        if body is None:
            body = response.text.strip() or None
    try:
        request_id = response.request.headers.get("paypal-request-id")
    except RuntimeError:  # a response built by hand has no request
        request_id = None
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else PayPalError)
    if fields["name"] in _BAD_CREDENTIALS:  # bad credentials, even where a gateway answers 400
        cls = AuthenticationError
    return cls(
        message,
        status_code=status,
        headers=response.headers,
        body=body,
        response=response,
        request_id=request_id,
        **fields,  # name, debug_id, details, information_link, links
    )


def raise_for_status(response: httpx.Response | Response[Any]) -> None:
    """Raise the :class:`PayPalError` that fits ``response`` (a read httpx response or what a
    generated ``*_detailed`` call returns) if its status is 400 or more."""
    status = int(response.status_code)
    if status < 400:
        return
    if not isinstance(response, httpx.Response):
        response = httpx.Response(status, headers=response.headers, content=response.content)
    raise error_from_response(response)
