from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.link_description import LinkDescription
from ...models.notification import Notification
from ...models.oauth_error import OauthError
from ...models.send_invoice_response import SendInvoiceResponse
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
        "url": "/v2/invoicing/invoices/{invoice_id}/send".format(
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
) -> Error | LinkDescription | SendInvoiceResponse | OauthError:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> LinkDescription | SendInvoiceResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LinkDescription.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SendInvoiceResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = LinkDescription.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | LinkDescription | SendInvoiceResponse | OauthError]:
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
) -> Response[Error | LinkDescription | SendInvoiceResponse | OauthError]:
    """Send invoice

     Sends an invoice, by ID, to its recipients, or schedules it when the invoice date is in the future.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkDescription | LinkDescription | SendInvoiceResponse | OauthError]
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
) -> Error | LinkDescription | SendInvoiceResponse | OauthError | None:
    """Send invoice

     Sends an invoice, by ID, to its recipients, or schedules it when the invoice date is in the future.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkDescription | LinkDescription | SendInvoiceResponse | OauthError
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
) -> Response[Error | LinkDescription | SendInvoiceResponse | OauthError]:
    """Send invoice

     Sends an invoice, by ID, to its recipients, or schedules it when the invoice date is in the future.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkDescription | LinkDescription | SendInvoiceResponse | OauthError]
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
) -> Error | LinkDescription | SendInvoiceResponse | OauthError | None:
    """Send invoice

     Sends an invoice, by ID, to its recipients, or schedules it when the invoice date is in the future.

    Args:
        invoice_id (str):
        pay_pal_request_id (str | Unset):
        body (Notification | Unset): Who is notified of a send, reminder, cancellation or update,
            and with what text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkDescription | LinkDescription | SendInvoiceResponse | OauthError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            pay_pal_request_id=pay_pal_request_id,
        )
    ).parsed
