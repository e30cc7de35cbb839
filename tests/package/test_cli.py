"""The console script: --version, python -m, one-line errors, the banner, the missing extra."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from paypal_invoicing import __version__, connect
from paypal_invoicing.cli import banner, main
from paypal_invoicing_client.api.invoices import generate_invoice_number
from tests.processes import interruptible

from .conftest import WITHOUT_EXTRA, run_python

INSTALL = "pip install 'paypal-invoicing[sandbox]'"


def test_version_from_the_script_and_from_python_m() -> None:
    for args in (
        ["-m", "paypal_invoicing", "--version"],
        ["-m", "paypal_invoicing.cli", "--version"],
    ):
        result = run_python(args)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"paypal-invoicing {__version__}"


def test_python_m_runs_the_commands() -> None:
    result = run_python(["-m", "paypal_invoicing", "sandbox", "--port", "70000"])
    assert result.returncode == 2
    assert result.stderr.startswith("paypal-invoicing sandbox: --port")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--port", "70000"], "--port must be an integer from 0 to 65535, got '70000'"),
        (["--port", "-1"], "--port must be an integer from 0 to 65535"),
        (["--port", "http"], "--port must be an integer from 0 to 65535, got 'http'"),
        (["--token-lifetime", "0"], "--token-lifetime must be a whole number of seconds"),
        (["--token-lifetime", "1.5"], "--token-lifetime must be a whole number of seconds"),
        (["--token-lifetime", "99999999999"], "--token-lifetime must be a whole number"),
    ],
)
def test_bad_option_values_give_one_line(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sandbox", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert words in captured.err


def test_a_port_in_use_gives_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["sandbox", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"cannot listen on 127.0.0.1:{port}" in err


def test_banner_says_how_to_connect() -> None:
    lines = banner("http://127.0.0.1:8080", None)
    assert (
        lines[0]
        == "PayPal Invoicing sandbox on http://127.0.0.1:8080 (accepts any client id and secret)."
    )
    text = "\n".join(lines)
    assert "PAYPAL_BASE_URL=http://127.0.0.1:8080 PAYPAL_CLIENT_ID=any-id" in text
    assert 'connect("any-id", "any-secret", base_url="http://127.0.0.1:8080")' in text
    fixed = "\n".join(banner("http://127.0.0.1:9", "shop-id"))
    assert "PAYPAL_CLIENT_ID=shop-id PAYPAL_CLIENT_SECRET=<your --client-secret>" in fixed


def test_the_banner_line_connects_a_client() -> None:
    """Run the served sandbox, take the PAYPAL_* line from its banner, and use it."""
    process = interruptible(
        [sys.executable, "-m", "paypal_invoicing", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        variables = dict(
            word.split("=", 1) for word in lines[2].split() if word.startswith("PAYPAL_")
        )
        client = connect(
            variables["PAYPAL_CLIENT_ID"],
            variables["PAYPAL_CLIENT_SECRET"],
            base_url=variables["PAYPAL_BASE_URL"],
        )
        number = generate_invoice_number.sync(client=client)
        assert getattr(number, "invoice_number", None) == "0001"
        client.get_httpx_client().close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
        assert process.returncode == 0, err
        assert "Sandbox stopped." in out
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("command", [["sandbox", "--port", "0"], ["demo"]])
def test_without_the_extra_one_line_names_the_install(command: list[str]) -> None:
    code = (
        WITHOUT_EXTRA
        + f"from paypal_invoicing.cli import main; raise SystemExit(main({command!r}))"
    )
    result = run_python(["-c", code])
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert INSTALL in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_on_paypal_needs_no_extra() -> None:
    code = WITHOUT_EXTRA + (
        "from paypal_invoicing.cli import main; "
        "raise SystemExit(main(['demo', '--environment', 'sandbox']))"
    )
    result = run_python(["-c", code])
    assert result.returncode == 2  # asks for credentials, not for the extra
    assert "PAYPAL_CLIENT_ID" in result.stderr
    assert INSTALL not in result.stderr
