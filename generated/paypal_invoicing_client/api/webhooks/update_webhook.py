from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...models.webhook_patch import WebhookPatch
from ...models.webhooks_error import WebhooksError
from ...types import UNSET, Response, Unset, http_status, request_id


def _get_kwargs(
    webhook_id: str,
    *,
    body: list[WebhookPatch] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/notifications/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for componentsschemaswebhook_patch_request_item_data in body:
            componentsschemaswebhook_patch_request_item = (
                componentsschemaswebhook_patch_request_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemaswebhook_patch_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: list[WebhookPatch] | Unset = UNSET,
) -> Response[Webhook | WebhooksError]:
    """Update webhook

     Updates a webhook to replace webhook fields with new values. Supports only the `replace` operation.
    Pass a `json_patch` object with `replace` operation and `path`, which is `/url` for a URL or
    `/event_types` for events. The `value` is either the URL or a list of events.

    Args:
        webhook_id (str):
        body (list[WebhookPatch] | Unset): An array of JSON patch objects to apply partial updates
            to resources.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | WebhooksError]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: list[WebhookPatch] | Unset = UNSET,
) -> Webhook:
    """Update webhook

     Updates a webhook to replace webhook fields with new values. Supports only the `replace` operation.
    Pass a `json_patch` object with `replace` operation and `path`, which is `/url` for a URL or
    `/event_types` for events. The `value` is either the URL or a list of events.

    Args:
        webhook_id (str):
        body (list[WebhookPatch] | Unset): An array of JSON patch objects to apply partial updates
            to resources.

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
        body=body,
    )
    return _result(response)


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: list[WebhookPatch] | Unset = UNSET,
) -> Response[Webhook | WebhooksError]:
    """Update webhook

     Updates a webhook to replace webhook fields with new values. Supports only the `replace` operation.
    Pass a `json_patch` object with `replace` operation and `path`, which is `/url` for a URL or
    `/event_types` for events. The `value` is either the URL or a list of events.

    Args:
        webhook_id (str):
        body (list[WebhookPatch] | Unset): An array of JSON patch objects to apply partial updates
            to resources.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | WebhooksError]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: list[WebhookPatch] | Unset = UNSET,
) -> Webhook:
    """Update webhook

     Updates a webhook to replace webhook fields with new values. Supports only the `replace` operation.
    Pass a `json_patch` object with `replace` operation and `path`, which is `/url` for a URL or
    `/event_types` for events. The `value` is either the URL or a list of events.

    Args:
        webhook_id (str):
        body (list[WebhookPatch] | Unset): An array of JSON patch objects to apply partial updates
            to resources.

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
        body=body,
    )
    return _result(response)
