from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.webhook_event_list import WebhookEventList
from ...models.webhooks_error import WebhooksError
from ...types import UNSET, Response, Unset, http_status, request_id


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["transaction_id"] = transaction_id

    params["event_type"] = event_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notifications/webhooks-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookEventList | WebhooksError | None:
    if response.status_code == 200:
        return parse_model(WebhookEventList, response)

    if 200 <= response.status_code <= 299:
        return parse_model(WebhookEventList, response)

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
) -> Response[WebhookEventList | WebhooksError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[WebhookEventList | WebhooksError]) -> WebhookEventList:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(
        WebhookEventList, success_value(response, (WebhookEventList,), nullable=False)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> Response[WebhookEventList | WebhooksError]:
    """List event notifications

     Lists webhooks event notifications. Use query parameters to filter the response.

    Args:
        page_size (int | Unset):  Default: 10.
        start_time (str | Unset):
        end_time (str | Unset):
        transaction_id (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEventList | WebhooksError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        start_time=start_time,
        end_time=end_time,
        transaction_id=transaction_id,
        event_type=event_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> WebhookEventList:
    """List event notifications

     Lists webhooks event notifications. Use query parameters to filter the response.

    Args:
        page_size (int | Unset):  Default: 10.
        start_time (str | Unset):
        end_time (str | Unset):
        transaction_id (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookEventList
    """

    response = sync_detailed(
        client=client,
        page_size=page_size,
        start_time=start_time,
        end_time=end_time,
        transaction_id=transaction_id,
        event_type=event_type,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> Response[WebhookEventList | WebhooksError]:
    """List event notifications

     Lists webhooks event notifications. Use query parameters to filter the response.

    Args:
        page_size (int | Unset):  Default: 10.
        start_time (str | Unset):
        end_time (str | Unset):
        transaction_id (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEventList | WebhooksError]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        start_time=start_time,
        end_time=end_time,
        transaction_id=transaction_id,
        event_type=event_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> WebhookEventList:
    """List event notifications

     Lists webhooks event notifications. Use query parameters to filter the response.

    Args:
        page_size (int | Unset):  Default: 10.
        start_time (str | Unset):
        end_time (str | Unset):
        transaction_id (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookEventList
    """

    response = await asyncio_detailed(
        client=client,
        page_size=page_size,
        start_time=start_time,
        end_time=end_time,
        transaction_id=transaction_id,
        event_type=event_type,
    )
    return _result(response)
