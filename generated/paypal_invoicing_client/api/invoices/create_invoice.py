from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.link_description import LinkDescription
from ...models.oauth_error import OauthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Invoice,
    pay_pal_request_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(pay_pal_request_id, Unset):
        headers["PayPal-Request-Id"] = pay_pal_request_id

    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/invoicing/invoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Invoice | LinkDescription | OauthError:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Invoice | LinkDescription:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = Invoice.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = LinkDescription.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = OauthError.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Invoice | LinkDescription | OauthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Invoice,
    pay_pal_request_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Error | Invoice | LinkDescription | OauthError]:
    """Create draft invoice

     Creates a draft invoice. Send it to move it to a payable state.

    Args:
        pay_pal_request_id (str | Unset):
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice | LinkDescription | OauthError]
    """

    kwargs = _get_kwargs(
        body=body,
        pay_pal_request_id=pay_pal_request_id,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Invoice,
    pay_pal_request_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Error | Invoice | LinkDescription | OauthError | None:
    """Create draft invoice

     Creates a draft invoice. Send it to move it to a payable state.

    Args:
        pay_pal_request_id (str | Unset):
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice | LinkDescription | OauthError
    """

    return sync_detailed(
        client=client,
        body=body,
        pay_pal_request_id=pay_pal_request_id,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Invoice,
    pay_pal_request_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Error | Invoice | LinkDescription | OauthError]:
    """Create draft invoice

     Creates a draft invoice. Send it to move it to a payable state.

    Args:
        pay_pal_request_id (str | Unset):
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice | LinkDescription | OauthError]
    """

    kwargs = _get_kwargs(
        body=body,
        pay_pal_request_id=pay_pal_request_id,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Invoice,
    pay_pal_request_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Error | Invoice | LinkDescription | OauthError | None:
    """Create draft invoice

     Creates a draft invoice. Send it to move it to a payable state.

    Args:
        pay_pal_request_id (str | Unset):
        prefer (str | Unset):  Example: return=representation.
        body (Invoice): An invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice | LinkDescription | OauthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            pay_pal_request_id=pay_pal_request_id,
            prefer=prefer,
        )
    ).parsed
