from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_invoice_number import V1InvoiceNumber
from ...types import Response, http_status, request_id


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoicing/invoices/next-invoice-number",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V1InvoiceNumber | V1Error | None:
    if response.status_code == 200:
        return parse_model(V1InvoiceNumber, response)

    if 200 <= response.status_code <= 299:
        return parse_model(V1InvoiceNumber, response)

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
) -> Response[V1InvoiceNumber | V1Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[V1InvoiceNumber | V1Error]) -> V1InvoiceNumber:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(
        V1InvoiceNumber, success_value(response, (V1InvoiceNumber,), nullable=False)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[V1InvoiceNumber | V1Error]:
    """Generate invoice number

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates the next invoice number that is available to the merchant. The next invoice number uses
    the prefix and suffix from the last invoice number and increments the number by one. For example,
    the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1InvoiceNumber | V1Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> V1InvoiceNumber:
    """Generate invoice number

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates the next invoice number that is available to the merchant. The next invoice number uses
    the prefix and suffix from the last invoice number and increments the number by one. For example,
    the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1InvoiceNumber
    """

    response = sync_detailed(
        client=client,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[V1InvoiceNumber | V1Error]:
    """Generate invoice number

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates the next invoice number that is available to the merchant. The next invoice number uses
    the prefix and suffix from the last invoice number and increments the number by one. For example,
    the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1InvoiceNumber | V1Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> V1InvoiceNumber:
    """Generate invoice number

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates the next invoice number that is available to the merchant. The next invoice number uses
    the prefix and suffix from the last invoice number and increments the number by one. For example,
    the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1InvoiceNumber
    """

    response = await asyncio_detailed(
        client=client,
    )
    return _result(response)
