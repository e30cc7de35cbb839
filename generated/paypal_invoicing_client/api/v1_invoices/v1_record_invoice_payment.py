from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_payment_detail import V1PaymentDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: V1PaymentDetail | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoicing/invoices/{invoice_id}/record-payment".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | V1Error:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = V1Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> Response[Any | V1Error]:
    """Mark invoice as paid

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic Integration</a>.</blockquote>Marks
    the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> Any | V1Error | None:
    """Mark invoice as paid

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic Integration</a>.</blockquote>Marks
    the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | V1Error
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> Response[Any | V1Error]:
    """Mark invoice as paid

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic Integration</a>.</blockquote>Marks
    the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> Any | V1Error | None:
    """Mark invoice as paid

     <blockquote><strong>Deprecation notice:</strong> The <code>/v1/invoices</code> endpoint is
    deprecated. Use the <code>/v2/invoices</code> endpoint instead. For details, see <a
    href="/docs/invoicing/basic-integration/">PayPal Invoicing Basic Integration</a>.</blockquote>Marks
    the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | V1Error
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
