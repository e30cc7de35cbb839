"""Precedence of connect()'s settings, and the WARNING when an environment and a URL disagree."""

from __future__ import annotations

import logging

import pytest

from paypal_invoicing import LIVE_URL, SANDBOX_URL, ConfigurationError, connect
from paypal_invoicing._connect import resolve_settings

LOCAL = "http://127.0.0.1:8080"
CREDS = {"PAYPAL_CLIENT_ID": "id", "PAYPAL_CLIENT_SECRET": "secret"}


@pytest.mark.parametrize(
    ("arguments", "variables", "url", "ignored"),
    [
        ({}, {"PAYPAL_ENVIRONMENT": "live", "PAYPAL_BASE_URL": LOCAL}, LOCAL, "PAYPAL_ENVIRONMENT"),
        ({"base_url": LOCAL}, {"PAYPAL_ENVIRONMENT": "live"}, LOCAL, "PAYPAL_ENVIRONMENT"),
        ({"environment": "live"}, {"PAYPAL_BASE_URL": LOCAL}, LIVE_URL, "PAYPAL_BASE_URL"),
        ({"environment": "sandbox", "base_url": LOCAL}, {}, LOCAL, "environment"),
    ],
)
def test_conflicts_are_warned_about(
    caplog: pytest.LogCaptureFixture,
    arguments: dict[str, str],
    variables: dict[str, str],
    url: str,
    ignored: str,
) -> None:
    with caplog.at_level(logging.WARNING, logger="paypal_invoicing"):
        settings = resolve_settings(env={**CREDS, **variables}, **arguments)
    assert settings.base_url == url
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert f"({ignored} is ignored)" in record.getMessage()
    assert f"using {url}" in record.getMessage()
    assert "secret" not in record.getMessage()


@pytest.mark.parametrize(
    ("arguments", "variables", "url"),
    [
        ({}, {}, SANDBOX_URL),
        ({}, {"PAYPAL_ENVIRONMENT": "live"}, LIVE_URL),
        ({}, {"PAYPAL_BASE_URL": LOCAL}, LOCAL),
        ({}, {"PAYPAL_ENVIRONMENT": "sandbox", "PAYPAL_BASE_URL": SANDBOX_URL + "/"}, SANDBOX_URL),
        ({"environment": "live"}, {"PAYPAL_ENVIRONMENT": "sandbox"}, LIVE_URL),
        ({"base_url": LOCAL}, {"PAYPAL_BASE_URL": "http://127.0.0.1:9"}, LOCAL),
    ],
)
def test_agreeing_settings_are_silent(
    caplog: pytest.LogCaptureFixture,
    arguments: dict[str, str],
    variables: dict[str, str],
    url: str,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="paypal_invoicing"):
        assert resolve_settings(env={**CREDS, **variables}, **arguments).base_url == url
    assert caplog.records == []


def test_connect_reads_the_variables_and_warns(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name, value in {**CREDS, "PAYPAL_ENVIRONMENT": "live", "PAYPAL_BASE_URL": LOCAL}.items():
        monkeypatch.setenv(name, value)
    with caplog.at_level(logging.WARNING, logger="paypal_invoicing"):
        client = connect()
    assert str(client.get_httpx_client().base_url).rstrip("/") == LOCAL
    assert "PAYPAL_ENVIRONMENT=live and PAYPAL_BASE_URL are both set" in caplog.text
    client.get_httpx_client().close()


@pytest.mark.parametrize("base_url", [None, "http://127.0.0.1:8080"])
def test_an_unknown_environment_variable_is_refused_even_beside_a_base_url(
    base_url: str | None,
) -> None:
    env = {"PAYPAL_CLIENT_ID": "id", "PAYPAL_CLIENT_SECRET": "secret"}
    env["PAYPAL_ENVIRONMENT"] = "prodution"
    if base_url:
        env["PAYPAL_BASE_URL"] = base_url
    with pytest.raises(ConfigurationError, match="PAYPAL_ENVIRONMENT"):
        resolve_settings(env=env)
