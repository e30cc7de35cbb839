from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.webhook_lookup import WebhookLookup
from ...models.webhooks_error import WebhooksError
from ...types import Response, http_status, request_id


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/notifications/webhooks-lookup",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookLookup | WebhooksError | None:
    if response.status_code == 201:
        return parse_model(WebhookLookup, response)

    if 200 <= response.status_code <= 299:
        return parse_model(WebhookLookup, response)

    if response.status_code >= 400:
        return parse_model(WebhooksError, response)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(
            response.status_code,
            response.content,
            response.headers,
            request_id(response),
        )
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookLookup | WebhooksError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[WebhookLookup | WebhooksError]) -> WebhookLookup:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(
        WebhookLookup, success_value(response, (WebhookLookup,), nullable=False)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[WebhookLookup | WebhooksError]:
    """Create webhook lookup

     Creates a webhook lookup.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookLookup | WebhooksError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> WebhookLookup:
    """Create webhook lookup

     Creates a webhook lookup.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookLookup
    """

    response = sync_detailed(
        client=client,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[WebhookLookup | WebhooksError]:
    """Create webhook lookup

     Creates a webhook lookup.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookLookup | WebhooksError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> WebhookLookup:
    """Create webhook lookup

     Creates a webhook lookup.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookLookup
    """

    response = await asyncio_detailed(
        client=client,
    )
    return _result(response)
