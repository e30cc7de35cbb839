from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_invoice import V1Invoice
from ...types import UNSET, Response, Unset, http_status, request_id


def _get_kwargs(
    invoice_id: str,
    *,
    body: V1Invoice | Unset = UNSET,
    notify_merchant: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["notify_merchant"] = notify_merchant

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/invoicing/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V1Invoice | V1Error | None:
    if response.status_code == 200:
        return parse_model(V1Invoice, response)

    if 200 <= response.status_code <= 299:
        return parse_model(V1Invoice, response)

    if response.status_code >= 400:
        return parse_model(V1Error, response)

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
) -> Response[V1Invoice | V1Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[V1Invoice | V1Error]) -> V1Invoice:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(V1Invoice, success_value(response, (V1Invoice,), nullable=False))


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1Invoice | Unset = UNSET,
    notify_merchant: bool | Unset = True,
) -> Response[V1Invoice | V1Error]:
    """Update invoice

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Fully updates an invoice, by ID. In the JSON request body, include a complete `invoice` object. This
    call does not support partial updates.

    Args:
        invoice_id (str):
        notify_merchant (bool | Unset):  Default: True.
        body (V1Invoice | Unset): The invoice details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Invoice | V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        notify_merchant=notify_merchant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1Invoice | Unset = UNSET,
    notify_merchant: bool | Unset = True,
) -> V1Invoice:
    """Update invoice

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Fully updates an invoice, by ID. In the JSON request body, include a complete `invoice` object. This
    call does not support partial updates.

    Args:
        invoice_id (str):
        notify_merchant (bool | Unset):  Default: True.
        body (V1Invoice | Unset): The invoice details.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1Invoice
    """

    response = sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        notify_merchant=notify_merchant,
    )
    return _result(response)


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1Invoice | Unset = UNSET,
    notify_merchant: bool | Unset = True,
) -> Response[V1Invoice | V1Error]:
    """Update invoice

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Fully updates an invoice, by ID. In the JSON request body, include a complete `invoice` object. This
    call does not support partial updates.

    Args:
        invoice_id (str):
        notify_merchant (bool | Unset):  Default: True.
        body (V1Invoice | Unset): The invoice details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Invoice | V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        notify_merchant=notify_merchant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1Invoice | Unset = UNSET,
    notify_merchant: bool | Unset = True,
) -> V1Invoice:
    """Update invoice

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Fully updates an invoice, by ID. In the JSON request body, include a complete `invoice` object. This
    call does not support partial updates.

    Args:
        invoice_id (str):
        notify_merchant (bool | Unset):  Default: True.
        body (V1Invoice | Unset): The invoice details.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1Invoice
    """

    response = await asyncio_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        notify_merchant=notify_merchant,
    )
    return _result(response)
