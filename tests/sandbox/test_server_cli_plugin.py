"""SandboxServer, the ``paypal-invoicing sandbox`` command and the ``paypal_sandbox`` fixture."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from paypal_invoicing.cli import main
from paypal_invoicing.pytest_plugin import PayPalSandbox
from paypal_invoicing.sandbox import Sandbox, SandboxServer
from tests.processes import interruptible

from .test_qr import decode_png


def test_server_binds_a_free_loopback_port_and_stops() -> None:
    server = SandboxServer()
    with pytest.raises(RuntimeError):
        _ = server.url
    with server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.port > 0
        assert (
            httpx.post(
                server.url + "/v1/oauth2/token",
                auth=("a", "b"),
                data={"grant_type": "client_credentials"},
            ).status_code
            == 200
        )
        url = server.url
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/v2/invoicing/invoices")


def test_two_servers_share_one_sandbox() -> None:
    shared = Sandbox()
    with SandboxServer(shared) as one, SandboxServer(shared) as two:
        assert one.port != two.port
        token = shared.access_token()
        headers = {"Authorization": f"Bearer {token}"}
        created = httpx.post(
            one.url + "/v2/invoicing/invoices",
            headers=headers,
            json={"detail": {"currency_code": "USD"}},
        )
        assert created.status_code == 201
        listed = httpx.get(two.url + "/v2/invoicing/invoices", headers=headers).json()
        assert len(listed["items"]) == 1


def test_concurrent_creates_get_distinct_numbers() -> None:
    with SandboxServer() as server:
        headers = {"Authorization": f"Bearer {server.sandbox.access_token()}"}
        numbers: list[str] = []

        def work() -> None:
            with httpx.Client(base_url=server.url, headers=headers) as client:
                for _ in range(10):
                    inv = client.post(
                        "/v2/invoicing/invoices",
                        json={"detail": {"currency_code": "USD"}},
                        headers={"Prefer": "return=representation"},
                    ).json()
                    numbers.append(inv["detail"]["invoice_number"])

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(numbers) == 40
    assert len(set(numbers)) == 40


def test_cli_rejects_half_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "--client-id", "only-id", "--port", "0"]) == 2
    assert "both" in capsys.readouterr().err


def test_cli_requires_a_command() -> None:
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_cli_sandbox_serves_until_interrupted() -> None:
    process = interruptible(
        [
            sys.executable,
            "-m",
            "paypal_invoicing.cli",
            "sandbox",
            "--port",
            "0",
            "--client-id",
            "cli-id",
            "--client-secret",
            "cli-secret",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = first.split(" on ", 1)[1].split(" ", 1)[0]
        assert url.startswith("http://127.0.0.1:")
        good = httpx.post(
            url + "/v1/oauth2/token",
            auth=("cli-id", "cli-secret"),
            data={"grant_type": "client_credentials"},
        )
        assert good.status_code == 200
        bad = httpx.post(
            url + "/v1/oauth2/token",
            auth=("other", "cli-secret"),
            data={"grant_type": "client_credentials"},
        )
        assert bad.json()["error"] == "invalid_client"
        lines = [first]
        while not lines[-1].startswith("Press Ctrl-C"):  # the banner ends with this line
            lines.append(process.stdout.readline())
            assert lines[-1], "the banner ended early"
        (admin_line,) = [line for line in lines if "admin token" in line]
        admin_token = admin_line.rsplit(" ", 1)[1].strip()
        fault = {"path": "/v2/", "status": 429}
        assert httpx.post(url + "/_sandbox/faults", json=fault).status_code == 401
        added = httpx.post(
            url + "/_sandbox/faults",
            json=fault,
            headers={"Authorization": f"Bearer {admin_token}"},
        )
        assert added.status_code == 201
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=10)
        assert process.returncode == 0
        assert "stopped" in out
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_plugin_import_is_cheap() -> None:
    code = (
        "import sys, paypal_invoicing.pytest_plugin as p; "
        "print(json.dumps([m for m in ('starlette', 'uvicorn', 'qrcode', "
        "'paypal_invoicing.sandbox') if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json; " + code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []


def test_paypal_sandbox_fixture(paypal_sandbox: PayPalSandbox) -> None:
    assert paypal_sandbox.url == paypal_sandbox.server.url
    token = httpx.post(
        paypal_sandbox.url + "/v1/oauth2/token",
        auth=(paypal_sandbox.client_id, paypal_sandbox.client_secret),
        data={"grant_type": "client_credentials"},
    )
    assert token.status_code == 200
    assert paypal_sandbox.sandbox.token_requests == 1


def test_paypal_sandbox_fixture_client_talks_to_the_sandbox(
    paypal_sandbox: PayPalSandbox,
) -> None:
    from paypal_invoicing_client.api.invoices import generate_invoice_number

    client: Any = paypal_sandbox.client
    result = generate_invoice_number.sync(client=client)
    assert result is not None
    assert result.invoice_number == "0001"  # type: ignore[union-attr]
    assert paypal_sandbox.sandbox.token_requests == 1
    assert paypal_sandbox.client is client


def test_demo_runs_the_whole_lifecycle_on_the_embedded_sandbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--output-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for expected in (
        "74.21 USD",
        "PARTIALLY_PAID",
        "MARKED_AS_PAID",
        "PARTIALLY_REFUNDED",
        "CANCELLED",
        "deleted",
        "CANNOT_DELETE_SENT_INVOICE",
        "1 token request",
    ):
        assert expected in out
    webhooks = out.split("Webhooks the sandbox delivered, each signature verified\n", 1)[1]
    lines = [line.split() for line in webhooks.splitlines() if line.startswith("    INVOICING.")]
    assert [(words[0], words[2]) for words in lines] == [
        ("INVOICING.INVOICE.CREATED", "DRAFT"),
        ("INVOICING.INVOICE.SENT", "SENT"),
        ("INVOICING.INVOICE.PAID", "PARTIALLY_PAID"),
        ("INVOICING.INVOICE.PAID", "MARKED_AS_PAID"),
        ("INVOICING.INVOICE.REFUNDED", "PARTIALLY_REFUNDED"),
        *[("INVOICING.INVOICE.CREATED", "DRAFT")] * 3,
        ("INVOICING.INVOICE.SENT", "SENT"),
        ("INVOICING.INVOICE.CANCELLED", "CANCELLED"),
    ]
    (png_file,) = tmp_path.glob("qr-INV2-*.png")
    width, height, texts = decode_png(png_file.read_bytes())
    assert (width, height) == (300, 300)
    assert texts[0].startswith("https://www.sandbox.paypal.com/invoice/p/#")


def test_demo_against_paypal_needs_credentials(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PAYPAL_CLIENT_ID", raising=False)
    monkeypatch.delenv("PAYPAL_CLIENT_SECRET", raising=False)
    assert main(["demo", "--environment", "sandbox"]) == 2
    assert "PAYPAL_CLIENT_ID" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["/proc/nope", "a-file"])
def test_demo_checks_its_output_dir_before_it_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    if where == "a-file":
        (tmp_path / "a-file").write_text("not a directory")
        where = str(tmp_path / "a-file")
    assert main(["demo", "--output-dir", where]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # nothing ran: no sandbox, no step
    (line,) = err.splitlines()
    assert line.startswith(f"paypal-invoicing demo: --output-dir {where!r} cannot be written to")
    assert "Traceback" not in err
