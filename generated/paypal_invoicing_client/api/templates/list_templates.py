from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_templates_fields import ListTemplatesFields
from ...models.oauth_error import OauthError
from ...models.templates import Templates
from ...types import UNSET, Response, Unset


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
) -> Error | OauthError | Templates:
    if response.status_code == 200:
        response_200 = Templates.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OauthError | Templates]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    fields: ListTemplatesFields | Unset = ListTemplatesFields.ALL,
) -> Response[Error | OauthError | Templates]:
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
        Response[Error | OauthError | Templates]
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
) -> Error | OauthError | Templates | None:
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
        Error | OauthError | Templates
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    fields: ListTemplatesFields | Unset = ListTemplatesFields.ALL,
) -> Response[Error | OauthError | Templates]:
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
        Response[Error | OauthError | Templates]
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
) -> Error | OauthError | Templates | None:
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
        Error | OauthError | Templates
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            fields=fields,
        )
    ).parsed
