"""No cassette holds a credential; the recorder scrubs them and refuses to write one that leaks."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from vcr.request import Request as VcrRequest

from tests.contract.recording import (
    CASSETTES,
    EMBEDDED_ORIGIN,
    REDACTED,
    TEST_CLIENT_ID,
    TEST_CLIENT_SECRET,
    CredentialLeakError,
    cassette_files,
    find_leaks,
    known_values,
    make_vcr,
    scrub_request,
    scrub_response,
)


def _known() -> set[str]:
    known = known_values(TEST_CLIENT_ID, TEST_CLIENT_SECRET)
    client_id = os.environ.get("PAYPAL_CLIENT_ID")
    client_secret = os.environ.get("PAYPAL_CLIENT_SECRET")
    if client_id and client_secret:  # a developer's own credentials, when set
        known |= known_values(client_id, client_secret)
    return known


@pytest.mark.parametrize(
    "path", cassette_files(), ids=lambda p: p.relative_to(CASSETTES).as_posix()
)
def test_cassette_holds_no_credential(path: Path) -> None:
    text = path.read_text()
    assert find_leaks(text, _known()) == []
    data = json.loads(text)
    for interaction in data["interactions"]:
        for name, values in interaction["request"]["headers"].items():
            if name.lower() == "authorization":
                assert values in ([f"Bearer {REDACTED}"], [f"Basic {REDACTED}"])
        body = interaction["response"]["body"]
        if isinstance(body.get("json"), dict) and "access_token" in body["json"]:
            assert body["json"]["access_token"] == REDACTED


# -- the scan finds what it should ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        '"authorization": ["Bearer A21AAFz0kq"]',
        '"authorization": ["Basic Y2xpZW50OnNlY3JldA=="]',
        '"access_token": "A21AAFz0kqK"',
        "grant_type=client_credentials&client_secret=abc123",
        '{"client_secret": "abc123"}',
        f"... {TEST_CLIENT_SECRET} ...",
        base64.b64encode(f"{TEST_CLIENT_ID}:{TEST_CLIENT_SECRET}".encode()).decode(),
    ],
)
def test_scan_finds_credentials(text: str) -> None:
    assert find_leaks(text, _known())


def test_scan_accepts_redaction_markers() -> None:
    text = json.dumps(
        {
            "authorization": ["Bearer REDACTED"],
            "other": {"authorization": ["Basic REDACTED"]},
            "access_token": REDACTED,
        }
    )
    assert find_leaks(text.replace('"authorization": ', '"authorization":'), _known()) == []


# -- scrubbing --------------------------------------------------------------------------------
def test_scrub_request_redacts_and_rebases() -> None:
    origin = "http://127.0.0.1:54321"
    request = VcrRequest(
        "POST",
        f"{origin}/v1/oauth2/token",
        b"grant_type=client_credentials&client_id=abc&client_secret=xyz",
        {
            "Authorization": "Basic Y2xpZW50OnNlY3JldA==",
            "User-Agent": "paypal-invoicing/1.0",
            "PayPal-Request-Id": "3f1c",
        },
    )
    scrubbed = scrub_request(request, origin)
    assert scrubbed.uri == f"{EMBEDDED_ORIGIN}/v1/oauth2/token"
    assert scrubbed.headers["Authorization"] == "Basic REDACTED"
    assert "User-Agent" not in scrubbed.headers
    form = b"grant_type=client_credentials&client_id=REDACTED&client_secret=REDACTED"
    assert scrubbed.body == form


def test_scrub_response_redacts_the_token_and_fixes_the_length() -> None:
    seen: set[str] = set()
    body = json.dumps({"access_token": "A21AAsecret", "token_type": "Bearer"}).encode()
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"content-length": [str(len(body))], "date": ["Sat"]},
        "body": {"string": body},
    }
    scrubbed = scrub_response(response, None, seen)
    assert seen == {"A21AAsecret"}
    assert json.loads(scrubbed["body"]["string"])["access_token"] == REDACTED
    assert scrubbed["headers"]["content-length"] == [str(len(scrubbed["body"]["string"]))]
    assert "date" not in scrubbed["headers"]


def test_recorder_refuses_to_write_a_leaking_cassette(tmp_path: Path) -> None:
    """A known credential that survives scrubbing stops the write, naming the cassette.

    The "credential" here is a word of the embedded sandbox's stats answer, which no scrubber
    touches: it stands for a secret echoed somewhere unexpected.
    """
    import httpx

    from paypal_invoicing.sandbox import SandboxServer

    path = tmp_path / "leaky.json"
    recorder = make_vcr(record=True, known={"tokens_issued"})
    leak = pytest.raises(CredentialLeakError, match=r"leaky\.json.*known credential")
    with SandboxServer() as server, httpx.Client(base_url=server.url) as client:  # noqa: SIM117
        with leak, recorder.use_cassette(str(path)):
            assert client.get("/_sandbox/stats").status_code == 200
    assert not path.exists()
