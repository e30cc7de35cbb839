from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_invoice_number import V1InvoiceNumber
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoicing/invoices/next-invoice-number",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V1Error | V1InvoiceNumber:
    if response.status_code == 200:
        response_200 = V1InvoiceNumber.from_dict(response.json())

        return response_200

    response_default = V1Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V1Error | V1InvoiceNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[V1Error | V1InvoiceNumber]:
    """Generate invoice number

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic
    Integration</a>.</blockquote>Generates the next invoice number that is available to the merchant.
    The next invoice number uses the prefix and suffix from the last invoice number and increments the
    number by one. For example, the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Error | V1InvoiceNumber]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> V1Error | V1InvoiceNumber | None:
    """Generate invoice number

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic
    Integration</a>.</blockquote>Generates the next invoice number that is available to the merchant.
    The next invoice number uses the prefix and suffix from the last invoice number and increments the
    number by one. For example, the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1Error | V1InvoiceNumber
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[V1Error | V1InvoiceNumber]:
    """Generate invoice number

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic
    Integration</a>.</blockquote>Generates the next invoice number that is available to the merchant.
    The next invoice number uses the prefix and suffix from the last invoice number and increments the
    number by one. For example, the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Error | V1InvoiceNumber]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> V1Error | V1InvoiceNumber | None:
    """Generate invoice number

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic
    Integration</a>.</blockquote>Generates the next invoice number that is available to the merchant.
    The next invoice number uses the prefix and suffix from the last invoice number and increments the
    number by one. For example, the next invoice number after `INVOICE-1234` is `INVOICE-1235`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1Error | V1InvoiceNumber
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
