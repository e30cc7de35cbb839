from typing import Any, cast

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_templates_fields import ListTemplatesFields
from ...models.oauth_error import OauthError
from ...models.templates import Templates
from ...types import UNSET, Response, Unset, http_status, request_id

PAGING: dict[str, Any] = {
    "items": "templates",
    "total": None,
    "paging": "query",
    "start_index": False,
}
"""How this operation pages (``x-paging`` of its answer in the spec): read by ``paypal_invoicing.pagination``."""


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    fields: ListTemplatesFields | Unset = ListTemplatesFields.ALL,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_fields: str | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields.value

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/invoicing/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Templates | OauthError | Error | None:
    if response.status_code == 200:
        return parse_model(Templates, response)

    if response.status_code == 401:
        return parse_model(OauthError, response)

    if 200 <= response.status_code <= 299:
        return parse_model(Templates, response)

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
) -> Response[Templates | OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[Templates | OauthError | Error]) -> Templates:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(Templates, success_value(response, (Templates,), nullable=False))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    fields: ListTemplatesFields | Unset = ListTemplatesFields.ALL,
) -> Response[Templates | OauthError | Error]:
    """List templates

     Lists the merchant's templates, with the merchant's addresses, emails and phones.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        fields (ListTemplatesFields | Unset):  Default: ListTemplatesFields.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Templates | OauthError | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
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
    fields: ListTemplatesFields | Unset = ListTemplatesFields.ALL,
) -> Templates:
    """List templates

     Lists the merchant's templates, with the merchant's addresses, emails and phones.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        fields (ListTemplatesFields | Unset):  Default: ListTemplatesFields.ALL.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Templates
    """

    response = sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
    )
    return _result(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    fields: ListTemplatesFields | Unset = ListTemplatesFields.ALL,
) -> Response[Templates | OauthError | Error]:
    """List templates

     Lists the merchant's templates, with the merchant's addresses, emails and phones.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        fields (ListTemplatesFields | Unset):  Default: ListTemplatesFields.ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Templates | OauthError | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    fields: ListTemplatesFields | Unset = ListTemplatesFields.ALL,
) -> Templates:
    """List templates

     Lists the merchant's templates, with the merchant's addresses, emails and phones.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        fields (ListTemplatesFields | Unset):  Default: ListTemplatesFields.ALL.

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Templates
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
    )
    return _result(response)
