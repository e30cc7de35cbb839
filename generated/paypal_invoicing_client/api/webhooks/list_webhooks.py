from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_webhooks_anchor_type import ListWebhooksAnchorType
from ...models.webhook_list import WebhookList
from ...models.webhooks_error import WebhooksError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    anchor_type: ListWebhooksAnchorType | Unset = ListWebhooksAnchorType.APPLICATION,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_anchor_type: str | Unset = UNSET
    if not isinstance(anchor_type, Unset):
        json_anchor_type = anchor_type.value

    params["anchor_type"] = json_anchor_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notifications/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookList | WebhooksError:
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(response.json())

        return response_200

    response_default = WebhooksError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookList | WebhooksError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    anchor_type: ListWebhooksAnchorType | Unset = ListWebhooksAnchorType.APPLICATION,
) -> Response[WebhookList | WebhooksError]:
    """List webhooks

     Lists webhooks for an app.

    Args:
        anchor_type (ListWebhooksAnchorType | Unset):  Default:
            ListWebhooksAnchorType.APPLICATION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookList | WebhooksError]
    """

    kwargs = _get_kwargs(
        anchor_type=anchor_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    anchor_type: ListWebhooksAnchorType | Unset = ListWebhooksAnchorType.APPLICATION,
) -> WebhookList | WebhooksError | None:
    """List webhooks

     Lists webhooks for an app.

    Args:
        anchor_type (ListWebhooksAnchorType | Unset):  Default:
            ListWebhooksAnchorType.APPLICATION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookList | WebhooksError
    """

    return sync_detailed(
        client=client,
        anchor_type=anchor_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    anchor_type: ListWebhooksAnchorType | Unset = ListWebhooksAnchorType.APPLICATION,
) -> Response[WebhookList | WebhooksError]:
    """List webhooks

     Lists webhooks for an app.

    Args:
        anchor_type (ListWebhooksAnchorType | Unset):  Default:
            ListWebhooksAnchorType.APPLICATION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookList | WebhooksError]
    """

    kwargs = _get_kwargs(
        anchor_type=anchor_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    anchor_type: ListWebhooksAnchorType | Unset = ListWebhooksAnchorType.APPLICATION,
) -> WebhookList | WebhooksError | None:
    """List webhooks

     Lists webhooks for an app.

    Args:
        anchor_type (ListWebhooksAnchorType | Unset):  Default:
            ListWebhooksAnchorType.APPLICATION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookList | WebhooksError
    """

    return (
        await asyncio_detailed(
            client=client,
            anchor_type=anchor_type,
        )
    ).parsed
