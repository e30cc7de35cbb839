from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...models.v1_templates import V1Templates
from ...types import UNSET, Response, Unset, http_status, request_id

PAGING: dict[str, Any] = {
    "items": "templates",
    "total": None,
    "paging": None,
    "start_index": False,
}
"""How this operation pages (``x-paging`` of its answer in the spec): read by ``paypal_invoicing.pagination``."""


def _get_kwargs(
    *,
    fields: str | Unset = "all",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoicing/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V1Templates | V1Error | None:
    if response.status_code == 200:
        return parse_model(V1Templates, response)

    if 200 <= response.status_code <= 299:
        return parse_model(V1Templates, response)

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
) -> Response[V1Templates | V1Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[V1Templates | V1Error]) -> V1Templates:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(V1Templates, success_value(response, (V1Templates,), nullable=False))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "all",
) -> Response[V1Templates | V1Error]:
    """List templates

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Lists merchant-created templates with associated details. The associated details include the email
    addresses, postal addresses, and phone numbers from the user's PayPal profile.
    The user can select which values to show in the business information section of their template.

    Args:
        fields (str | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Templates | V1Error]
    """

    kwargs = _get_kwargs(
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "all",
) -> V1Templates:
    """List templates

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Lists merchant-created templates with associated details. The associated details include the email
    addresses, postal addresses, and phone numbers from the user's PayPal profile.
    The user can select which values to show in the business information section of their template.

    Args:
        fields (str | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1Templates
    """

    response = sync_detailed(
        client=client,
        fields=fields,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "all",
) -> Response[V1Templates | V1Error]:
    """List templates

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Lists merchant-created templates with associated details. The associated details include the email
    addresses, postal addresses, and phone numbers from the user's PayPal profile.
    The user can select which values to show in the business information section of their template.

    Args:
        fields (str | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Templates | V1Error]
    """

    kwargs = _get_kwargs(
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fields: str | Unset = "all",
) -> V1Templates:
    """List templates

     Deprecated: PayPal marks the whole Invoicing v1 API deprecated.

    > **Deprecation notice:** The `/v1/invoices` endpoint is deprecated. Use the `/v2/invoices` endpoint
    instead. For details, see [PayPal Invoicing Basic
    Integration](https://developer.paypal.com/docs/invoicing/basic-integration/).

    Lists merchant-created templates with associated details. The associated details include the email
    addresses, postal addresses, and phone numbers from the user's PayPal profile.
    The user can select which values to show in the business information section of their template.

    Args:
        fields (str | Unset):  Default: 'all'.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        V1Templates
    """

    response = await asyncio_detailed(
        client=client,
        fields=fields,
    )
    return _result(response)
