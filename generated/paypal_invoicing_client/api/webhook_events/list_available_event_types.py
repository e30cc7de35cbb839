from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.webhook_event_type_list import WebhookEventTypeList
from ...models.webhooks_error import WebhooksError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notifications/webhooks-event-types",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookEventTypeList | WebhooksError:
    if response.status_code == 200:
        response_200 = WebhookEventTypeList.from_dict(response.json())

        return response_200

    response_default = WebhooksError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookEventTypeList | WebhooksError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[WebhookEventTypeList | WebhooksError]:
    """List available events

     Lists available events to which any webhook can subscribe. For a list of supported events, see
    [Webhook event names](/docs/api/notifications/webhooks/event-names/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEventTypeList | WebhooksError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> WebhookEventTypeList | WebhooksError | None:
    """List available events

     Lists available events to which any webhook can subscribe. For a list of supported events, see
    [Webhook event names](/docs/api/notifications/webhooks/event-names/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookEventTypeList | WebhooksError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[WebhookEventTypeList | WebhooksError]:
    """List available events

     Lists available events to which any webhook can subscribe. For a list of supported events, see
    [Webhook event names](/docs/api/notifications/webhooks/event-names/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEventTypeList | WebhooksError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> WebhookEventTypeList | WebhooksError | None:
    """List available events

     Lists available events to which any webhook can subscribe. For a list of supported events, see
    [Webhook event names](/docs/api/notifications/webhooks/event-names/).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookEventTypeList | WebhooksError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
