from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime import parse_model, success_value
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_error import OauthError
from ...models.template import Template
from ...types import Response, http_status, request_id


def _get_kwargs(
    template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/invoicing/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Template | OauthError | Error | None:
    if response.status_code == 200:
        return parse_model(Template, response)

    if response.status_code == 401:
        return parse_model(OauthError, response)

    if 200 <= response.status_code <= 299:
        return parse_model(Template, response)

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
) -> Response[Template | OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(response: Response[Template | OauthError | Error]) -> Template:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    return cast(Template, success_value(response, (Template,), nullable=False))


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Template | OauthError | Error]:
    """Show template details

     Shows a template, by ID.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Template | OauthError | Error]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> Template:
    """Show template details

     Shows a template, by ID.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Template
    """

    response = sync_detailed(
        template_id=template_id,
        client=client,
    )
    return _result(response)


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Template | OauthError | Error]:
    """Show template details

     Shows a template, by ID.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Template | OauthError | Error]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> Template:
    """Show template details

     Shows a template, by ID.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: for an error status (4xx, 5xx), or a success without the expected body.
        httpx.HTTPError: when no answer could be had (a timeout, a refused connection).
        With a client from ``paypal_invoicing.connect()``, its ``PayPalError`` subclasses and
        ``APIConnectionError`` are raised instead, after the retries.

    Returns:
        Template
    """

    response = await asyncio_detailed(
        template_id=template_id,
        client=client,
    )
    return _result(response)
