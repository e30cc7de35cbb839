from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_invoices import V1Invoices
from ...models.v1_search import V1Search
from ...types import UNSET, Response, Unset, http_status, request_id

PAGING: dict[str, Any] = {
    "items": "invoices",
    "total": "total_count",
    "paging": "body",
    "start_index": True,
}
"""How this operation pages (``x-paging`` of its answer in the spec): read by ``paypal_invoicing.pagination``."""


def _get_kwargs(
    *,
    body: V1Search | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invoicing/search",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V1Invoices | V1Error | None:
    if response.status_code == 200:
        return parse_model(V1Invoices, response)

    if 200 <= response.status_code <= 299:
        return parse_model(V1Invoices, response)

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
) -> Response[V1Invoices | V1Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[V1Invoices | V1Error]) -> V1Invoices:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(V1Invoices, success_value(response, (V1Invoices,), nullable=False))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: V1Search | Unset = UNSET,
) -> Response[V1Invoices | V1Error]:
    """Search for invoices

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Searches for invoices that match search criteria. If you pass multiple criteria, the response lists
    invoices that match all criteria.

    Args:
        body (V1Search | Unset): The invoice search parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Invoices | V1Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: V1Search | Unset = UNSET,
) -> V1Invoices:
    """Search for invoices

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Searches for invoices that match search criteria. If you pass multiple criteria, the response lists
    invoices that match all criteria.

    Args:
        body (V1Search | Unset): The invoice search parameters.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1Invoices
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: V1Search | Unset = UNSET,
) -> Response[V1Invoices | V1Error]:
    """Search for invoices

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Searches for invoices that match search criteria. If you pass multiple criteria, the response lists
    invoices that match all criteria.

    Args:
        body (V1Search | Unset): The invoice search parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Invoices | V1Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: V1Search | Unset = UNSET,
) -> V1Invoices:
    """Search for invoices

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Searches for invoices that match search criteria. If you pass multiple criteria, the response lists
    invoices that match all criteria.

    Args:
        body (V1Search | Unset): The invoice search parameters.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1Invoices
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return _result(response)
