from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_error import OauthError
from ...models.payment_detail import PaymentDetail
from ...models.payment_reference import PaymentReference
from ...types import UNSET, Response, Unset, http_status, request_id


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
) -> PaymentReference | OauthError | Error | None:
    if response.status_code == 200:
        return parse_model(PaymentReference, response)

    if response.status_code == 401:
        return parse_model(OauthError, response)

    if 200 <= response.status_code <= 299:
        return parse_model(PaymentReference, response)

    if response.status_code >= 400:
        return parse_model(Error, response)

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
) -> Response[PaymentReference | OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(
    response: Response[PaymentReference | OauthError | Error],
) -> PaymentReference:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(
        PaymentReference, success_value(response, (PaymentReference,), nullable=False)
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentDetail,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[PaymentReference | OauthError | Error]:
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
        Response[PaymentReference | OauthError | Error]
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
) -> PaymentReference:
    """Record payment for invoice

     Records a payment received outside PayPal against an invoice. The invoice becomes PAID or
    PARTIALLY_PAID.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (PaymentDetail): A payment recorded against an invoice.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        PaymentReference
    """

    response = sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        pay_pal_request_id=pay_pal_request_id,
    )
    return _result(response)


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: PaymentDetail,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[PaymentReference | OauthError | Error]:
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
        Response[PaymentReference | OauthError | Error]
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
) -> PaymentReference:
    """Record payment for invoice

     Records a payment received outside PayPal against an invoice. The invoice becomes PAID or
    PARTIALLY_PAID.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (PaymentDetail): A payment recorded against an invoice.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        PaymentReference
    """

    response = await asyncio_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        pay_pal_request_id=pay_pal_request_id,
    )
    return _result(response)
