from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_qr_code import V1QrCode
from ...types import UNSET, Response, Unset, http_status, request_id


def _get_kwargs(
    invoice_id: str,
    *,
    width: int | Unset = 500,
    height: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["width"] = width

    params["height"] = height

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoicing/invoices/{invoice_id}/qr-code".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V1QrCode | V1Error | None:
    if response.status_code == 200:
        return parse_model(V1QrCode, response)

    if 200 <= response.status_code <= 299:
        return parse_model(V1QrCode, response)

    if response.status_code >= 400:
        return parse_model(V1Error, response)

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
) -> Response[V1QrCode | V1Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[V1QrCode | V1Error]) -> V1QrCode:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(V1QrCode, success_value(response, (V1QrCode,), nullable=False))


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    width: int | Unset = 500,
    height: int | Unset = 500,
) -> Response[V1QrCode | V1Error]:
    """Generate QR code

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates a QR code for an invoice, by ID. The QR code is a PNG image in
    [Base64-encoded](https://www.base64encode.org/) format that corresponds to the invoice ID. You can
    generate a QR code for an invoice and add it to a paper or PDF invoice. When customers use their
    mobile devices to scan the QR code, they are redirected to the PayPal mobile payment flow where they
    can view the invoice and pay online with PayPal or a credit card. Before you get a QR code, you must
    create an invoice and send an invoice to move the invoice from a draft to payable state. Do not
    include an email address if you do not want the invoice emailed.

    Args:
        invoice_id (str):
        width (int | Unset):  Default: 500.
        height (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1QrCode | V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        width=width,
        height=height,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    width: int | Unset = 500,
    height: int | Unset = 500,
) -> V1QrCode:
    """Generate QR code

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates a QR code for an invoice, by ID. The QR code is a PNG image in
    [Base64-encoded](https://www.base64encode.org/) format that corresponds to the invoice ID. You can
    generate a QR code for an invoice and add it to a paper or PDF invoice. When customers use their
    mobile devices to scan the QR code, they are redirected to the PayPal mobile payment flow where they
    can view the invoice and pay online with PayPal or a credit card. Before you get a QR code, you must
    create an invoice and send an invoice to move the invoice from a draft to payable state. Do not
    include an email address if you do not want the invoice emailed.

    Args:
        invoice_id (str):
        width (int | Unset):  Default: 500.
        height (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1QrCode
    """

    response = sync_detailed(
        invoice_id=invoice_id,
        client=client,
        width=width,
        height=height,
    )
    return _result(response)


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    width: int | Unset = 500,
    height: int | Unset = 500,
) -> Response[V1QrCode | V1Error]:
    """Generate QR code

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates a QR code for an invoice, by ID. The QR code is a PNG image in
    [Base64-encoded](https://www.base64encode.org/) format that corresponds to the invoice ID. You can
    generate a QR code for an invoice and add it to a paper or PDF invoice. When customers use their
    mobile devices to scan the QR code, they are redirected to the PayPal mobile payment flow where they
    can view the invoice and pay online with PayPal or a credit card. Before you get a QR code, you must
    create an invoice and send an invoice to move the invoice from a draft to payable state. Do not
    include an email address if you do not want the invoice emailed.

    Args:
        invoice_id (str):
        width (int | Unset):  Default: 500.
        height (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1QrCode | V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        width=width,
        height=height,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    width: int | Unset = 500,
    height: int | Unset = 500,
) -> V1QrCode:
    """Generate QR code

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Generates a QR code for an invoice, by ID. The QR code is a PNG image in
    [Base64-encoded](https://www.base64encode.org/) format that corresponds to the invoice ID. You can
    generate a QR code for an invoice and add it to a paper or PDF invoice. When customers use their
    mobile devices to scan the QR code, they are redirected to the PayPal mobile payment flow where they
    can view the invoice and pay online with PayPal or a credit card. Before you get a QR code, you must
    create an invoice and send an invoice to move the invoice from a draft to payable state. Do not
    include an email address if you do not want the invoice emailed.

    Args:
        invoice_id (str):
        width (int | Unset):  Default: 500.
        height (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1QrCode
    """

    response = await asyncio_detailed(
        invoice_id=invoice_id,
        client=client,
        width=width,
        height=height,
    )
    return _result(response)
