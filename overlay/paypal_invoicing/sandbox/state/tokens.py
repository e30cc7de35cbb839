"""OAuth 2.0 client credentials: issuing access tokens and checking bearer tokens."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import secrets
import threading
import time
from typing import Any

from .errors import ApiError, OAuthError

DEFAULT_LIFETIME = 32400
APP_ID = "APP-80W284485P519543T"
SCOPES = " ".join(
    [
        "https://uri.paypal.com/services/invoicing",
        "https://uri.paypal.com/services/invoicing/invoices/read",
        "https://uri.paypal.com/services/invoicing/invoices/readwrite",
    ]
)


class TokenAuthority:
    """Issues bearer tokens for one client (or any client) and checks them.

    ``client_id``/``client_secret`` of ``None`` accept any non-empty credentials.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        lifetime: int = DEFAULT_LIFETIME,
    ) -> None:
        if isinstance(lifetime, bool) or not isinstance(lifetime, int) or lifetime < 0:
            raise ValueError(f"token_lifetime must be an integer >= 0 seconds, got {lifetime!r}")
        self.client_id = client_id
        self.client_secret = client_secret
        self.lifetime = lifetime
        self.admin_token = "SANDBOX-ADMIN-" + secrets.token_urlsafe(24)
        self.token_requests = 0
        self.tokens_issued = 0
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()

    def issue(self, authorization: str | None, form: dict[str, str]) -> dict[str, Any]:
        """Answer a token request (``Basic`` credentials, ``grant_type=client_credentials``)."""
        with self._lock:
            self.token_requests += 1
        client_id, secret = _basic(authorization)
        if (
            not client_id
            or not secret
            or (self.client_id is not None and client_id != self.client_id)
            or (self.client_secret is not None and secret != self.client_secret)
        ):
            raise OAuthError(401, "invalid_client", "Client Authentication failed")
        grant = form.get("grant_type")
        if not grant:
            raise OAuthError(400, "unsupported_grant_type", "Grant Type is NULL")
        if grant != "client_credentials":
            raise OAuthError(400, "unsupported_grant_type", f"Grant Type {grant} is not supported")
        token = "A21AA" + secrets.token_urlsafe(60)
        with self._lock:
            self._tokens[token] = time.monotonic() + self.lifetime
            self.tokens_issued += 1
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {
            "scope": SCOPES,
            "access_token": token,
            "token_type": "Bearer",
            "app_id": APP_ID,
            "expires_in": self.lifetime,
            "nonce": now + secrets.token_urlsafe(32),
        }

    def check(self, authorization: str | None) -> None:
        """Raise PayPal's 401 unless ``authorization`` carries a live bearer token."""
        if not authorization:
            raise ApiError(
                401,
                message="Authentication failed due to invalid authentication credentials "
                "or a missing Authorization header.",
            )
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise OAuthError(401, "invalid_token", "Token signature verification failed")
        with self._lock:
            expiry = self._tokens.get(token.strip())
        if expiry is None:
            raise OAuthError(401, "invalid_token", "Token signature verification failed")
        if time.monotonic() >= expiry:
            raise OAuthError(401, "invalid_token", "Access Token not found in cache")

    @property
    def closed(self) -> bool:
        """Whether credentials are configured (then the admin routes need them too)."""
        return self.client_id is not None

    def check_admin(self, authorization: str | None) -> None:
        """Raise a 401 unless the admin routes are open or ``authorization`` carries the
        configured client credentials (Basic), the admin token or a live access token."""
        if not self.closed:
            return
        scheme, _, value = (authorization or "").partition(" ")
        if scheme.lower() == "basic":
            client_id, secret = _basic(authorization)
            if client_id == self.client_id and secret == self.client_secret:
                return
        elif scheme.lower() == "bearer" and secrets.compare_digest(
            value.strip().encode(), self.admin_token.encode()
        ):
            return
        try:
            self.check(authorization)
        except OAuthError:
            raise ApiError(
                401,
                message="The admin routes need the sandbox's client credentials, "
                "its admin token or an access token.",
            ) from None

    def reset(self) -> None:
        """Forget every token and zero the counters."""
        with self._lock:
            self._tokens.clear()
            self.token_requests = 0
            self.tokens_issued = 0

    def expire_all(self) -> None:
        """Make every token issued so far expired (clients must fetch a new one)."""
        with self._lock:
            for token in self._tokens:
                self._tokens[token] = 0.0

    def revoke_all(self) -> None:
        """Forget every token issued so far."""
        with self._lock:
            self._tokens.clear()

    def issue_direct(self) -> str:
        """A valid token without a token request (for tools such as schemathesis)."""
        token = "A21AA" + secrets.token_urlsafe(60)
        with self._lock:
            self._tokens[token] = time.monotonic() + self.lifetime
            self.tokens_issued += 1
        return token


def _basic(authorization: str | None) -> tuple[str, str]:
    if not authorization:
        return "", ""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "basic":
        return "", ""
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return "", ""
    client_id, _, secret = decoded.partition(":")
    return client_id, secret
