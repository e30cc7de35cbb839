"""Fixtures for the webhook tests: one test PKI per session, a fetch that records its calls."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from paypal_invoicing.webhooks import WebhookVerifier
from tests.webhooks.pki import PKI, pem


@pytest.fixture(scope="session")
def pki() -> PKI:
    return PKI.build()


class RecordingFetch:
    """A ``fetch`` callable that answers from a dict and records every URL it is asked for."""

    def __init__(self, answers: dict[str, bytes] | None = None, default: bytes = b"") -> None:
        self.answers = answers or {}
        self.default = default
        self.calls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.calls.append(url)
        return self.answers.get(url, self.default)


@pytest.fixture
def fetch(pki: PKI) -> RecordingFetch:
    return RecordingFetch(default=pki.chain_pem)


@pytest.fixture
def make_verifier(pki: PKI) -> Callable[..., WebhookVerifier]:
    def make(fetch: Callable[[str], bytes], **kwargs: object) -> WebhookVerifier:
        kwargs.setdefault("trust_roots", pem(pki.root))
        return WebhookVerifier(fetch=fetch, **kwargs)  # type: ignore[arg-type]

    return make
