"""OAuth token endpoint, bearer checks, token expiry and fault injection."""

from __future__ import annotations

import httpx
import pytest

from paypal_invoicing.sandbox import SandboxServer

INV = "/v2/invoicing/invoices"


def token(
    client: httpx.Client,
    auth: tuple[str, str] = ("test-id", "test-secret"),
    grant: str | None = "client_credentials",
) -> httpx.Response:
    data = {"grant_type": grant} if grant else {}
    return client.post("/v1/oauth2/token", auth=auth, data=data)


def test_token_response_has_paypals_fields(server: SandboxServer) -> None:
    with httpx.Client(base_url=server.url) as client:
        response = token(client)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"scope", "access_token", "token_type", "app_id", "expires_in", "nonce"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 32400
    assert "https://uri.paypal.com/services/invoicing" in body["scope"].split()
    assert response.headers["Paypal-Debug-Id"]
    assert server.sandbox.token_requests == 1


def test_token_lifetime_is_configurable() -> None:
    with SandboxServer(token_lifetime=5) as server, httpx.Client(base_url=server.url) as client:
        assert token(client, ("any", "thing")).json()["expires_in"] == 5


def test_any_credentials_when_none_configured() -> None:
    with SandboxServer() as server, httpx.Client(base_url=server.url) as client:
        assert token(client, ("whoever", "whatever")).status_code == 200
        assert token(client, ("", "")).status_code == 401


@pytest.mark.parametrize("auth", [("test-id", "wrong"), ("wrong", "test-secret")])
def test_bad_client_credentials(server: SandboxServer, auth: tuple[str, str]) -> None:
    with httpx.Client(base_url=server.url) as client:
        response = token(client, auth)
    assert response.status_code == 401
    assert response.json() == {
        "error": "invalid_client",
        "error_description": "Client Authentication failed",
    }
    assert server.sandbox.token_requests == 1


def test_missing_grant_type(server: SandboxServer) -> None:
    with httpx.Client(base_url=server.url) as client:
        response = token(client, grant=None)
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_bad_token_gets_oauth_shaped_401(server: SandboxServer) -> None:
    response = httpx.get(server.url + INV, headers={"Authorization": "Bearer forged"})
    assert response.status_code == 401
    assert response.json() == {
        "error": "invalid_token",
        "error_description": "Token signature verification failed",
    }


def test_missing_authorization_header(server: SandboxServer) -> None:
    response = httpx.get(server.url + INV)
    assert response.status_code == 401
    assert response.json()["name"] == "AUTHENTICATION_FAILURE"


def test_expired_tokens_get_invalid_token_then_a_new_token_works(
    server: SandboxServer, api: httpx.Client
) -> None:
    assert api.get(INV).status_code == 200
    server.sandbox.expire_tokens()
    response = api.get(INV)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_token"
    api.headers["Authorization"] = "Bearer " + token(api).json()["access_token"]
    assert api.get(INV).status_code == 200
    assert server.sandbox.token_requests == 2


def test_revoke_through_admin_endpoint(server: SandboxServer, api: httpx.Client) -> None:
    assert api.post("/_sandbox/tokens/revoke", json={}).status_code == 204
    assert api.get(INV).status_code == 401
    # the revoked token no longer opens the admin routes either; the admin token does
    assert api.get("/_sandbox/stats").status_code == 401
    admin = {"Authorization": f"Bearer {server.sandbox.admin_token}"}
    assert api.get("/_sandbox/stats", headers=admin).json()["token_requests"] == 1


def test_short_lived_token_expires() -> None:
    with SandboxServer(token_lifetime=0) as server, httpx.Client(base_url=server.url) as client:
        access = token(client, ("a", "b")).json()["access_token"]
        response = client.get(INV, headers={"Authorization": f"Bearer {access}"})
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_token"


# -- faults -----------------------------------------------------------------------------------
def test_fault_429_with_retry_after_then_normal(server: SandboxServer, api: httpx.Client) -> None:
    server.sandbox.inject(INV, 429, count=2, retry_after=3)
    for _ in range(2):
        response = api.get(INV)
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "3"
        assert response.json()["name"] == "RATE_LIMIT_REACHED"
        assert response.json()["debug_id"] == response.headers["Paypal-Debug-Id"]
    assert api.get(INV).status_code == 200


@pytest.mark.parametrize(
    ("status", "name"), [(500, "INTERNAL_SERVER_ERROR"), (503, "SERVICE_UNAVAILABLE")]
)
def test_fault_5xx_does_not_act(
    server: SandboxServer, api: httpx.Client, status: int, name: str
) -> None:
    server.sandbox.inject(INV, status, method="POST")
    body = {"detail": {"currency_code": "USD"}}
    response = api.post(INV, json=body, headers={"PayPal-Request-Id": "r1"})
    assert response.status_code == status
    assert response.json()["name"] == name
    assert server.sandbox.invoice_ids() == []
    # the retry with the same request id acts (a 5xx is not remembered)
    assert api.post(INV, json=body, headers={"PayPal-Request-Id": "r1"}).status_code == 201
    assert len(server.sandbox.invoice_ids()) == 1


def test_fault_matches_path_prefix_only(server: SandboxServer, api: httpx.Client) -> None:
    server.sandbox.inject("/v2/invoicing/templates", 503)
    assert api.get(INV).status_code == 200
    assert api.get("/v2/invoicing/templates").status_code == 503
    assert api.get("/v2/invoicing/templates").status_code == 200


def test_fault_on_token_endpoint(server: SandboxServer) -> None:
    server.sandbox.inject("/v1/oauth2/token", 503)
    with httpx.Client(base_url=server.url) as client:
        assert token(client).status_code == 503
        assert token(client).status_code == 200


def test_delay_fault_serves_normally(server: SandboxServer, api: httpx.Client) -> None:
    server.sandbox.inject(INV, None, delay=0.05)
    assert api.get(INV).status_code == 200
    assert server.sandbox.faults.fired == 1
    assert server.sandbox.faults.pending() == []


def test_delay_fault_trips_a_client_timeout(server: SandboxServer, api: httpx.Client) -> None:
    server.sandbox.inject(INV, None, delay=0.5)
    with pytest.raises(httpx.ReadTimeout):
        api.get(INV, timeout=0.1)


def test_admin_fault_endpoint(api: httpx.Client) -> None:
    added = api.post("/_sandbox/faults", json={"path": INV, "status": 503, "count": 1})
    assert added.status_code == 201
    assert api.get("/_sandbox/faults").json()["faults"][0]["path"] == INV
    assert api.get(INV).status_code == 503
    assert api.get("/_sandbox/faults").json()["faults"] == []
    api.post("/_sandbox/faults", json={"path": INV, "status": 500, "count": 5})
    assert api.delete("/_sandbox/faults").status_code == 204
    assert api.get(INV).status_code == 200
    assert api.post("/_sandbox/faults", json={"path": INV, "status": 200}).status_code == 400
    assert api.post("/_sandbox/faults", json={"status": 500}).status_code == 400
