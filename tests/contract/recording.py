"""Cassette plumbing for the contract tests: scrubbing, the cassette format, matching, the guard.

One :func:`make_vcr` builds the ``vcr.VCR`` that records (``record=True``) or replays cassettes:

- requests are matched on method, path, query and body (:func:`json_body`: JSON compared as
  data, form bodies as parsed fields); headers, scheme, host and port are not matched, so a
  replay can point the client at an address where nothing listens;
- what is recorded is scrubbed (:func:`scrub_request`, :func:`scrub_response`): the
  ``Authorization`` header, credentials in the token request's form, the ``access_token`` of token
  responses, the random ``PayPal-Request-Id``, and, for the embedded sandbox, its loopback origin
  (replaced by :data:`EMBEDDED_ORIGIN` so a re-record does not rewrite every link);
- cassettes are written by a guarded persister, which serializes first, looks for every
  credential seen while recording (:func:`find_leaks`) and refuses to write; the
  :class:`Recorder` then raises :class:`CredentialLeakError` naming the cassette;
- the on-disk format (:data:`SERIALIZER`) is JSON with JSON bodies stored as JSON, so a
  cassette diff in review reads like a diff of the payloads.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import vcr
from vcr.request import Request as VcrRequest
from vcr.serialize import deserialize, serialize

CASSETTES = Path(__file__).resolve().parent / "cassettes"
SERIALIZER = "contract-json"
REDACTED = "REDACTED"
# Not a credential, but random on every POST: a fixed marker keeps re-records quiet while still
# showing that the client sent one (it is what makes PayPal's POSTs safe to retry).
REQUEST_ID_MARKER = "00000000-0000-4000-8000-000000000000"
# The embedded sandbox listens on a random loopback port; its origin is recorded as this
# reserved (RFC 2606) name instead, in URIs, in response headers and in response bodies (links).
EMBEDDED_ORIGIN = "http://embedded-sandbox.test"
TOKEN_PATH = "/v1/oauth2/token"
# What the embedded sandbox is started with when recording, and what a replay connects with.
TEST_CLIENT_ID = "contract-test-client-id"
TEST_CLIENT_SECRET = "contract-test-client-secret"

# Response headers that change on every call and say nothing about the contract.
_DROPPED_RESPONSE_HEADERS = frozenset({"date", "server", "paypal-debug-id", "set-cookie"})
_TOKEN_FIELDS = ("access_token", "refresh_token", "id_token")
_FORM_SECRETS = ("client_id", "client_secret", "assertion", "refresh_token", "password")


class CredentialLeakError(RuntimeError):
    """A cassette about to be written (or already on disk) still holds a credential."""


# -- what counts as a leak --------------------------------------------------------------------
_AUTH_VALUE = re.compile(r'"authorization"\s*:\s*\[\s*"([^"]*)"', re.IGNORECASE)
_BASIC = re.compile(r"\bBasic\s+(?!REDACTED\b)[A-Za-z0-9+/=]{8,}")
_BEARER = re.compile(r"\bBearer\s+(?!REDACTED\b)[A-Za-z0-9._~+/=-]{8,}")
_REDACTED_AUTH = frozenset({REDACTED, f"Basic {REDACTED}", f"Bearer {REDACTED}"})
_TOKEN_VALUE = re.compile(r'"(access_token|refresh_token|id_token)"\s*:\s*"([^"]*)"')
_SECRET_FIELD = re.compile(
    r"client_secret=(?!REDACTED\b)[^&\s\"]+|\"client_secret\"\s*:\s*\"(?!"
    r"REDACTED\")"
)


def find_leaks(text: str, known: Iterable[str] = ()) -> list[str]:
    """What in a serialized cassette looks like a credential (empty when clean).

    ``known`` are exact values (client id, secret, tokens) that must not appear at all.
    """
    found: list[str] = []
    # Messages never quote the value found: they end up in logs.
    if any(value and value in text for value in known):
        found.append("a known credential (the client id, secret or a token seen while recording)")
    for match in _AUTH_VALUE.finditer(text):
        if match.group(1) not in _REDACTED_AUTH:
            scheme = match.group(1).partition(" ")[0]
            found.append(f"an unredacted Authorization header ({scheme} ...)")
    if _BASIC.search(text):
        found.append("Basic credentials")
    if _BEARER.search(text):
        found.append("a Bearer token")
    for match in _TOKEN_VALUE.finditer(text):
        if match.group(2) != REDACTED:
            found.append(f"an unredacted {match.group(1)}")
    if _SECRET_FIELD.search(text):
        found.append("a client_secret")
    return found


def known_values(client_id: str, client_secret: str) -> set[str]:
    """The exact strings a cassette must never hold for these credentials."""
    basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
    return {client_id, client_secret, basic}


# -- scrubbing --------------------------------------------------------------------------------
def _rebase(text: str, origin: str | None) -> str:
    return text.replace(origin, EMBEDDED_ORIGIN) if origin else text


def scrub_request(request: VcrRequest, origin: str | None = None) -> VcrRequest:
    """Scrub a request (vcrpy has already deep-copied it). Also applied before matching."""
    request.uri = _rebase(request.uri, origin)
    if origin and request.body and origin.encode() in request.body:
        # e.g. an update sends back the links it read, which name the recorded origin
        request.body = request.body.replace(origin.encode(), EMBEDDED_ORIGIN.encode())
    for name in list(request.headers):
        lower = name.lower()
        if lower == "authorization":
            # keep the scheme (Basic for the token request, Bearer for the API), drop the rest
            scheme = request.headers[name].partition(" ")[0]
            request.headers[name] = f"{scheme} {REDACTED}" if scheme else REDACTED
        elif lower == "paypal-request-id":
            request.headers[name] = REQUEST_ID_MARKER
        elif lower in ("user-agent", "host", "content-length"):
            del request.headers[name]  # the package version, the sandbox's port, derived: noise
    if urlsplit(request.uri).path.endswith(TOKEN_PATH) and request.body:
        pairs = parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True)
        if any(key in _FORM_SECRETS for key, _ in pairs):
            request.body = urlencode(
                [(k, REDACTED if k in _FORM_SECRETS else v) for k, v in pairs]
            ).encode()
    return request


def scrub_response(
    response: dict[str, Any], origin: str | None = None, seen: set[str] | None = None
) -> dict[str, Any]:
    """Scrub a recorded response dict; tokens found are added to ``seen`` before redaction."""
    headers: dict[str, list[str]] = {}
    for name, values in response["headers"].items():
        if name.lower() in _DROPPED_RESPONSE_HEADERS:
            continue
        headers[name] = [_rebase(v, origin) for v in values]
    body = response["body"]["string"]
    if isinstance(body, bytes) and body:
        text = body.decode("utf-8", "surrogateescape")
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and any(k in data for k in _TOKEN_FIELDS):
            for key in (*_TOKEN_FIELDS, "nonce"):  # the nonce is not secret, only random
                if isinstance(data.get(key), str):
                    if seen is not None:
                        seen.add(data[key])
                    data[key] = REDACTED
            text = json.dumps(data)
        body = _rebase(text, origin).encode("utf-8", "surrogateescape")
        response["body"]["string"] = body
    for name in list(headers):
        if name.lower() == "content-length":
            headers[name] = [str(len(body or b""))]
    response["headers"] = headers
    return response


# -- matching ---------------------------------------------------------------------------------
def _comparable(body: bytes | None) -> Any:
    raw = body or b""
    if not raw.strip():
        return ("empty",)
    try:
        return ("json", json.loads(raw))
    except ValueError:
        pass
    text = raw.decode("utf-8", "replace")
    if "=" in text and "\n" not in text:
        pairs = parse_qsl(text, keep_blank_values=True)
        return ("form", sorted((k, REDACTED if k in _FORM_SECRETS else v) for k, v in pairs))
    return ("raw", raw)


def first_difference(left: Any, right: Any, where: str = "$") -> str:
    """Where two JSON values first differ, e.g. ``$.detail.memo: 'a' != 'b'``."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in [*left, *(k for k in right if k not in left)]:
            if key not in left or key not in right:
                side = "recorded" if key in left else "sent"
                return f"{where}.{key}: only in the {side} body"
            if left[key] != right[key]:
                return first_difference(left[key], right[key], f"{where}.{key}")
    if isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            return f"{where}: {len(left)} items != {len(right)} items"
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            if a != b:
                return first_difference(a, b, f"{where}[{index}]")
    return f"{where}: {left!r} != {right!r}"


def json_body(r1: VcrRequest, r2: VcrRequest) -> None:
    """vcrpy matcher: JSON bodies equal as data, form bodies as fields, anything else as bytes.

    vcrpy calls it with (sent request, recorded request); the message names the first field
    that differs.
    """
    sent, recorded = _comparable(r1.body), _comparable(r2.body)
    if sent != recorded:
        if sent[0] == recorded[0] == "json":
            raise AssertionError("request body: " + first_difference(recorded[1], sent[1]))
        raise AssertionError(f"request bodies differ: sent {sent!r}, recorded {recorded!r}")


# -- on-disk format ---------------------------------------------------------------------------
def _is_json(headers: dict[str, Any]) -> bool:
    for name, values in headers.items():
        if name.lower() == "content-type":
            value = values[0] if isinstance(values, list) else values
            return "json" in str(value).lower()
    return False


class ContractJsonSerializer:
    """vcrpy serializer: JSON, with each JSON body stored as data (``{"json": ...}``).

    Loading turns them back into text and recomputes ``content-length``.
    """

    @staticmethod
    def serialize(cassette_dict: dict[str, Any]) -> str:
        for interaction in cassette_dict["interactions"]:
            request, response = interaction["request"], interaction["response"]
            if request.get("body") and _is_json(request["headers"]):
                with contextlib.suppress(ValueError):
                    request["body"] = {"json": json.loads(request["body"])}
            text = response["body"].get("string")
            if text and _is_json(response["headers"]):
                with contextlib.suppress(ValueError):
                    response["body"] = {"json": json.loads(text)}
        return json.dumps(cassette_dict, indent=2, ensure_ascii=False) + "\n"

    @staticmethod
    def deserialize(cassette_string: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(cassette_string)
        for interaction in data["interactions"]:
            request, response = interaction["request"], interaction["response"]
            if isinstance(request.get("body"), dict) and "json" in request["body"]:
                request["body"] = json.dumps(request["body"]["json"])
            if "json" in response["body"]:
                response["body"] = {"string": json.dumps(response["body"]["json"])}
            length = len((response["body"].get("string") or "").encode("utf-8"))
            for name in list(response["headers"]):
                if name.lower() == "content-length":
                    response["headers"][name] = [str(length)]
        return data


def load_cassette(path: Path) -> dict[str, Any]:
    """A cassette file as vcrpy's dict (bodies as text), for the spec and credential checks."""
    return ContractJsonSerializer.deserialize(path.read_text())


def dump_cassette(interactions: list[dict[str, Any]]) -> str:
    """Serialize interactions given in vcrpy's dict form (used to build cassettes from docs)."""
    return ContractJsonSerializer.serialize({"version": 1, "interactions": interactions})


# -- the guard --------------------------------------------------------------------------------
def guarded_persister(known: set[str], refusals: list[str]) -> type:
    """A vcrpy persister that refuses to write a cassette holding a credential.

    It does not raise: vcrpy saves a cassette *before* it removes its patches, so an exception
    from here would leave httpx patched for the rest of the process. The refusal is queued in
    ``refusals`` and :func:`use_cassette` raises it once the cassette is closed.
    """
    from vcr.persisters.filesystem import FilesystemPersister

    class GuardedPersister(FilesystemPersister):
        @staticmethod
        def save_cassette(cassette_path: Any, cassette_dict: Any, serializer: Any) -> None:
            path = Path(cassette_path)
            data = serialize(cassette_dict, serializer)
            # Checked on the serialized text, i.e. exactly the bytes that would land on disk.
            leaks = find_leaks(data, known)
            if leaks:
                refusals.append(
                    f"refusing to write cassette {path}: it still holds {', '.join(leaks)}"
                )
                return
            # Round-trip before writing: a cassette that cannot be loaded back is a bug here.
            deserialize(data, serializer)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(data)
            tmp.replace(path)

    return GuardedPersister


class Recorder:
    """A configured ``vcr.VCR`` plus the refusals of its guard."""

    def __init__(self, vcr_: vcr.VCR, refusals: list[str]) -> None:
        self.vcr = vcr_
        self.refusals = refusals

    @contextlib.contextmanager
    def use_cassette(self, path: Path | str) -> Iterator[Any]:
        """vcrpy's ``use_cassette``; raises CredentialLeakError after closing a refused one."""
        try:
            with self.vcr.use_cassette(str(path)) as cassette:
                yield cassette
        finally:
            if self.refusals:
                message = self.refusals.pop()
                self.refusals.clear()
                raise CredentialLeakError(message)


def make_vcr(*, record: bool, origin: str | None = None, known: set[str] | None = None) -> Recorder:
    """The VCR used by the contract tests (see the module docstring)."""
    secrets: set[str] = known if known is not None else set()

    def before_request(request: VcrRequest) -> VcrRequest:
        return scrub_request(request, origin)

    def before_response(response: dict[str, Any]) -> dict[str, Any]:
        return scrub_response(response, origin, secrets)

    recorder = vcr.VCR(
        serializer=SERIALIZER,
        record_mode="all" if record else "none",
        match_on=["method", "path", "query", "json_body"],
        before_record_request=before_request,
        before_record_response=before_response,
        decode_compressed_response=True,
    )
    recorder.register_serializer(SERIALIZER, ContractJsonSerializer)
    recorder.register_matcher("json_body", json_body)
    refusals: list[str] = []
    recorder.register_persister(guarded_persister(secrets, refusals))
    return Recorder(recorder, refusals)


def cassette_files() -> list[Path]:
    """Every committed cassette."""
    return sorted(CASSETTES.rglob("*.json"))
