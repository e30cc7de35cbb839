"""connect(allow_http=True) / PAYPAL_ALLOW_HTTP=1: plain http to a container, never to PayPal."""

from __future__ import annotations

import logging

import pytest

from paypal_invoicing import ConfigurationError, connect


def test_plain_http_to_a_container_name_is_refused_by_default() -> None:
    with pytest.raises(ConfigurationError, match=r"allow_http=True or PAYPAL_ALLOW_HTTP=1"):
        connect("id", "secret", base_url="http://sandbox:8080")


def test_allow_http_admits_it_with_a_warning_naming_the_host(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, "paypal_invoicing"):
        client = connect("id", "secret", base_url="http://sandbox:8080", allow_http=True)
    assert str(client.get_httpx_client().base_url).rstrip("/") == "http://sandbox:8080"
    (record,) = [r for r in caplog.records if "plain http" in r.getMessage()]
    assert record.levelno == logging.WARNING and "sandbox" in record.getMessage()
    assert "secret" not in record.getMessage()
    client.close()


@pytest.mark.parametrize("value", ["1", "true", " TRUE "])
def test_the_variable_admits_it_too(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, value: str
) -> None:
    monkeypatch.setenv("PAYPAL_ALLOW_HTTP", value)
    monkeypatch.setenv("PAYPAL_BASE_URL", "http://billing-sandbox:8080")
    with caplog.at_level(logging.WARNING, "paypal_invoicing"):
        connect("id", "secret").close()
    assert any("billing-sandbox" in r.getMessage() for r in caplog.records)
    with pytest.raises(ConfigurationError):  # the argument wins over the variable
        connect("id", "secret", allow_http=False)


@pytest.mark.parametrize("value", ["0", "", "no"])
def test_other_values_of_the_variable_do_not(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("PAYPAL_ALLOW_HTTP", value)
    with pytest.raises(ConfigurationError, match="refusing plain http"):
        connect("id", "secret", base_url="http://sandbox:8080")


@pytest.mark.parametrize(
    "url",
    [
        "http://api-m.paypal.com",
        "http://api-m.sandbox.paypal.com",
        "http://api.paypal.com",
        "http://api.sandbox.paypal.com",
        "http://API-M.PayPal.com.",
    ],
)
def test_paypals_own_hosts_are_never_admitted_over_http(url: str) -> None:
    with pytest.raises(ConfigurationError, match="refusing plain http"):
        connect("id", "secret", base_url=url, allow_http=True)


def test_a_lookalike_is_not_paypal() -> None:
    client = connect("id", "secret", base_url="http://notpaypal.com:8080", allow_http=True)
    assert client.get_httpx_client().base_url.host == "notpaypal.com"
    client.close()
