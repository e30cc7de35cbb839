"""``http_backend="aiohttp"``: the async pools send through httpx-aiohttp's transport, whose
aiohttp errors become the httpx errors the retry decision reads (only a failed connect is "never
sent": a connection lost later may have reached PayPal), and whose session keeps no cookies of
its own (httpx's client handles them, as on the default backend)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

# Most specific first. A ValueError: a header aiohttp refuses (LocalProtocolError: never quoted).
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (asyncio.TimeoutError, httpx.ReadTimeout),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.ClientError, httpx.RemoteProtocolError),
    (ValueError, httpx.LocalProtocolError),
)


@contextlib.contextmanager
def _mapped(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        error = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ else exc
        for source, target in _ERRORS:
            if isinstance(error, source):
                raise target(str(error) or type(error).__name__, request=request) from None
        raise


class _Body(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped(self._request):
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        with _mapped(self._request):
            await self._stream.aclose()


class _Transport(AiohttpTransport):
    def get_client(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self.limits.max_connections or 0,
            keepalive_timeout=self.limits.keepalive_expiry,
            ssl=self.ssl_context,
        )
        return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with _mapped(request):
            response = await super().handle_async_request(request)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Body(response.stream, request)
        return response


class AiohttpClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose transports (direct and proxied) are aiohttp's."""

    # httpx calls both with keywords only: they pass them on to the transport as they are.
    def _init_transport(  # type: ignore[override]
        self, *, transport: httpx.AsyncBaseTransport | None = None, **options: Any
    ) -> httpx.AsyncBaseTransport:
        return transport or _Transport(**options)

    def _init_proxy_transport(  # type: ignore[override]
        self, proxy: httpx.Proxy, **options: Any
    ) -> httpx.AsyncBaseTransport:
        return _Transport(proxy=proxy, **options)
