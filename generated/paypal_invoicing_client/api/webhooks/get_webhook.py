from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...models.webhooks_error import WebhooksError
from ...types import Response, http_status, request_id


def _get_kwargs(
    webhook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notifications/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Webhook | WebhooksError | None:
    if response.status_code == 200:
        return parse_model(Webhook, response)

    if 200 <= response.status_code <= 299:
        return parse_model(Webhook, response)

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
) -> Response[Webhook | WebhooksError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[Webhook | WebhooksError]) -> Webhook:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(Webhook, success_value(response, (Webhook,), nullable=False))


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Webhook | WebhooksError]:
    """Show webhook details

     Shows details for a webhook, by ID.

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | WebhooksError]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Webhook:
    """Show webhook details

     Shows details for a webhook, by ID.

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Webhook
    """

    response = sync_detailed(
        webhook_id=webhook_id,
        client=client,
    )
    return _result(response)


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Webhook | WebhooksError]:
    """Show webhook details

     Shows details for a webhook, by ID.

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | WebhooksError]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
) -> Webhook:
    """Show webhook details

     Shows details for a webhook, by ID.

    Args:
        webhook_id (str):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Webhook
    """

    response = await asyncio_detailed(
        webhook_id=webhook_id,
        client=client,
    )
    return _result(response)
