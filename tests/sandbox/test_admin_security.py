"""The sandbox is closed to strangers: admin credentials, Host and Origin checks, no faults on
admin routes, validated fault parameters, raw-path routing, and the CLI's one-line errors."""

from __future__ import annotations

import base64
import json
import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest

from paypal_invoicing.sandbox import Sandbox, SandboxServer
from paypal_invoicing.sandbox.server import serve

from .helpers import create, simple_invoice

INV = "/v2/invoicing/invoices"
ADMIN_POSTS = [
    ("/_sandbox/tokens/issue", {}),
    ("/_sandbox/reset", {}),
    ("/_sandbox/faults", {"path": INV, "status": 503}),
]


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize(("path", "body"), ADMIN_POSTS)
def test_admin_routes_need_the_credentials_once_configured(
    server: SandboxServer, path: str, body: dict[str, Any]
) -> None:
    with httpx.Client(base_url=server.url) as client:
        refused = client.post(path, json=body)
        assert refused.status_code == 401
        assert refused.json()["name"] == "AUTHENTICATION_FAILURE"
        assert (
            client.post(path, json=body, headers={"Authorization": "Bearer forged"}).status_code
            == 401
        )
        for auth in (
            f"Bearer {server.sandbox.access_token()}",  # first: a reset revokes it
            _basic("test-id", "test-secret"),
            f"Bearer {server.sandbox.admin_token}",
        ):
            assert client.post(path, json=body, headers={"Authorization": auth}).status_code < 300
        assert client.get("/_sandbox/stats").status_code == 401
        wrong = client.get("/_sandbox/stats", headers={"Authorization": _basic("test-id", "no")})
        assert wrong.status_code == 401


def test_refused_admin_calls_change_nothing(server: SandboxServer, api: httpx.Client) -> None:
    invoice = create(api, simple_invoice())
    with httpx.Client(base_url=server.url) as stranger:
        assert stranger.post("/_sandbox/reset", json={}).status_code == 401
        assert stranger.post(f"/_sandbox/invoices/{invoice['id']}/pay", json={}).status_code == 401
    assert server.sandbox.invoice_ids() == [invoice["id"]]
    assert server.sandbox.invoice(invoice["id"])["status"] == "DRAFT"


def test_admin_routes_are_open_without_configured_credentials() -> None:
    with SandboxServer() as open_box, httpx.Client(base_url=open_box.url) as client:
        assert client.get("/_sandbox/stats").status_code == 200
        assert client.post("/_sandbox/tokens/issue", json={}).status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_admin_posts_take_only_json(
    server: SandboxServer, api: httpx.Client, content_type: str | None
) -> None:
    create(api, simple_invoice())
    admin = {"Authorization": f"Bearer {server.sandbox.admin_token}"}
    if content_type:
        admin["Content-Type"] = content_type
    with httpx.Client(base_url=server.url, headers=admin) as client:
        response = client.post("/_sandbox/reset", content=b"{}" if content_type else b"")
    assert response.status_code == 415
    assert response.json()["details"][0]["field"] == "Content-Type"
    assert len(server.sandbox.invoice_ids()) == 1


@pytest.mark.parametrize("path", ["/_sandbox/reset", "/_sandbox/faults", INV])
def test_a_foreign_origin_is_refused(server: SandboxServer, api: httpx.Client, path: str) -> None:
    create(api, simple_invoice())
    response = api.post(
        path,
        content=b'{"path": "/"}',
        headers={"Origin": "https://evil.example", "Content-Type": "text/plain"},
    )
    assert response.status_code == 403
    assert response.json()["name"] == "NOT_AUTHORIZED"
    assert len(server.sandbox.invoice_ids()) == 1
    assert server.sandbox.faults.pending() == []


def test_the_sandboxs_own_origin_is_accepted(server: SandboxServer, api: httpx.Client) -> None:
    assert api.get(INV, headers={"Origin": server.url}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "rebind.attacker.test:1"])
def test_a_foreign_host_is_refused_and_never_echoed(
    server: SandboxServer, api: httpx.Client, host: str
) -> None:
    response = api.post(INV, json=simple_invoice(), headers={"Host": host})
    assert response.status_code == 403
    assert host not in response.text
    assert server.sandbox.invoice_ids() == []


def test_localhost_names_the_loopback_sandbox(server: SandboxServer, api: httpx.Client) -> None:
    made = api.post(
        INV,
        json=simple_invoice(),
        headers={"Host": f"localhost:{server.port}", "Prefer": "return=representation"},
    )
    assert made.status_code == 201
    assert made.json()["links"][0]["href"].startswith(f"http://localhost:{server.port}/")


def test_a_fault_on_slash_cannot_block_the_admin_routes(
    server: SandboxServer, api: httpx.Client
) -> None:
    server.sandbox.inject("/", 503, count=100)
    assert api.get(INV).status_code == 503
    admin = {"Authorization": f"Bearer {server.sandbox.admin_token}"}
    assert api.get("/_sandbox/faults", headers=admin).json()["faults"][0]["path"] == "/"
    assert api.delete("/_sandbox/faults", headers=admin).status_code == 204
    assert api.get(INV).status_code == 200


@pytest.mark.parametrize(
    ("fault", "field"),
    [
        ({"path": INV, "delay": "inf"}, "/delay"),
        ({"path": INV, "delay": 1e308 * 10}, "/delay"),
        ({"path": INV, "delay": 3600}, "/delay"),
        ({"path": INV, "delay": -1}, "/delay"),
        ({"path": INV, "status": 200}, "/status"),
        ({"path": INV, "status": 599}, "/status"),
        ({"path": INV, "status": "503"}, "/status"),
        ({"path": INV, "count": 0}, "/count"),
        ({"path": INV, "count": 1.5}, "/count"),
        ({"path": INV, "retry_after": -3}, "/retry_after"),
        ({"path": INV, "method": "BREW"}, "/method"),
        ({"path": "v2/no-slash"}, "/path"),
        ({"path": "/_sandbox/reset"}, "/path"),
        ({"path": INV, "status": 503, "drop": True}, "/drop"),
        ({"path": INV, "after_commit": "yes"}, "/after_commit"),
        ({"path": INV, "colour": "red"}, "/colour"),
    ],
)
def test_fault_parameters_are_validated(
    server: SandboxServer, fault: dict[str, Any], field: str
) -> None:
    admin = {"Authorization": f"Bearer {server.sandbox.admin_token}"}
    with httpx.Client(base_url=server.url, headers=admin) as client:
        response = client.post(
            "/_sandbox/faults",
            content=json.dumps(fault).replace("Infinity", "1e999"),
            headers={"Content-Type": "application/json"},
        )
    assert response.status_code == 400, response.text
    assert response.json()["details"][0]["field"] == field
    assert server.sandbox.faults.pending() == []


def test_inject_refuses_an_infinite_delay() -> None:
    with pytest.raises(ValueError, match="delay"):
        Sandbox().inject(INV, None, delay=float("inf"))
    with pytest.raises(ValueError, match="delay"):
        Sandbox().inject(INV, None, delay=float("nan"))


def test_reset_also_resets_the_stats(server: SandboxServer, api: httpx.Client) -> None:
    server.sandbox.inject(INV, 503)
    api.get(INV)
    create(api, simple_invoice())
    admin = {"Authorization": f"Bearer {server.sandbox.admin_token}"}
    before = api.get("/_sandbox/stats", headers=admin).json()
    assert before["token_requests"] == 1
    assert before["faults_fired"] == 1
    assert api.post("/_sandbox/reset", json={}, headers=admin).status_code == 204
    assert api.get("/_sandbox/stats", headers=admin).json() == {
        "token_requests": 0,
        "tokens_issued": 0,
        "faults_fired": 0,
        "invoices": 0,
        "templates": 0,
    }


def test_an_encoded_slash_stays_inside_the_id(server: SandboxServer, api: httpx.Client) -> None:
    invoice = create(api, simple_invoice(partial=True))
    payment = api.post(
        f"{INV}/{invoice['id']}/payments",
        json={"method": "CASH", "amount": {"currency_code": "USD", "value": "10.00"}},
    ).json()["payment_id"]
    sneaky = f"{invoice['id']}%2Fpayments%2F{payment}"
    response = api.delete(f"{INV}/{sneaky}")
    assert response.status_code == 404
    assert response.json()["details"][0]["value"] == f"{invoice['id']}/payments/{payment}"
    stored = server.sandbox.invoice(invoice["id"])
    assert [t["payment_id"] for t in stored["payments"]["transactions"]] == [payment]
    # an encoded character that is not a "/" still decodes into the id
    encoded = invoice["id"].replace("-", "%2D")
    assert api.get(f"{INV}/{encoded}").json()["id"] == invoice["id"]


def test_binding_a_non_loopback_address_warns(caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.WARNING, "paypal_invoicing.sandbox.server"),
        SandboxServer(host="0.0.0.0") as open_box,
    ):
        assert httpx.get(f"http://127.0.0.1:{open_box.port}/_sandbox/stats").status_code == 200
        named = httpx.get(
            f"http://127.0.0.1:{open_box.port}/_sandbox/stats", headers={"Host": "evil.example"}
        )
        assert named.status_code == 403
    assert any("anyone who can reach it" in r.getMessage() for r in caplog.records)


def test_loopback_binds_do_not_warn(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "paypal_invoicing.sandbox.server"), SandboxServer():
        pass
    assert not caplog.records


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"port": 99999}, "port must be an integer from 0 to 65535"),
        ({"port": -1}, "port must be an integer from 0 to 65535"),
        ({"token_lifetime": -5}, "token_lifetime must be an integer >= 0"),
        ({"client_id": "only"}, "give both --client-id and --client-secret"),
    ],
)
def test_serve_gives_one_line_errors(
    options: dict[str, Any], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert serve(**options) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_cli_bad_port_is_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "paypal_invoicing.cli", "sandbox", "--port", "99999"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "port must be an integer from 0 to 65535" in done.stderr
