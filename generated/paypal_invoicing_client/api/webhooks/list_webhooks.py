from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.list_webhooks_anchor_type import ListWebhooksAnchorType
from ...models.webhook_list import WebhookList
from ...models.webhooks_error import WebhooksError
from ...types import UNSET, Response, Unset, http_status, request_id


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
) -> WebhookList | WebhooksError | None:
    if response.status_code == 200:
        return parse_model(WebhookList, response)

    if 200 <= response.status_code <= 299:
        return parse_model(WebhookList, response)

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
) -> Response[WebhookList | WebhooksError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[WebhookList | WebhooksError]) -> WebhookList:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(WebhookList, success_value(response, (WebhookList,), nullable=False))


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
) -> WebhookList:
    """List webhooks

     Lists webhooks for an app.

    Args:
        anchor_type (ListWebhooksAnchorType | Unset):  Default:
            ListWebhooksAnchorType.APPLICATION.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookList
    """

    response = sync_detailed(
        client=client,
        anchor_type=anchor_type,
    )
    return _result(response)


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
) -> WebhookList:
    """List webhooks

     Lists webhooks for an app.

    Args:
        anchor_type (ListWebhooksAnchorType | Unset):  Default:
            ListWebhooksAnchorType.APPLICATION.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookList
    """

    response = await asyncio_detailed(
        client=client,
        anchor_type=anchor_type,
    )
    return _result(response)
