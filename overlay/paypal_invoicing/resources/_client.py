"""``PayPal`` and ``AsyncPayPal``: :func:`~paypal_invoicing.connect`'s client, as resources."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Self

import httpx

from .._connect import Options
from ._api import AsyncRootResource, RootResource
from ._runtime import Resource

if TYPE_CHECKING:
    from paypal_invoicing_client import AuthenticatedClient


def _copy(client: Any, max_retries: int | None, timeout: float | httpx.Timeout | None) -> Any:
    """A copy of a ``connect()`` client over the same pool and token, with other options."""
    from .._connect import _timeout

    copy = client._copy(timeout=None if timeout is None else _timeout(timeout))
    if max_retries is not None:
        sync_client, async_client = copy.get_httpx_client(), copy.get_async_httpx_client()
        policy = dataclasses.replace(sync_client.policy, max_retries=max_retries)
        sync_client.policy = async_client.policy = policy
    return copy


_P = ParamSpec("_P")


def _taking(
    options: Callable[_P, object],
) -> Callable[[Callable[..., None]], Callable[Concatenate[Any, _P], None]]:
    """Give ``__init__`` the parameters of ``options`` (connect()'s), for mypy and ``help()``."""

    def decorate(init: Callable[..., None]) -> Callable[Concatenate[Any, _P], None]:
        self = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        parameters = [self, *inspect.signature(options).parameters.values()]
        init.__dict__["__signature__"] = inspect.Signature(parameters, return_annotation=None)
        return init

    return decorate


class _Client(Resource):
    @_taking(Options)
    def __init__(self, *args: Any, **options: Any) -> None:
        from .._connect import connect

        super().__init__(connect(*args, **options))

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client underneath, for the endpoint modules."""
        return self._client

    @classmethod
    def from_client(cls, client: AuthenticatedClient) -> Self:
        """The resources over ``client``, a client :func:`~paypal_invoicing.connect` returned (its
        connections, token and options; closing one closes the other)."""
        from .._client import PayPalClient
        from .._errors import ConfigurationError

        if not isinstance(client, PayPalClient):
            kind = type(client).__name__
            raise ConfigurationError(f"client must be a client connect() returned, got {kind}")
        resources = object.__new__(cls)
        Resource.__init__(resources, client)
        return resources

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """A copy with other retries or timeout, sharing this one's connections and token."""
        return self.from_client(_copy(self._client, max_retries, timeout))


class PayPal(_Client, RootResource):
    """PayPal's Invoicing and webhooks APIs as resources: ``client.invoices.create(...)``.

    Takes :func:`~paypal_invoicing.connect`'s arguments (and its ``PAYPAL_*`` variables).
    A context manager; :meth:`close` closes its connections (not those of a copy's owner).
    """

    def close(self) -> None:
        """Close the connections."""
        close = getattr(self._client, "close", None)
        if callable(close):
            close()
        else:
            self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncPayPal(_Client, AsyncRootResource):
    """:class:`PayPal` with ``async`` methods: ``await client.invoices.create(...)``.

    An async context manager; :meth:`aclose` closes its connections.
    """

    async def aclose(self) -> None:
        """Close the connections."""
        aclose = getattr(self._client, "aclose", None)
        if callable(aclose):
            await aclose()
        else:
            await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
