from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_payment_detail import V1PaymentDetail
from ...types import UNSET, Response, Unset, http_status, request_id


def _get_kwargs(
    invoice_id: str,
    *,
    body: V1PaymentDetail | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoicing/invoices/{invoice_id}/record-payment".format(
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
) -> V1Error | None:
    if response.status_code == 200:
        return None

    if response.status_code == 204:
        return None

    if 200 <= response.status_code <= 299:
        return None
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
) -> Response[V1Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[V1Error]) -> None:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(None, success_value(response, (), nullable=True))


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> Response[V1Error]:
    """Mark invoice as paid

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Marks the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset): The payment details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> None:
    """Mark invoice as paid

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Marks the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset): The payment details.

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
        client=client,
        body=body,
    )
    return _result(response)


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> Response[V1Error]:
    """Mark invoice as paid

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Marks the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset): The payment details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Error]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PaymentDetail | Unset = UNSET,
) -> None:
    """Mark invoice as paid

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Marks the status of an invoice, by ID, as paid.

    Args:
        invoice_id (str):
        body (V1PaymentDetail | Unset): The payment details.

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
        client=client,
        body=body,
    )
    return _result(response)
