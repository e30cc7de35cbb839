"""Every corpus answer loads, round-trips and reads as documented: through the generated client
alone, and through ``connect()`` (sync and async).

The answers are served by an ``httpx.MockTransport`` that checks each request is the operation's
own; the follow-up GET of a minimal (link) answer is served the followed resource.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from paypal_invoicing import NotFoundError, PayPalError, PayPalInvoicingError, ValidationError
from paypal_invoicing import connect as paypal_connect
from paypal_invoicing_client import AuthenticatedClient
from paypal_invoicing_client.errors import MissingFieldError
from paypal_invoicing_client.types import Response
from tests.corpus.cases import ANSWERS, CASES, Case, answer

BASE_URL = "https://api-m.sandbox.paypal.com"
TOKEN = {"access_token": "corpus-token", "token_type": "Bearer", "expires_in": 32400}
ERRORS: dict[int, type[PayPalError]] = {400: ValidationError, 404: NotFoundError}


class Served:
    """The mock PayPal: answers the case's request, then (for a link answer) the followed GET."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.requests: list[httpx.Request] = []
        kwargs = case.module._get_kwargs(**case.kwargs)  # the operation's own method and path
        self.method = str(kwargs["method"]).upper()
        self.path = str(kwargs["url"])

    def body(self) -> bytes:
        return b"" if self.case.answer is None else (ANSWERS / self.case.answer).read_bytes()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/oauth2/token":
            return httpx.Response(200, json=TOKEN)
        self.requests.append(request)
        headers = {"Paypal-Debug-Id": "corpus-debug"}
        if (request.method, request.url.path) == (self.method, self.path):
            if self.case.answer is None:
                return httpx.Response(self.case.status, headers=headers)
            headers["Content-Type"] = "application/json"
            return httpx.Response(self.case.status, headers=headers, content=self.body())
        if self.case.followed and request.method == "GET":
            followed = answer(self.case.followed)
            if request.url.path.endswith("/" + followed["id"]):
                return httpx.Response(200, json=followed, headers=headers)
        return httpx.Response(500, json={"name": "UNEXPECTED_REQUEST", "message": str(request)})


def plain_client(served: Served) -> AuthenticatedClient:
    """The generated client on its own, its httpx clients on the mock transport."""
    client = AuthenticatedClient(base_url=BASE_URL, token="plain-token")
    auth = {"Authorization": "Bearer plain-token"}
    transport = httpx.MockTransport(served)
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, headers=auth, transport=transport))
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url=BASE_URL, headers=auth, transport=transport)
    )
    return client


def connected_client(served: Served) -> AuthenticatedClient:
    return paypal_connect(
        "corpus-client-id",
        "corpus-client-secret",
        base_url=BASE_URL,
        max_retries=0,
        transport=httpx.MockTransport(served),
        async_transport=httpx.MockTransport(served),
        trust_env=False,
    )


def detailed(case: Case, client: AuthenticatedClient, mode: str) -> Response[Any]:
    if mode == "async":
        return asyncio.run(case.module.asyncio_detailed(client=client, **case.kwargs))
    return case.module.sync_detailed(client=client, **case.kwargs)  # type: ignore[no-any-return]


def result(case: Case, client: AuthenticatedClient, mode: str) -> Any:
    if mode == "async":
        return asyncio.run(case.module.asyncio(client=client, **case.kwargs))
    return case.module.sync(client=client, **case.kwargs)


def assert_loaded(case: Case, parsed: Any) -> None:
    """The answer loaded as the documented type, round-trips exactly and reads as documented."""
    if case.parsed is None:
        assert parsed is None
    else:
        assert type(parsed) is case.parsed, (type(parsed), case.parsed)
        assert case.answer is not None
        assert parsed.to_dict() == answer(case.answer)
    case.check(parsed)


IDS = [case.name for case in CASES]
SUCCESSES = [case for case in CASES if case.status < 400]
FAILURES = [case for case in CASES if case.status >= 400]


def test_the_corpus_writes_down_every_fact() -> None:
    facts = {case.fact for case in CASES}
    assert facts == {str(n) for n in range(1, 12)} | {"required"}
    on_disk = {path.name for path in ANSWERS.glob("*.json")}
    used = {c.answer for c in CASES} | {c.followed for c in CASES}
    assert on_disk == used - {None}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_generated_client_alone(case: Case, mode: str) -> None:
    """sync_detailed / asyncio_detailed on a plain AuthenticatedClient: status and typed body."""
    served = Served(case)
    response = detailed(case, plain_client(served), mode)
    assert response.status_code == case.status
    assert_loaded(case, response.parsed)
    assert [(r.method, r.url.path) for r in served.requests] == [(served.method, served.path)]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", SUCCESSES, ids=[c.name for c in SUCCESSES])
def test_through_connect(case: Case, mode: str) -> None:
    """connect(): the detailed answer loads the same; sync()/asyncio() return the result."""
    served = Served(case)
    client = connected_client(served)
    response = detailed(case, client, mode)
    assert response.status_code == case.status
    assert_loaded(case, response.parsed)

    served.requests.clear()
    value = result(case, client, mode)
    if case.result is None:
        assert value is None
    elif case.result == "parsed":
        assert type(value) is case.parsed
        assert value.to_dict() == answer(str(case.answer))
    else:
        assert isinstance(case.result, type)
        assert type(value) is case.result
        assert value.to_dict() == answer(str(case.followed))
    expected = [(served.method, served.path)]
    if case.followed:
        expected.append(("GET", httpx.URL(answer(str(case.answer))["href"]).path))
    assert [(r.method, r.url.path) for r in served.requests] == expected


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", FAILURES, ids=[c.name for c in FAILURES])
def test_error_answers_through_connect(case: Case, mode: str) -> None:
    """connect(): an error answer raises PayPal's error with the body's fields, nothing else."""
    served = Served(case)
    body = answer(str(case.answer))
    with pytest.raises(ERRORS[case.status]) as caught:
        detailed(case, connected_client(served), mode)
    error = caught.value
    assert (error.status_code, error.name, error.message, error.debug_id) == (
        case.status,
        body["name"],
        body["message"],
        body["debug_id"],
    )
    assert error.information_link is None
    assert error.details == body.get("details", [])
    assert error.body == body


def test_missing_field_error_is_the_documented_one() -> None:
    """Reading a required field the answer left out raises one documented error type."""
    assert issubclass(MissingFieldError, PayPalInvoicingError)
    assert not issubclass(MissingFieldError, KeyError)
    assert not issubclass(MissingFieldError, TypeError)


def _sent(build: Callable[[], Any], module: Any, **kwargs: Any) -> Any:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"id": "INV2-SENT-AMOU-NT00-0004"})

    client = AuthenticatedClient(base_url=BASE_URL, token="plain-token")
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler)))
    module.sync_detailed(client=client, body=build(), **kwargs)
    assert len(seen) == 1
    return json.loads(seen[0].content)


def test_v1_amounts_can_be_sent_as_json_numbers() -> None:
    """Fact 4: PayPal accepted v1 amounts as JSON numbers; the client sends them as given."""
    from paypal_invoicing_client.api.v1_invoices import v1_create_invoice
    from paypal_invoicing_client.models import (
        V1Currency,
        V1Invoice,
        V1InvoiceItem,
        V1MerchantInfo,
    )

    def build() -> V1Invoice:
        return V1Invoice(
            merchant_info=V1MerchantInfo(email="merchant@example.com"),
            items=[
                V1InvoiceItem(
                    name="Yoga lesson",
                    quantity=2.0,
                    unit_price=V1Currency(currency="USD", value=40.5),
                ),
                V1InvoiceItem(
                    name="Mat rental",
                    quantity=1.0,
                    unit_price=V1Currency(currency="USD", value="5.00"),
                ),
            ],
        )

    sent = _sent(build, v1_create_invoice)
    assert [item["unit_price"]["value"] for item in sent["items"]] == [40.5, "5.00"]


# -- the spec declares what the corpus holds --------------------------------------------------


def interaction(served: Served, request: httpx.Request) -> dict[str, Any]:
    """A cassette-shaped interaction, for the contract tests' spec check."""
    headers = {"Content-Type": ["application/json"]} if served.case.answer else {}
    return {
        "request": {
            "method": request.method,
            "uri": str(request.url),
            "headers": {k: [v] for k, v in request.headers.items()},
            "body": request.content.decode() or None,
        },
        "response": {
            "status": {"code": served.case.status},
            "headers": headers,
            "body": {"string": served.body().decode()},
        },
    }


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_spec_declares_the_answer(case: Case) -> None:
    """openapi-core validates request and answer against spec/openapi.json; only the
    missing-field answers break it, and exactly where the spec requires the field."""
    from tests.contract.spec_check import check_interaction

    served = Served(case)
    detailed(case, plain_client(served), "sync")
    verdict = check_interaction(interaction(served, served.requests[0]))
    assert verdict.operation == case.module.__name__.rsplit(".", 1)[1]
    if case.fact == "required":
        assert len(verdict.problems) == 1, verdict.problems
        assert "is a required property" in verdict.problems[0]
    else:
        assert verdict.problems == []


# Free-form objects: their content is what PayPal puts there, so it is additional by design.
FREE_FORM = {"MetadataSpamInfo"}


def undeclared(value: Any, where: str = "") -> list[str]:
    """Every answer key that loaded into `additional_properties` (the spec does not name it)."""
    import attrs

    found: list[str] = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            found += undeclared(item, f"{where}[{index}]")
    elif attrs.has(type(value)):
        name = type(value).__name__
        if value.additional_properties and name not in FREE_FORM:
            found += [f"{where}.{key}" for key in value.additional_properties]
        for attribute in attrs.fields(type(value)):
            if attribute.name == "additional_properties":
                continue
            try:
                child = getattr(value, attribute.name)
            except MissingFieldError:
                continue
            found += undeclared(child, f"{where}.{attribute.name}")
    return found


@pytest.mark.parametrize("case", [c for c in CASES if c.answer], ids=lambda c: c.name)
def test_every_field_of_the_answer_is_declared(case: Case) -> None:
    served = Served(case)
    parsed = detailed(case, plain_client(served), "sync").parsed
    assert undeclared(parsed) == []


def test_only_the_documented_answers_may_come_without_a_body() -> None:
    """The spec check accepts an empty body for the scheduled send only, not for a resource."""
    from tests.contract.spec_check import BODY_OPTIONAL, check_interaction

    assert {("send_invoice", 202)} == BODY_OPTIONAL
    case = next(c for c in CASES if c.name == "v2-unilateral-spam-info")
    served = Served(case)
    detailed(case, plain_client(served), "sync")
    empty = interaction(served, served.requests[0])
    empty["response"]["body"] = {"string": ""}
    problems = check_interaction(empty).problems
    assert len(problems) == 1 and "MissingData" in problems[0], problems
