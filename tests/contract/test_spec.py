"""Every interaction of every cassette validates against ``spec/openapi.json`` (openapi-core).

See ``spec_check.py`` for the decisions (host mapping, token requests, multipart/mixed, readOnly).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.contract.paypal_docs import DOCS_DIR
from tests.contract.recording import CASSETTES, cassette_files, load_cassette
from tests.contract.spec_check import (
    ECHOED_EVENTS,
    check_interaction,
    check_token_interaction,
    is_token_request,
    operation_id,
    spec_dict,
)
from tests.contract.webhooks_docs import DOCS_DIR as WEBHOOKS_DIR
from tests.contract.webhooks_docs import calls as webhook_calls

# The only operations whose requests may carry read-only fields (PayPal's full-resource PUTs).
FULL_UPDATES = {"update_invoice", "update_template", "v1_update_invoice", "v1_update_template"}
CASSETTES_FOUND = cassette_files()
WEBHOOK_OPERATIONS = {call.operation_id for call in webhook_calls()}


def _id(path: Path) -> str:
    return path.relative_to(CASSETTES).as_posix()


def test_there_are_cassettes() -> None:
    assert len(CASSETTES_FOUND) >= 41


@pytest.mark.parametrize("path", CASSETTES_FOUND, ids=_id)
def test_cassette_conforms_to_spec(path: Path) -> None:
    interactions = load_cassette(path)["interactions"]
    assert interactions, f"{_id(path)} is empty"
    problems = []
    for index, interaction in enumerate(interactions):
        where = f"#{index} {interaction['request']['method']} {interaction['request']['uri']}"
        if is_token_request(interaction["request"]):
            problems += [f"{where}: {p}" for p in check_token_interaction(interaction)]
            continue
        verdict = check_interaction(interaction)
        problems += [f"{where} ({verdict.operation}): {p}" for p in verdict.problems]
        if verdict.tolerated:
            assert verdict.operation in FULL_UPDATES | ECHOED_EVENTS, (where, verdict.tolerated)
    assert not problems, "\n".join(problems)


def _operations(paths: list[Path]) -> set[str]:
    found = set()
    for path in paths:
        for interaction in load_cassette(path)["interactions"]:
            if not is_token_request(interaction["request"]):
                found.add(operation_id(interaction["request"]))
    return found


def _spec_operations() -> set[str]:
    return {
        op["operationId"]
        for item in spec_dict()["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def test_every_operation_has_a_cassette() -> None:
    """57/57: every operation of the spec (41 invoicing, 16 webhooks) is exercised by a cassette."""
    missing = _spec_operations() - _operations(CASSETTES_FOUND)
    assert len(_spec_operations()) == 57
    assert not missing, f"operations without a contract test: {sorted(missing)}"


def test_every_operation_has_a_recorded_cassette() -> None:
    """57/57: every operation (41 invoicing, 16 webhooks) is exercised by a cassette recorded
    from a server, besides the cassettes built from PayPal's documents."""
    recorded = [
        p for p in CASSETTES_FOUND if not p.is_relative_to(DOCS_DIR) and p.parent != WEBHOOKS_DIR
    ]
    assert len(WEBHOOK_OPERATIONS) == 16
    missing = _spec_operations() - _operations(recorded)
    assert not missing, f"operations without a recorded contract test: {sorted(missing)}"


def test_every_operation_has_a_test_named_after_it() -> None:
    """Each operation has a cassette (hence a test) named after its operationId."""
    names = {p.stem.removeprefix("test_") for p in CASSETTES_FOUND}
    missing = {op for op in _spec_operations() if not any(n.startswith(op) for n in names)}
    assert not missing, sorted(missing)


# -- the check itself catches what it should --------------------------------------------------
def _first(name: str, operation: str) -> dict[str, Any]:
    for path in CASSETTES_FOUND:
        if path.stem == name:
            for interaction in load_cassette(path)["interactions"]:
                if operation_id(interaction["request"]) == operation:
                    return copy.deepcopy(interaction)
    raise LookupError(name)


def _json_body(part: Mapping[str, Any]) -> Any:
    body = part["body"]
    return json.loads(body["string"] if isinstance(body, dict) else body)


def test_check_passes_a_recorded_interaction() -> None:
    verdict = check_interaction(_first("test_create_invoice", "create_invoice"))
    assert verdict.operation == "create_invoice"
    assert verdict.problems == []


def test_check_catches_a_response_that_breaks_the_schema() -> None:
    interaction = _first("test_get_invoice", "get_invoice")
    data = _json_body(interaction["response"])
    data["amount"]["value"] = 127.25  # a number where PayPal's Money has a string
    interaction["response"]["body"] = {"string": json.dumps(data)}
    problems = check_interaction(interaction).problems
    assert problems and "response 200" in problems[0]


def test_check_catches_an_undocumented_status() -> None:
    interaction = _first("test_delete_invoice", "delete_invoice")
    interaction["response"]["status"]["code"] = 200
    assert check_interaction(interaction).problems


def test_check_catches_a_request_that_breaks_the_schema() -> None:
    interaction = _first("test_create_invoice", "create_invoice")
    body = _json_body(interaction["request"])
    del body["detail"]["currency_code"]  # required
    interaction["request"]["body"] = json.dumps(body)
    problems = check_interaction(interaction).problems
    assert problems and problems[0].startswith("request:")


def test_read_only_fields_are_tolerated_on_a_full_update_only() -> None:
    update = _first("test_update_invoice", "update_invoice")
    verdict = check_interaction(update)
    assert verdict.problems == []
    assert "$.id" in verdict.tolerated and "$.status" in verdict.tolerated
    create = _first("test_create_invoice", "create_invoice")
    body = _json_body(create["request"])
    body["id"] = "INV2-AAAA-BBBB-CCCC-DDDD"  # read-only: not acceptable on a create
    create["request"]["body"] = json.dumps(body)
    assert check_interaction(create).problems


def test_read_only_tolerance_does_not_hide_other_errors() -> None:
    update = _first("test_update_invoice", "update_invoice")
    body = _json_body(update["request"])
    body["items"][0]["quantity"] = 3  # a number where the spec has a string
    update["request"]["body"] = json.dumps(body)
    assert check_interaction(update).problems


def test_multipart_answer_is_checked_as_text() -> None:
    qr = _first("test_generate_invoice_qr_code", "generate_invoice_qr_code")
    assert check_interaction(qr).problems == []
    content_type = qr["response"]["headers"]["content-type"]
    qr["response"]["headers"]["content-type"] = ["multipart/mixed"]  # no boundary
    assert check_interaction(qr).problems
    qr["response"]["headers"]["content-type"] = content_type
    qr["response"]["body"] = {"string": "not a multipart body"}
    assert check_interaction(qr).problems


def test_unknown_origin_is_a_problem() -> None:
    interaction = _first("test_get_invoice", "get_invoice")
    interaction["request"]["uri"] = interaction["request"]["uri"].replace(
        "http://embedded-sandbox.test", "https://example.com"
    )
    assert check_interaction(interaction).problems


def test_missing_bearer_is_a_problem() -> None:
    interaction = _first("test_get_invoice", "get_invoice")
    interaction["request"]["headers"]["authorization"] = ["Basic REDACTED"]
    assert check_interaction(interaction).problems


def test_token_exchange_is_checked_on_its_own() -> None:
    token = load_cassette(CASSETTES_FOUND[0])["interactions"][0]
    assert is_token_request(token["request"])
    assert check_token_interaction(token) == []
    leaked = copy.deepcopy(token)
    leaked["response"]["body"] = {"string": json.dumps({"access_token": "A21AAxyz"})}
    assert check_token_interaction(leaked)
