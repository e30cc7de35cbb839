from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_number import InvoiceNumber
from ...models.oauth_error import OauthError
from ...types import UNSET, Response, Unset


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
) -> Error | InvoiceNumber | OauthError:
    if response.status_code == 200:
        response_200 = InvoiceNumber.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InvoiceNumber | OauthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[Error | InvoiceNumber | OauthError]:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceNumber | OauthError]
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
) -> Error | InvoiceNumber | OauthError | None:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceNumber | OauthError
    """

    return sync_detailed(
        client=client,
        pay_pal_request_id=pay_pal_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[Error | InvoiceNumber | OauthError]:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceNumber | OauthError]
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
) -> Error | InvoiceNumber | OauthError | None:
    """Generate invoice number

     Returns the next free invoice number for the merchant, built from the last number used plus one.

    Args:
        pay_pal_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceNumber | OauthError
    """

    return (
        await asyncio_detailed(
            client=client,
            pay_pal_request_id=pay_pal_request_id,
        )
    ).parsed
