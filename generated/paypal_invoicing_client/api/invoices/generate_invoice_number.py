from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_number import InvoiceNumber
from ...models.oauth_error import OauthError
from ...types import UNSET, Response, Unset, http_status, request_id


def _get_kwargs(
    *,
    pay_pal_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(pay_pal_request_id, Unset):
        headers["PayPal-Request-Id"] = pay_pal_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/invoicing/generate-next-invoice-number",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvoiceNumber | OauthError | Error | None:
    if response.status_code == 200:
        return parse_model(InvoiceNumber, response)

    if response.status_code == 401:
        return parse_model(OauthError, response)

    if 200 <= response.status_code <= 299:
        return parse_model(InvoiceNumber, response)

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
) -> Response[InvoiceNumber | OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[InvoiceNumber | OauthError | Error]) -> InvoiceNumber:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(
        InvoiceNumber, success_value(response, (InvoiceNumber,), nullable=False)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[InvoiceNumber | OauthError | Error]:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceNumber | OauthError | Error]
    """

    kwargs = _get_kwargs(
        pay_pal_request_id=pay_pal_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pay_pal_request_id: str | Unset = UNSET,
) -> InvoiceNumber:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        InvoiceNumber
    """

    response = sync_detailed(
        client=client,
        pay_pal_request_id=pay_pal_request_id,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[InvoiceNumber | OauthError | Error]:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceNumber | OauthError | Error]
    """

    kwargs = _get_kwargs(
        pay_pal_request_id=pay_pal_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pay_pal_request_id: str | Unset = UNSET,
) -> InvoiceNumber:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        InvoiceNumber
    """

    response = await asyncio_detailed(
        client=client,
        pay_pal_request_id=pay_pal_request_id,
    )
    return _result(response)
