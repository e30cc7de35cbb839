"""``Sandbox(seed=..., clock=...)``: repeatable ids, debug ids, QR boundaries and timestamps."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest

from paypal_invoicing.pytest_plugin import PayPalSandbox
from paypal_invoicing.sandbox import Entropy, Sandbox, SandboxServer, ticking_clock

from .helpers import create, simple_invoice

START = dt.datetime(2025, 3, 5, 9, 0, 0, tzinfo=dt.UTC)
INV = "/v2/invoicing/invoices"


def scenario(server: SandboxServer) -> dict[str, Any]:
    """Create, pay and QR-code an invoice, hit a 404; everything random or time-bound."""
    with httpx.Client(base_url=server.url) as api:
        token = api.post(
            "/v1/oauth2/token",
            auth=("id", "secret"),
            data={"grant_type": "client_credentials"},
        ).json()["access_token"]
        api.headers["Authorization"] = f"Bearer {token}"
        invoice = create(api, simple_invoice())
        api.post(f"{INV}/{invoice['id']}/send", json={"send_to_recipient": False})
        payment = api.post(
            f"{INV}/{invoice['id']}/payments",
            json={"method": "CASH", "amount": {"currency_code": "USD", "value": "10.00"}},
        ).json()
        qr = api.post(f"{INV}/{invoice['id']}/generate-qr-code")
        missing = api.get(f"{INV}/INV2-NOPE-NOPE-NOPE-NOPE")
        template = api.post(
            "/v2/invoicing/templates",
            json={"name": "T", "template_info": {"items": simple_invoice()["items"]}},
            headers={"Prefer": "return=representation"},
        ).json()
        answers = {
            "invoice": api.get(f"{INV}/{invoice['id']}").json(),
            "payment": payment,
            "qr_type": qr.headers["content-type"],
            "error": missing.json(),
            "debug_ids": [r.headers["paypal-debug-id"] for r in (qr, missing)],
            "template": template,
        }
    # the port differs from one server to the next
    return dict(json.loads(json.dumps(answers).replace(server.url, "ORIGIN")))


def run(**options: Any) -> dict[str, Any]:
    with SandboxServer(**options) as server:
        return scenario(server)


def test_same_seed_and_clock_give_the_same_answers() -> None:
    first = run(seed="a", clock=ticking_clock(START))
    assert first == run(seed="a", clock=ticking_clock(START))
    meta = first["invoice"]["detail"]["metadata"]
    assert meta["create_time"].startswith("2025-03-05T09:00:0")  # one tick per reading
    assert first["invoice"]["detail"]["invoice_date"] == "2025-03-05"
    assert first["error"]["debug_id"] == first["debug_ids"][1]


def test_another_seed_gives_other_ids_but_the_same_times() -> None:
    a = run(seed="a", clock=ticking_clock(START))
    b = run(seed=2, clock=ticking_clock(START))
    assert a["invoice"]["id"] != b["invoice"]["id"]
    assert a["qr_type"] != b["qr_type"]
    assert a["debug_ids"] != b["debug_ids"]
    assert a["invoice"]["detail"]["metadata"] == {
        **b["invoice"]["detail"]["metadata"],
        "recipient_view_url": a["invoice"]["detail"]["metadata"]["recipient_view_url"],
        "invoicer_view_url": a["invoice"]["detail"]["metadata"]["invoicer_view_url"],
    }


def test_by_default_ids_are_random_and_time_is_real() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    a, b = run(), run()
    assert a["invoice"]["id"] != b["invoice"]["id"]
    assert a["qr_type"] != b["qr_type"]
    created = dt.datetime.fromisoformat(a["invoice"]["detail"]["metadata"]["create_time"])
    assert before <= created <= dt.datetime.now(dt.UTC)


def test_reseed_starts_the_sequence_again() -> None:
    box = Sandbox(seed="x")
    first = [box.store.random_id(8), box.entropy.debug_id(), box.entropy.boundary()]
    box.reseed("x")
    assert [box.store.random_id(8), box.entropy.debug_id(), box.entropy.boundary()] == first
    box.reseed()
    assert not box.entropy.seeded


def test_clock_is_read_as_utc_to_the_second() -> None:
    naive = Entropy(clock=lambda: dt.datetime(2025, 1, 2, 3, 4, 5, 999))
    assert naive.now() == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    paris = dt.timezone(dt.timedelta(hours=1))
    aware = Entropy(clock=lambda: dt.datetime(2025, 1, 2, 4, 4, 5, tzinfo=paris))
    assert aware.now() == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    tick = ticking_clock(START, dt.timedelta(minutes=1))
    assert [tick(), tick()] == [START, START + dt.timedelta(minutes=1)]


def test_server_refuses_options_next_to_a_sandbox() -> None:
    with pytest.raises(TypeError):
        SandboxServer(Sandbox(), seed="x")


@pytest.fixture
def paypal_sandbox_options() -> dict[str, Any]:
    return {"seed": "plugin", "clock": ticking_clock(START)}


def test_plugin_fixture_takes_sandbox_options(paypal_sandbox: PayPalSandbox) -> None:
    box = paypal_sandbox.sandbox
    assert box.entropy.seed == "plugin"
    assert box.store.now() == START
