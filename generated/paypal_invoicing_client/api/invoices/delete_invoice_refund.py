from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_error import OauthError
from ...types import Response


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
) -> Any | Error | OauthError:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | OauthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | OauthError]:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OauthError]
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
) -> Any | Error | OauthError | None:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OauthError
    """

    return sync_detailed(
        invoice_id=invoice_id,
        transaction_id=transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | OauthError]:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OauthError]
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
) -> Any | Error | OauthError | None:
    """Delete external refund

     Deletes an external refund, by invoice ID and transaction ID.

    Args:
        invoice_id (str):
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OauthError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            transaction_id=transaction_id,
            client=client,
        )
    ).parsed
