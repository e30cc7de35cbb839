from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.link_description import LinkDescription
from ...models.oauth_error import OauthError
from ...models.template import Template
from ...types import UNSET, Response, Unset, http_status, json_body, request_id


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
) -> LinkDescription | Template | OauthError | Error | None:
    if response.status_code == 200:
        _data = json_body(response)
        if not isinstance(_data, dict):
            return None
        _keys = _data.keys()
        _score_1 = len(
            _keys
            & {
                "category_code",
                "default_template",
                "id",
                "links",
                "name",
                "settings",
                "standard_template",
                "template_info",
                "unit_of_measure",
            }
        )
        _score_2 = len(
            _keys
            & {
                "href",
                "method",
                "rel",
            }
        )
        _scores = [
            _score_1,
            _score_2,
        ]
        for _index in sorted(range(len(_scores)), key=lambda i: -_scores[i]):
            try:
                if _index == 0:
                    return Template.from_dict(_data)
                if _index == 1:
                    return LinkDescription.from_dict(_data)
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
        return None

    if response.status_code == 401:
        _data = json_body(response)
        if not isinstance(_data, dict):
            return None
        return OauthError.from_dict(_data)

    if 200 <= response.status_code <= 299:
        _data = json_body(response)
        if not isinstance(_data, dict):
            return None
        _keys = _data.keys()
        _score_1 = len(
            _keys
            & {
                "category_code",
                "default_template",
                "id",
                "links",
                "name",
                "settings",
                "standard_template",
                "template_info",
                "unit_of_measure",
            }
        )
        _score_2 = len(
            _keys
            & {
                "href",
                "method",
                "rel",
            }
        )
        _scores = [
            _score_1,
            _score_2,
        ]
        for _index in sorted(range(len(_scores)), key=lambda i: -_scores[i]):
            try:
                if _index == 0:
                    return Template.from_dict(_data)
                if _index == 1:
                    return LinkDescription.from_dict(_data)
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
        return None

    if response.status_code >= 400:
        _data = json_body(response)
        if not isinstance(_data, dict):
            return None
        return Error.from_dict(_data)

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
) -> Response[LinkDescription | Template | OauthError | Error]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        request_id=request_id(response),
    )


def _result(
    response: Response[LinkDescription | Template | OauthError | Error],
) -> Template:
    """The success value of an answer, or UnexpectedStatus (error status, or a body that is not it)."""
    if 200 <= response.status_code <= 299:
        if isinstance(response.parsed, Template):
            return response.parsed
    raise errors.UnexpectedStatus(
        response.status_code, response.content, response.headers, response.request_id
    )


def _follow_kwargs(
    response: Response[LinkDescription | Template | OauthError | Error],
) -> dict[str, Any] | None:
    """The GET that fetches the resource a link answer (the minimal representation) points to.

    Only the path and query of the link are used: the request goes to the client's base URL,
    with its credentials, never to another host.
    """
    link = response.parsed
    if not (200 <= response.status_code <= 299 and isinstance(link, LinkDescription)):
        return None
    href = getattr(link, "href", None)
    method = getattr(link, "method", UNSET)
    rel = getattr(link, "rel", UNSET)
    path = _link_path(href)
    if (
        path is None
        or str(method).upper() not in ("GET", "UNSET")
        or str(rel) not in ("self", "UNSET")
    ):
        raise errors.UnexpectedStatus(
            response.status_code,
            response.content,
            response.headers,
            response.request_id,
        )
    return {"method": "get", "url": path}


def _link_path(href: Any) -> str | None:
    """The path (and query) of a link to a resource of the API, or None if it names none."""
    if not isinstance(href, str):
        return None
    try:
        path = httpx.URL(href).raw_path.decode("ascii")
    except (httpx.InvalidURL, UnicodeDecodeError):
        return None
    return path if path.startswith("/v") and path.count("/") >= 3 else None


def _followed(response: httpx.Response) -> Template:
    data = json_body(response) if response.status_code == 200 else None
    if not isinstance(data, dict):
        raise errors.UnexpectedStatus(
            response.status_code, response.content, response.headers
        )
    return Template.from_dict(data)


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: Template,
    prefer: str | Unset = UNSET,
) -> Response[LinkDescription | Template | OauthError | Error]:
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
        Response[LinkDescription | Template | OauthError | Error]
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
) -> Template:
    """Fully update template

     Replaces a template, by ID, with the complete template in the body.

    Args:
        template_id (str):
        prefer (str | Unset):  Example: return=representation.
        body (Template): An invoice template.

    A link answer (``Prefer: return=minimal``) is followed with one GET of the resource.

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
        body=body,
        prefer=prefer,
    )
    follow = _follow_kwargs(response)
    if follow is not None:
        return _followed(client.get_httpx_client().request(**follow))
    return _result(response)


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: Template,
    prefer: str | Unset = UNSET,
) -> Response[LinkDescription | Template | OauthError | Error]:
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
        Response[LinkDescription | Template | OauthError | Error]
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
) -> Template:
    """Fully update template

     Replaces a template, by ID, with the complete template in the body.

    Args:
        template_id (str):
        prefer (str | Unset):  Example: return=representation.
        body (Template): An invoice template.

    A link answer (``Prefer: return=minimal``) is followed with one GET of the resource.

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
        body=body,
        prefer=prefer,
    )
    follow = _follow_kwargs(response)
    if follow is not None:
        return _followed(await client.get_async_httpx_client().request(**follow))
    return _result(response)
