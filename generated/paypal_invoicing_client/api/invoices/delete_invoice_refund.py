from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_error import OauthError
from ...types import Response, http_status, request_id


def _get_kwargs(
    invoice_id: str,
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/invoicing/invoices/{invoice_id}/refunds/{transaction_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OauthError | Error | None:
    if response.status_code == 204:
        return None

    if response.status_code == 401:
        return parse_model(OauthError, response)

    if 200 <= response.status_code <= 299:
        return None
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
) -> Response[OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[OauthError | Error]) -> None:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(None, success_value(response, (), nullable=True))


def sync_detailed(
    invoice_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[OauthError | Error]:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OauthError | Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        transaction_id=transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        None
    """

    response = sync_detailed(
        invoice_id=invoice_id,
        transaction_id=transaction_id,
        client=client,
    )
    return _result(response)


async def asyncio_detailed(
    invoice_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[OauthError | Error]:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OauthError | Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        None
    """

    response = await asyncio_detailed(
        invoice_id=invoice_id,
        transaction_id=transaction_id,
        client=client,
    )
    return _result(response)
