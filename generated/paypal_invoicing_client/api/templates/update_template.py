from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.link_description import LinkDescription
from ...models.oauth_error import OauthError
from ...models.template import Template
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: str,
    *,
    body: Template,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/invoicing/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LinkDescription | Template | OauthError:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> LinkDescription | Template:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Template.from_dict(data)

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
) -> Response[Error | LinkDescription | Template | OauthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: Template,
    prefer: str | Unset = UNSET,
) -> Response[Error | LinkDescription | Template | OauthError]:
    """Fully update template

     Replaces a template, by ID, with the complete template in the body.

    Args:
        template_id (str):
        prefer (str | Unset):  Example: return=representation.
        body (Template): An invoice template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkDescription | Template | OauthError]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: Template,
    prefer: str | Unset = UNSET,
) -> Error | LinkDescription | Template | OauthError | None:
    """Fully update template

     Replaces a template, by ID, with the complete template in the body.

    Args:
        template_id (str):
        prefer (str | Unset):  Example: return=representation.
        body (Template): An invoice template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkDescription | Template | OauthError
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: Template,
    prefer: str | Unset = UNSET,
) -> Response[Error | LinkDescription | Template | OauthError]:
    """Fully update template

     Replaces a template, by ID, with the complete template in the body.

    Args:
        template_id (str):
        prefer (str | Unset):  Example: return=representation.
        body (Template): An invoice template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkDescription | Template | OauthError]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: Template,
    prefer: str | Unset = UNSET,
) -> Error | LinkDescription | Template | OauthError | None:
    """Fully update template

     Replaces a template, by ID, with the complete template in the body.

    Args:
        template_id (str):
        prefer (str | Unset):  Example: return=representation.
        body (Template): An invoice template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkDescription | Template | OauthError
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
