from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.link_description import LinkDescription
from ...models.oauth_error import OauthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: Invoice,
    send_to_recipient: bool | Unset = True,
    send_to_invoicer: bool | Unset = True,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["send_to_recipient"] = send_to_recipient

    params["send_to_invoicer"] = send_to_invoicer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/invoicing/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Invoice | LinkDescription | OauthError:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Invoice | LinkDescription:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Invoice.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = LinkDescription.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Invoice | LinkDescription | OauthError]:
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
    body: Invoice,
    send_to_recipient: bool | Unset = True,
    send_to_invoicer: bool | Unset = True,
    prefer: str | Unset = UNSET,
) -> Response[Error | Invoice | LinkDescription | OauthError]:
    """Fully update invoice

     Replaces an invoice, by ID, with the complete invoice in the body. No partial updates.

    Args:
        invoice_id (str):
        send_to_recipient (bool | Unset):  Default: True.
        send_to_invoicer (bool | Unset):  Default: True.
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice | LinkDescription | OauthError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        send_to_recipient=send_to_recipient,
        send_to_invoicer=send_to_invoicer,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: Invoice,
    send_to_recipient: bool | Unset = True,
    send_to_invoicer: bool | Unset = True,
    prefer: str | Unset = UNSET,
) -> Error | Invoice | LinkDescription | OauthError | None:
    """Fully update invoice

     Replaces an invoice, by ID, with the complete invoice in the body. No partial updates.

    Args:
        invoice_id (str):
        send_to_recipient (bool | Unset):  Default: True.
        send_to_invoicer (bool | Unset):  Default: True.
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice | LinkDescription | OauthError
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        send_to_recipient=send_to_recipient,
        send_to_invoicer=send_to_invoicer,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: Invoice,
    send_to_recipient: bool | Unset = True,
    send_to_invoicer: bool | Unset = True,
    prefer: str | Unset = UNSET,
) -> Response[Error | Invoice | LinkDescription | OauthError]:
    """Fully update invoice

     Replaces an invoice, by ID, with the complete invoice in the body. No partial updates.

    Args:
        invoice_id (str):
        send_to_recipient (bool | Unset):  Default: True.
        send_to_invoicer (bool | Unset):  Default: True.
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice | LinkDescription | OauthError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        send_to_recipient=send_to_recipient,
        send_to_invoicer=send_to_invoicer,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: Invoice,
    send_to_recipient: bool | Unset = True,
    send_to_invoicer: bool | Unset = True,
    prefer: str | Unset = UNSET,
) -> Error | Invoice | LinkDescription | OauthError | None:
    """Fully update invoice

     Replaces an invoice, by ID, with the complete invoice in the body. No partial updates.

    Args:
        invoice_id (str):
        send_to_recipient (bool | Unset):  Default: True.
        send_to_invoicer (bool | Unset):  Default: True.
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice | LinkDescription | OauthError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            send_to_recipient=send_to_recipient,
            send_to_invoicer=send_to_invoicer,
            prefer=prefer,
        )
    ).parsed
