from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.simulate_webhook_event import SimulateWebhookEvent
from ...models.webhook_event import WebhookEvent
from ...models.webhooks_error import WebhooksError
from ...types import UNSET, Response, Unset, http_status, request_id


def _get_kwargs(
    *,
    body: SimulateWebhookEvent | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/notifications/simulate-event",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookEvent | WebhooksError | None:
    if response.status_code == 202:
        return parse_model(WebhookEvent, response)

    if 200 <= response.status_code <= 299:
        return parse_model(WebhookEvent, response)

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
) -> Response[WebhookEvent | WebhooksError]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[WebhookEvent | WebhooksError]) -> WebhookEvent:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(WebhookEvent, success_value(response, (WebhookEvent,), nullable=False))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SimulateWebhookEvent | Unset = UNSET,
) -> Response[WebhookEvent | WebhooksError]:
    """Simulate webhook event

     Simulates a webhook event. In the JSON request body, specify a sample payload.
    You need to subscribe to the following webhook events for Pay upon Invoice:

    | Event | Trigger |
    | --- | --- |
    | `PAYMENT.CAPTURE.COMPLETED` | A payment capture completes. |
    | `PAYMENT.CAPTURE.DENIED` | A payment capture is denied. |
    | `CHECKOUT.PAYMENT-APPROVAL.REVERSED` | PayPal reverses a payment capture. |

    Args:
        body (SimulateWebhookEvent | Unset): Simulates a mock webhook event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEvent | WebhooksError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SimulateWebhookEvent | Unset = UNSET,
) -> WebhookEvent:
    """Simulate webhook event

     Simulates a webhook event. In the JSON request body, specify a sample payload.
    You need to subscribe to the following webhook events for Pay upon Invoice:

    | Event | Trigger |
    | --- | --- |
    | `PAYMENT.CAPTURE.COMPLETED` | A payment capture completes. |
    | `PAYMENT.CAPTURE.DENIED` | A payment capture is denied. |
    | `CHECKOUT.PAYMENT-APPROVAL.REVERSED` | PayPal reverses a payment capture. |

    Args:
        body (SimulateWebhookEvent | Unset): Simulates a mock webhook event.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookEvent
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SimulateWebhookEvent | Unset = UNSET,
) -> Response[WebhookEvent | WebhooksError]:
    """Simulate webhook event

     Simulates a webhook event. In the JSON request body, specify a sample payload.
    You need to subscribe to the following webhook events for Pay upon Invoice:

    | Event | Trigger |
    | --- | --- |
    | `PAYMENT.CAPTURE.COMPLETED` | A payment capture completes. |
    | `PAYMENT.CAPTURE.DENIED` | A payment capture is denied. |
    | `CHECKOUT.PAYMENT-APPROVAL.REVERSED` | PayPal reverses a payment capture. |

    Args:
        body (SimulateWebhookEvent | Unset): Simulates a mock webhook event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookEvent | WebhooksError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SimulateWebhookEvent | Unset = UNSET,
) -> WebhookEvent:
    """Simulate webhook event

     Simulates a webhook event. In the JSON request body, specify a sample payload.
    You need to subscribe to the following webhook events for Pay upon Invoice:

    | Event | Trigger |
    | --- | --- |
    | `PAYMENT.CAPTURE.COMPLETED` | A payment capture completes. |
    | `PAYMENT.CAPTURE.DENIED` | A payment capture is denied. |
    | `CHECKOUT.PAYMENT-APPROVAL.REVERSED` | PayPal reverses a payment capture. |

    Args:
        body (SimulateWebhookEvent | Unset): Simulates a mock webhook event.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        WebhookEvent
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return _result(response)
