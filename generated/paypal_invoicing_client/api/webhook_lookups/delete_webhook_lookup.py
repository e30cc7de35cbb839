from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.webhooks_error import WebhooksError
from ...types import Response


def _get_kwargs(
    webhook_lookup_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/notifications/webhooks-lookup/{webhook_lookup_id}".format(
            webhook_lookup_id=quote(str(webhook_lookup_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WebhooksError:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = WebhooksError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WebhooksError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_lookup_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | WebhooksError]:
    """Delete webhook lookup

     Deletes a webhook lookup, by ID.

    Args:
        webhook_lookup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WebhooksError]
    """

    kwargs = _get_kwargs(
        webhook_lookup_id=webhook_lookup_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_lookup_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | WebhooksError | None:
    """Delete webhook lookup

     Deletes a webhook lookup, by ID.

    Args:
        webhook_lookup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WebhooksError
    """

    return sync_detailed(
        webhook_lookup_id=webhook_lookup_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    webhook_lookup_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | WebhooksError]:
    """Delete webhook lookup

     Deletes a webhook lookup, by ID.

    Args:
        webhook_lookup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WebhooksError]
    """

    kwargs = _get_kwargs(
        webhook_lookup_id=webhook_lookup_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_lookup_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | WebhooksError | None:
    """Delete webhook lookup

     Deletes a webhook lookup, by ID.

    Args:
        webhook_lookup_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WebhooksError
    """

    return (
        await asyncio_detailed(
            webhook_lookup_id=webhook_lookup_id,
            client=client,
        )
    ).parsed
