from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import choose_model, followed, link_request, parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.link_description import LinkDescription
from ...models.oauth_error import OauthError
from ...types import UNSET, Response, Unset, http_status, request_id


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
) -> Invoice | LinkDescription | OauthError | Error | None:
    if response.status_code == 200:
        return cast(
            Invoice | LinkDescription | None,
            choose_model(
                response,
                [
                    (
                        Invoice,
                        [
                            "detail",
                            "additional_recipients",
                            "amount",
                            "configuration",
                            "due_amount",
                            "gratuity",
                            "id",
                            "invoicer",
                            "items",
                            "links",
                            "parent_id",
                            "payments",
                            "primary_recipients",
                            "refunds",
                            "status",
                            "unilateral",
                        ],
                        {},
                    ),
                    (LinkDescription, ["href", "method", "rel"], {}),
                ],
            ),
        )

    if response.status_code == 401:
        return parse_model(OauthError, response)

    if 200 <= response.status_code <= 299:
        return cast(
            Invoice | LinkDescription | None,
            choose_model(
                response,
                [
                    (
                        Invoice,
                        [
                            "detail",
                            "additional_recipients",
                            "amount",
                            "configuration",
                            "due_amount",
                            "gratuity",
                            "id",
                            "invoicer",
                            "items",
                            "links",
                            "parent_id",
                            "payments",
                            "primary_recipients",
                            "refunds",
                            "status",
                            "unilateral",
                        ],
                        {},
                    ),
                    (LinkDescription, ["href", "method", "rel"], {}),
                ],
            ),
        )

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
) -> Response[Invoice | LinkDescription | OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(
    response: Response[Invoice | LinkDescription | OauthError | Error],
) -> Invoice:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(Invoice, success_value(response, (Invoice,), nullable=False))


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: Invoice,
    send_to_recipient: bool | Unset = True,
    send_to_invoicer: bool | Unset = True,
    prefer: str | Unset = UNSET,
) -> Response[Invoice | LinkDescription | OauthError | Error]:
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
        Response[Invoice | LinkDescription | OauthError | Error]
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
) -> Invoice:
    """Fully update invoice

     Replaces an invoice, by ID, with the complete invoice in the body. No partial updates.

    Args:
        invoice_id (str):
        send_to_recipient (bool | Unset):  Default: True.
        send_to_invoicer (bool | Unset):  Default: True.
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    A link answer (``Prefer: return=minimal``) is followed with one GET of the resource.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Invoice
    """

    response = sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        send_to_recipient=send_to_recipient,
        send_to_invoicer=send_to_invoicer,
        prefer=prefer,
    )
    follow = link_request(response, LinkDescription)
    if follow is not None:
        return followed(Invoice, client.get_httpx_client().request(**follow))
    return _result(response)


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: Invoice,
    send_to_recipient: bool | Unset = True,
    send_to_invoicer: bool | Unset = True,
    prefer: str | Unset = UNSET,
) -> Response[Invoice | LinkDescription | OauthError | Error]:
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
        Response[Invoice | LinkDescription | OauthError | Error]
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
) -> Invoice:
    """Fully update invoice

     Replaces an invoice, by ID, with the complete invoice in the body. No partial updates.

    Args:
        invoice_id (str):
        send_to_recipient (bool | Unset):  Default: True.
        send_to_invoicer (bool | Unset):  Default: True.
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    A link answer (``Prefer: return=minimal``) is followed with one GET of the resource.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Invoice
    """

    response = await asyncio_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        send_to_recipient=send_to_recipient,
        send_to_invoicer=send_to_invoicer,
        prefer=prefer,
    )
    follow = link_request(response, LinkDescription)
    if follow is not None:
        return followed(
            Invoice, await client.get_async_httpx_client().request(**follow)
        )
    return _result(response)
