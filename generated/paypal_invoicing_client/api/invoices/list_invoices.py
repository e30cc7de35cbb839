from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoices import Invoices
from ...models.oauth_error import OauthError
from ...types import UNSET, Response, Unset, http_status, request_id

PAGING: dict[str, Any] = {
    "items": "items",
    "total": "total_items",
    "paging": "query",
    "start_index": False,
}
"""How this operation pages (``x-paging`` of its answer in the spec): read by ``paypal_invoicing.pagination``."""


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    total_required: bool | Unset = False,
    fields: str | Unset = "all",
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["total_required"] = total_required

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/invoicing/invoices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Invoices | OauthError | Error | None:
    if response.status_code == 200:
        return parse_model(Invoices, response)

    if response.status_code == 401:
        return parse_model(OauthError, response)

    if 200 <= response.status_code <= 299:
        return parse_model(Invoices, response)

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
) -> Response[Invoices | OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[Invoices | OauthError | Error]) -> Invoices:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(Invoices, success_value(response, (Invoices,), nullable=False))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    total_required: bool | Unset = False,
    fields: str | Unset = "all",
    prefer: str | Unset = UNSET,
) -> Response[Invoices | OauthError | Error]:
    """List invoices

     Lists the merchant's invoices, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        total_required (bool | Unset):  Default: False.
        fields (str | Unset):  Default: 'all'.
        prefer (str | Unset):  Example: return=representation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invoices | OauthError | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        total_required=total_required,
        fields=fields,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    total_required: bool | Unset = False,
    fields: str | Unset = "all",
    prefer: str | Unset = UNSET,
) -> Invoices:
    """List invoices

     Lists the merchant's invoices, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        total_required (bool | Unset):  Default: False.
        fields (str | Unset):  Default: 'all'.
        prefer (str | Unset):  Example: return=representation.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Invoices
    """

    response = sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        total_required=total_required,
        fields=fields,
        prefer=prefer,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    total_required: bool | Unset = False,
    fields: str | Unset = "all",
    prefer: str | Unset = UNSET,
) -> Response[Invoices | OauthError | Error]:
    """List invoices

     Lists the merchant's invoices, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        total_required (bool | Unset):  Default: False.
        fields (str | Unset):  Default: 'all'.
        prefer (str | Unset):  Example: return=representation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Invoices | OauthError | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        total_required=total_required,
        fields=fields,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    total_required: bool | Unset = False,
    fields: str | Unset = "all",
    prefer: str | Unset = UNSET,
) -> Invoices:
    """List invoices

     Lists the merchant's invoices, one page at a time.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        total_required (bool | Unset):  Default: False.
        fields (str | Unset):  Default: 'all'.
        prefer (str | Unset):  Example: return=representation.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Invoices
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        page_size=page_size,
        total_required=total_required,
        fields=fields,
        prefer=prefer,
    )
    return _result(response)
