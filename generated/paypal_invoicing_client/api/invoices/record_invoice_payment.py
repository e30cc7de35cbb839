from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_error import OauthError
from ...models.payment_detail import PaymentDetail
from ...models.payment_reference import PaymentReference
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: PaymentDetail,
    pay_pal_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(pay_pal_request_id, Unset):
        headers["PayPal-Request-Id"] = pay_pal_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/invoicing/invoices/{invoice_id}/payments".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OauthError | PaymentReference:
    if response.status_code == 200:
        response_200 = PaymentReference.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OauthError | PaymentReference]:
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
    body: PaymentDetail,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[Error | OauthError | PaymentReference]:
    """Record payment for invoice

     Records a payment received outside PayPal against an invoice. The invoice becomes PAID or
    PARTIALLY_PAID.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (PaymentDetail): A payment recorded against an invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthError | PaymentReference]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        pay_pal_request_id=pay_pal_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentDetail,
    pay_pal_request_id: str | Unset = UNSET,
) -> Error | OauthError | PaymentReference | None:
    """Record payment for invoice

     Records a payment received outside PayPal against an invoice. The invoice becomes PAID or
    PARTIALLY_PAID.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (PaymentDetail): A payment recorded against an invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthError | PaymentReference
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        pay_pal_request_id=pay_pal_request_id,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentDetail,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[Error | OauthError | PaymentReference]:
    """Record payment for invoice

     Records a payment received outside PayPal against an invoice. The invoice becomes PAID or
    PARTIALLY_PAID.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (PaymentDetail): A payment recorded against an invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthError | PaymentReference]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        pay_pal_request_id=pay_pal_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentDetail,
    pay_pal_request_id: str | Unset = UNSET,
) -> Error | OauthError | PaymentReference | None:
    """Record payment for invoice

     Records a payment received outside PayPal against an invoice. The invoice becomes PAID or
    PARTIALLY_PAID.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (PaymentDetail): A payment recorded against an invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthError | PaymentReference
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            pay_pal_request_id=pay_pal_request_id,
        )
    ).parsed
