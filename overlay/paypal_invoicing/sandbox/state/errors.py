"""PayPal's error bodies: :class:`ApiError` and the JSON shapes it renders to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

INFORMATION_LINK = "https://developer.paypal.com/docs/api/invoicing/v2/#errors"

# PayPal's standard name and message for each status.
_NAMES: dict[int, tuple[str, str]] = {
    400: (
        "INVALID_REQUEST",
        "Request is not well-formed, syntactically incorrect, or violates schema.",
    ),
    401: (
        "AUTHENTICATION_FAILURE",
        "Authentication failed due to missing authorization header, "
        "or invalid authentication credentials.",
    ),
    403: ("NOT_AUTHORIZED", "Authorization failed due to insufficient permissions."),
    404: ("RESOURCE_NOT_FOUND", "The specified resource does not exist."),
    405: ("METHOD_NOT_SUPPORTED", "The server does not implement the requested HTTP method."),
    409: (
        "RESOURCE_CONFLICT",
        "The server has detected a conflict while processing this request.",
    ),
    415: (
        "UNSUPPORTED_MEDIA_TYPE",
        "The server does not support the request payload's media type.",
    ),
    422: (
        "UNPROCESSABLE_ENTITY",
        "The requested action could not be performed, semantically incorrect, "
        "or failed business validation.",
    ),
    429: ("RATE_LIMIT_REACHED", "Too many requests. Blocked due to rate limiting."),
    500: ("INTERNAL_SERVER_ERROR", "An internal server error has occurred."),
    503: ("SERVICE_UNAVAILABLE", "Service Unavailable."),
}


def known_status(status: int) -> bool:
    """Whether ``status`` is an error status the sandbox can answer in PayPal's shape."""
    return status in _NAMES and status >= 400


def detail(
    issue: str,
    description: str,
    *,
    field: str | None = None,
    value: Any = None,
    location: str = "body",
) -> dict[str, str]:
    """One entry of an error body's ``details`` list."""
    entry: dict[str, str] = {}
    if field is not None:
        entry["field"] = field
    if value is not None:
        entry["value"] = value if isinstance(value, str) else str(value)[:100]
    entry["location"] = location
    entry["issue"] = issue
    entry["description"] = description
    return entry


@dataclass
class ApiError(Exception):
    """An error answer in PayPal's shape; raise it anywhere below a route handler."""

    status: int
    details: list[dict[str, str]] = field(default_factory=list)
    message: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """PayPal's error name for this status."""
        return _NAMES.get(self.status, ("UNKNOWN_ERROR", ""))[0]

    def body(self, debug_id: str) -> dict[str, Any]:
        """The JSON body PayPal sends for this error."""
        name, message = _NAMES.get(self.status, ("UNKNOWN_ERROR", "An error occurred."))
        out: dict[str, Any] = {
            "name": name,
            "message": self.message or message,
            "debug_id": debug_id,
            "information_link": INFORMATION_LINK,
        }
        if self.details:
            out["details"] = self.details
        out["links"] = [
            {"href": INFORMATION_LINK, "rel": "information_link", "method": "GET"},
        ]
        return out


def invalid(issue: str, description: str, field: str, value: Any = None) -> ApiError:
    """A 400 INVALID_REQUEST naming one field."""
    return ApiError(400, [detail(issue, description, field=field, value=value)])


def bad_query(name: str, description: str, value: Any = None) -> ApiError:
    """A 400 INVALID_REQUEST for a query parameter's value."""
    return ApiError(
        400,
        [detail("INVALID_PARAMETER_VALUE", description, field=name, value=value, location="query")],
    )


def unprocessable(
    issue: str, description: str, field: str | None = None, value: Any = None
) -> ApiError:
    """A 422 UNPROCESSABLE_ENTITY with one issue."""
    return ApiError(422, [detail(issue, description, field=field, value=value)])


def not_found(issue: str, description: str, field: str, value: str) -> ApiError:
    """A 404 RESOURCE_NOT_FOUND for a path parameter."""
    return ApiError(404, [detail(issue, description, field=field, value=value, location="path")])


@dataclass
class OAuthError(Exception):
    """An OAuth-shaped error (``error``, ``error_description``), as PayPal's token checks send."""

    status: int
    error: str
    description: str

    def body(self) -> dict[str, str]:
        """The JSON body."""
        return {"error": self.error, "error_description": self.description}
