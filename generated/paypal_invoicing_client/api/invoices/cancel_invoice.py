from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification import Notification
from ...models.oauth_error import OauthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: Notification | Unset = UNSET,
    pay_pal_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(pay_pal_request_id, Unset):
        headers["PayPal-Request-Id"] = pay_pal_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/invoicing/invoices/{invoice_id}/cancel".format(
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
    *,
    client: AuthenticatedClient,
    body: Notification | Unset = UNSET,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[Any | Error | OauthError]:
    """Cancel sent invoice

     Cancels a sent invoice, by ID, optionally notifying the parties.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OauthError]
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
    body: Notification | Unset = UNSET,
    pay_pal_request_id: str | Unset = UNSET,
) -> Any | Error | OauthError | None:
    """Cancel sent invoice

     Cancels a sent invoice, by ID, optionally notifying the parties.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OauthError
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
    body: Notification | Unset = UNSET,
    pay_pal_request_id: str | Unset = UNSET,
) -> Response[Any | Error | OauthError]:
    """Cancel sent invoice

     Cancels a sent invoice, by ID, optionally notifying the parties.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OauthError]
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
    body: Notification | Unset = UNSET,
    pay_pal_request_id: str | Unset = UNSET,
) -> Any | Error | OauthError | None:
    """Cancel sent invoice

     Cancels a sent invoice, by ID, optionally notifying the parties.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OauthError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            pay_pal_request_id=pay_pal_request_id,
        )
    ).parsed
