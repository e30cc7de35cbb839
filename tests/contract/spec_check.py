"""Check recorded interactions against ``spec/openapi.json`` with openapi-core.

:func:`check_interaction` validates one cassette interaction: the request (path, method,
parameters, security, body) and the response (status, declared headers, body). It returns
the problems as text, empty when the interaction conforms.

Decisions, each deliberate:

- Host. A cassette's origin is mapped onto the spec's first server (PayPal's sandbox): the
  embedded sandbox records as ``http://embedded-sandbox.test`` and openapi-core would raise
  ``ServerNotFound`` for a host that is not in ``servers``. PayPal's own hosts are kept as they
  are (they are in ``servers``); any other origin is a failure, so odd recordings are noticed.
- Token requests (``POST /v1/oauth2/token``) are authentication, not Invoicing: the spec has no
  such path. :func:`check_token_interaction` checks them on their own terms instead (form body
  ``grant_type=client_credentials``, ``Authorization: Basic`` redacted, a JSON answer with a
  redacted ``access_token`` and a ``Bearer`` ``token_type``).
- Security. openapi-core has no provider for ``oauth2`` (it warns "Unsupported scheme type" and
  accepts anything); :class:`BearerProvider` checks that a ``Bearer`` Authorization header was
  sent (its value is redacted in cassettes, so only the scheme can be checked).
- Multipart. The QR answer is ``multipart/mixed`` and the spec's schema for it is ``type:
  string`` (the generated client returns the text). openapi-core's multipart support decodes any
  ``multipart/*`` body into an object of parts, which can never be a string. We register our
  own deserializer for ``multipart/mixed`` (:func:`multipart_text`) that returns the text after
  checking it is a well-formed MIME body with the boundary of its Content-Type, and, because
  openapi-core then still runs its part decoding on every ``multipart/*`` media type, a
  deserializer class (:class:`_MultipartAsText`) that skips that step when the schema is a
  string. Everything else (JSON, form) keeps openapi-core's own deserializers.
- readOnly. PayPal documents the update (PUT) as "send the full invoice", and its own example
  request carries read-only fields (``id``, ``status``, computed amounts, ``metadata``); PayPal
  accepts them back and ignores them. The generated ``to_dict()`` sends whatever the model holds,
  so our update tests send back what they read, as PayPal's docs do. The request check therefore
  tolerates *only* read-only violations (a jsonschema error whose validator is ``readOnly``) and
  reports every other schema error; :func:`check_interaction` lists the tolerated read-only
  fields in ``tolerated`` so a test can still see them. The same holds for
  ``verify_webhook_signature``, whose ``webhook_event`` is the delivered event sent back as it
  came (read-only fields and all, as in PayPal's own request example).
- Bodiless answers where PayPal sends either. PayPal's reference documents the scheduled send
  (``send_invoice`` 202) without a body, while its real answers carry the payer's link, which
  is what the spec declares. OpenAPI 3.0 cannot mark a response body optional, so an *empty*
  body is accepted for exactly the pairs in :data:`BODY_OPTIONAL`; a body that is there is
  still validated.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas import oas30_read_schema_casters_factory
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types import media_type_deserializers
from openapi_core.deserializing.media_types.deserializers import MediaTypeDeserializer
from openapi_core.deserializing.media_types.factories import MediaTypeDeserializersFactory
from openapi_core.security.exceptions import SecurityProviderError
from openapi_core.security.factories import SecurityProviderFactory
from openapi_core.security.providers import BaseProvider
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.contract.recording import EMBEDDED_ORIGIN, REDACTED, TOKEN_PATH

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "openapi.json"
# Origins PayPal itself records from (they are the spec's servers) and the embedded sandbox's.
PAYPAL_ORIGINS = ("https://api-m.sandbox.paypal.com", "https://api-m.paypal.com")


# -- security ---------------------------------------------------------------------------------
class BearerProvider(BaseProvider):
    """``oauth2``: a ``Bearer`` Authorization header must be present (its token is redacted)."""

    def __call__(self, parameters: RequestParameters) -> Any:
        value = parameters.header.get("Authorization")
        if not value:
            raise SecurityProviderError("Missing authorization header.")
        scheme, _, token = value.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise SecurityProviderError(f"oauth2 needs a Bearer token, got {scheme!r}")
        return token


class _SecurityProviders(SecurityProviderFactory):
    PROVIDERS = {**SecurityProviderFactory.PROVIDERS, "oauth2": BearerProvider}  # noqa: RUF012


# -- multipart/mixed as text ------------------------------------------------------------------
def multipart_text(value: bytes, **parameters: str) -> str:
    """Deserializer for ``multipart/mixed``: the body as text, once it parses as MIME parts."""
    boundary = parameters.get("boundary")
    if not boundary:
        raise ValueError("multipart/mixed without a boundary parameter")
    head = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(head + value)
    if message.defects or not message.is_multipart() or not message.get_payload():
        raise ValueError(f"not a multipart body with boundary {boundary!r}: {message.defects}")
    return value.decode("utf-8")


class _MultipartAsText(MediaTypeDeserializer):
    """Skips openapi-core's part decoding for a multipart media type whose schema is a string."""

    def deserialize(self, value: bytes) -> Any:
        if (
            self.mimetype.startswith("multipart/")
            and self.schema is not None
            and (self.schema / "type").read_value() == "string"
        ):
            return self.media_types_deserializer.deserialize(
                self.mimetype, value, **self.parameters
            )
        return super().deserialize(value)


class _Deserializers(MediaTypeDeserializersFactory):
    def create(self, *args: Any, **kwargs: Any) -> MediaTypeDeserializer:
        deserializer = super().create(*args, **kwargs)
        deserializer.__class__ = _MultipartAsText
        return deserializer


@cache
def spec_dict() -> dict[str, Any]:
    """The normalized spec."""
    data: dict[str, Any] = json.loads(SPEC_PATH.read_text())
    return data


@cache
def openapi() -> OpenAPI:
    """OpenAPI.from_dict(spec) with the deserializers and security provider above."""
    config = Config(
        extra_media_type_deserializers={"multipart/mixed": multipart_text},
        media_type_deserializers_factory=_Deserializers.from_schema_casters_factory(
            oas30_read_schema_casters_factory, media_type_deserializers=media_type_deserializers
        ),
        security_provider_factory=_SecurityProviders(),
    )
    return OpenAPI.from_dict(spec_dict(), config=config)


# -- adapters ---------------------------------------------------------------------------------
def _header(headers: Mapping[str, Any], name: str) -> str:
    for key, values in headers.items():
        if key.lower() == name.lower():
            return str(values[0] if isinstance(values, list) else values)
    return ""


def _headers(headers: Mapping[str, Any]) -> Headers:
    out = Headers()
    for key, values in headers.items():
        for value in values if isinstance(values, list) else [values]:
            out.add(key, value)
    return out


def _bytes(body: Any) -> bytes | None:
    if body is None:
        return None
    if isinstance(body, dict):
        body = body.get("string")
    if isinstance(body, str):
        body = body.encode("utf-8")
    return body or None


@dataclass
class CassetteRequest:
    """openapi-core's Request protocol over a cassette's request dict."""

    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    content_type: str
    body: bytes | None


@dataclass
class CassetteResponse:
    """openapi-core's Response protocol over a cassette's response dict."""

    status_code: int
    content_type: str
    headers: Headers
    data: bytes | None


def server_origin(uri: str) -> str:
    """The spec server a recorded origin stands for (see the module docstring)."""
    parts = urlsplit(uri)
    origin = f"{parts.scheme}://{parts.netloc}"
    if origin in PAYPAL_ORIGINS:
        return origin
    if origin == EMBEDDED_ORIGIN:
        return str(spec_dict()["servers"][0]["url"])
    raise ValueError(f"recorded origin {origin!r} is neither PayPal's nor the embedded sandbox's")


def request_adapter(request: Mapping[str, Any]) -> CassetteRequest:
    """A cassette request as openapi-core sees it."""
    parts = urlsplit(request["uri"])
    return CassetteRequest(
        host_url=server_origin(request["uri"]),
        path=parts.path,
        method=request["method"].lower(),
        parameters=RequestParameters(
            query=ImmutableMultiDict(parse_qsl(parts.query, keep_blank_values=True)),
            header=_headers(request["headers"]),
        ),
        content_type=_header(request["headers"], "content-type").lower(),
        body=_bytes(request.get("body")),
    )


def response_adapter(response: Mapping[str, Any]) -> CassetteResponse:
    """A cassette response as openapi-core sees it."""
    return CassetteResponse(
        status_code=int(response["status"]["code"]),
        content_type=_header(response["headers"], "content-type").lower(),
        headers=_headers(response["headers"]),
        data=_bytes(response["body"]),
    )


# (operationId, status) whose answer PayPal sends with or without a body (see the docstring).
BODY_OPTIONAL = frozenset({("send_invoice", 202)})


# -- checks -----------------------------------------------------------------------------------
# Operations whose request carries a delivered event back as received.
ECHOED_EVENTS = frozenset({"verify_webhook_signature"})


@dataclass
class Verdict:
    """The outcome of checking one interaction."""

    operation: str
    problems: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)


def _schema_errors(error: BaseException) -> list[Any]:
    seen: list[Any] = []
    current: BaseException | None = error
    while current is not None:
        seen.extend(getattr(current, "schema_errors", ()) or ())
        current = current.__cause__ or current.__context__
    return seen


def _describe(error: BaseException) -> str:
    details = [f"{e.json_path}: {e.message}" for e in _schema_errors(error)]
    text = f"{type(error).__name__}: {error}"
    return text + (" [" + "; ".join(details) + "]" if details else "")


def _split_read_only(error: BaseException) -> tuple[bool, list[str]]:
    """Whether a request-body error consists of readOnly violations only, and which fields."""
    schema_errors = _schema_errors(error)
    if not schema_errors:
        return False, []
    fields = []
    for schema_error in schema_errors:
        if schema_error.validator != "readOnly":
            return False, []
        fields.append(schema_error.json_path)
    return True, fields


def operation_id(request: Mapping[str, Any]) -> str:
    """The spec's operationId for a recorded request ("" when no operation matches).

    A literal segment beats a template (``/invoices/next-invoice-number`` vs ``{invoice_id}``).
    """
    path = urlsplit(request["uri"]).path
    method = request["method"].lower()
    candidates = []
    for template, item in spec_dict()["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if method in item and re.match(pattern, path):
            candidates.append((template.count("{"), str(item[method]["operationId"])))
    return min(candidates)[1] if candidates else ""


def check_interaction(interaction: Mapping[str, Any]) -> Verdict:
    """Validate one Invoicing interaction (request and response) against the spec."""
    request, response = interaction["request"], interaction["response"]
    verdict = Verdict(operation_id(request))
    if not verdict.operation:
        verdict.problems.append(f"{request['method']} {request['uri']}: no operation in the spec")
        return verdict
    try:
        req = request_adapter(request)
    except ValueError as exc:
        verdict.problems.append(str(exc))
        return verdict
    spec = openapi()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. an unsupported security scheme: not silently OK
        result = spec.unmarshal_request(req)
        for error in result.errors:
            only_read_only, fields = _split_read_only(error)
            if only_read_only and (
                req.method in ("put", "patch") or verdict.operation in ECHOED_EVENTS
            ):
                verdict.tolerated.extend(fields)
            else:
                verdict.problems.append("request: " + _describe(error))
        adapted = response_adapter(response)
        if adapted.data is None and (verdict.operation, adapted.status_code) in BODY_OPTIONAL:
            return verdict
        answer = spec.unmarshal_response(req, adapted)
        for error in answer.errors:
            verdict.problems.append(f"response {response['status']['code']}: " + _describe(error))
    return verdict


def check_token_interaction(interaction: Mapping[str, Any]) -> list[str]:
    """The OAuth2 token request: not an Invoicing operation, checked on its own terms."""
    request, response = interaction["request"], interaction["response"]
    problems = []
    if request["method"] != "POST":
        problems.append(f"token request method {request['method']}")
    form = dict(parse_qsl((_bytes(request.get("body")) or b"").decode()))
    if form.get("grant_type") != "client_credentials":
        problems.append(f"token request form {form!r}: grant_type=client_credentials expected")
    if _header(request["headers"], "content-type") != "application/x-www-form-urlencoded":
        problems.append("token request is not a form")
    if _header(request["headers"], "authorization") != f"Basic {REDACTED}":
        problems.append("token request: Authorization is not 'Basic REDACTED'")
    if response["status"]["code"] == 200:
        try:
            answer = json.loads(_bytes(response["body"]) or b"")
        except ValueError:
            return [*problems, "token response is not JSON"]
        if answer.get("access_token") != REDACTED:
            problems.append("token response: access_token not redacted")
        if str(answer.get("token_type", "")).lower() != "bearer":
            problems.append(f"token response: token_type {answer.get('token_type')!r}")
        if not isinstance(answer.get("expires_in"), int):
            problems.append("token response: expires_in is not an integer")
    return problems


def is_token_request(request: Mapping[str, Any]) -> bool:
    """Whether a recorded request is the OAuth2 token request."""
    return urlsplit(request["uri"]).path == TOKEN_PATH
