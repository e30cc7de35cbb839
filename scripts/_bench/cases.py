"""The measurements of scripts/bench: each returns rows for the table.

Timed figures interleave rounds of the client and of its raw-httpx baseline (the order alternates
from round to round) and report medians; counted figures read the bench server's counters.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .server import BenchServer

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "AeBenchClientId"
CLIENT_SECRET = "EBenchSecret"
INVOICE_ID = "INV2-JY7V-QMJH-T7TP-4FKF"
PAGE_SIZE = 100


@dataclass
class Row:
    """One line of the table."""

    number: str
    what: str
    ours: str
    baseline: str
    ratio: str
    target: str
    met: bool | None  # None: informative only


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def interleave(
    ours: Callable[[], Any], baseline: Callable[[], Any], rounds: int, repeat: int
) -> tuple[float, float]:
    """Median seconds per call of ``ours`` and ``baseline`` over interleaved rounds."""
    ours_times: list[float] = []
    base_times: list[float] = []
    for round_number in range(rounds):
        pair = [(ours, ours_times), (baseline, base_times)]
        if round_number % 2:
            pair.reverse()
        for function, times in pair:
            gc.collect()
            started = time.perf_counter()
            for _ in range(repeat):
                function()
            times.append((time.perf_counter() - started) / repeat)
    return statistics.median(ours_times), statistics.median(base_times)


def _ratio_row(
    number: str, what: str, ours: float, base: float, limit: float, fmt: Callable[[float], str]
) -> Row:
    ratio = ours / base
    return Row(number, what, fmt(ours), fmt(base), f"{ratio:.2f}x", f"<= {limit}x", ratio <= limit)


# -- the two sides ------------------------------------------------------------------------------


def connect_client(url: str, **options: Any) -> Any:
    """A client from ``paypal_invoicing.connect`` against the bench server."""
    from paypal_invoicing import connect

    return connect(CLIENT_ID, CLIENT_SECRET, base_url=url, **options)


def raw_token(client: httpx.Client) -> str:
    """Fetch a bearer token with plain httpx."""
    answer = client.post(
        "/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
    )
    answer.raise_for_status()
    return str(json.loads(answer.content)["access_token"])


def raw_client(url: str) -> httpx.Client:
    """A plain httpx client that carries a bearer token fetched at once."""
    client = httpx.Client(base_url=url)
    client.headers["Authorization"] = "Bearer " + raw_token(client)
    return client


def read_model(invoice: Any) -> tuple[Any, ...]:
    """What a caller typically reads from an invoice model."""
    return (invoice.id, invoice.status, invoice.detail.invoice_number, invoice.amount.value)


def read_dict(invoice: dict[str, Any]) -> tuple[Any, ...]:
    """The same fields from ``json.loads`` output."""
    return (
        invoice["id"],
        invoice["status"],
        invoice["detail"]["invoice_number"],
        invoice["amount"]["value"],
    )


def read_model_top(invoice: Any) -> tuple[Any, ...]:
    """Top-level fields only (no nested model is loaded)."""
    return (invoice.id, invoice.status)


def read_dict_top(invoice: dict[str, Any]) -> tuple[Any, ...]:
    """The same top-level fields from ``json.loads`` output."""
    return (invoice["id"], invoice["status"])


def raw_pages(
    client: httpx.Client,
    page_size: int,
    read: Callable[[dict[str, Any]], tuple[Any, ...]] = read_dict,
) -> list[tuple[Any, ...]]:
    """Walk every page with plain httpx, following ``next`` links."""
    rows: list[tuple[Any, ...]] = []
    page = 1
    while True:
        answer = client.get("/v2/invoicing/invoices", params={"page": page, "page_size": page_size})
        answer.raise_for_status()
        document = json.loads(answer.content)
        rows.extend(read(item) for item in document["items"])
        if not any(link["rel"] == "next" for link in document.get("links", ())):
            return rows
        page += 1


def paged(
    client: Any, page_size: int, read: Callable[[Any], tuple[Any, ...]] = read_model
) -> list[tuple[Any, ...]]:
    """Walk every page with ``paginate``."""
    from paypal_invoicing import paginate
    from paypal_invoicing_client.api.invoices import list_invoices

    return [read(i) for i in paginate(list_invoices, client=client, page_size=page_size)]


# -- 1. get invoice -----------------------------------------------------------------------------


def bench_get(server: BenchServer, rounds: int) -> list[Row]:
    """Warm ``get_invoice.sync`` + model reads vs ``httpx.get`` + ``json.loads`` + dict reads."""
    from paypal_invoicing_client.api.invoices import get_invoice

    client = connect_client(server.url)
    raw = raw_client(server.url)
    path = f"/v2/invoicing/invoices/{INVOICE_ID}"

    def ours() -> Any:
        return read_model(get_invoice.sync(INVOICE_ID, client=client))

    def baseline() -> Any:
        answer = raw.get(path)
        answer.raise_for_status()
        return read_dict(json.loads(answer.content))

    assert ours() == baseline()
    interleave(ours, baseline, 2, 20)  # warm-up
    mine, base = interleave(ours, baseline, rounds, 40)

    # First call: connect() + token + TCP + GET, against httpx.Client + token + GET.
    def ours_first() -> Any:
        fresh = connect_client(server.url)
        try:
            return read_model(get_invoice.sync(INVOICE_ID, client=fresh))
        finally:
            fresh.get_httpx_client().close()

    def baseline_first() -> Any:
        fresh = raw_client(server.url)
        try:
            return read_dict(json.loads(fresh.get(path).content))
        finally:
            fresh.close()

    first_mine, first_base = interleave(ours_first, baseline_first, rounds, 5)
    client.get_httpx_client().close()
    raw.close()
    return [
        _ratio_row("1", "get invoice, warm client (per call)", mine, base, 1.2, _us),
        Row(
            "1b",
            "first call: connect() + token + TCP + get",
            _us(first_mine),
            _us(first_base),
            f"{first_mine / first_base:.2f}x",
            "-",
            None,
        ),
    ]


# -- 1c. the resource client over the endpoint module --------------------------------------------


def bench_resource_get(server: BenchServer, rounds: int) -> list[Row]:
    """Warm ``client.invoices.retrieve`` vs ``get_invoice.sync``, both + the same model reads."""
    from paypal_invoicing import PayPal
    from paypal_invoicing_client.api.invoices import get_invoice

    resource = PayPal(CLIENT_ID, CLIENT_SECRET, base_url=server.url)
    client = resource.client  # the same connections on both sides: only the layer differs

    def ours() -> Any:
        return read_model(resource.invoices.retrieve(INVOICE_ID))

    def baseline() -> Any:
        return read_model(get_invoice.sync(INVOICE_ID, client=client))

    assert ours() == baseline()
    interleave(ours, baseline, 2, 20)  # warm-up
    mine, base = interleave(ours, baseline, rounds, 60)
    resource.close()
    what = "`client.invoices.retrieve` vs `get_invoice.sync`, warm (per call)"
    return [_ratio_row("1c", what, mine, base, 1.03, _us)]


# -- 2. list 1,000 invoices ---------------------------------------------------------------------


def bench_list(server: BenchServer, rounds: int, invoices: int) -> list[Row]:
    """``paginate(list_invoices)`` over ``invoices`` vs raw paging + ``json.loads``; rows 2o and
    2bo are the client with ``json_loads=orjson.loads``, against the same baseline."""
    import orjson

    server.configure(invoices=invoices)
    client = connect_client(server.url)
    fast = connect_client(server.url, json_loads=orjson.loads)
    raw = raw_client(server.url)
    rows = []
    for number, fields, mine_read, raw_read, limit in (
        ("2", "id, status", read_model_top, read_dict_top, 1.15),
        ("2b", "+ detail.invoice_number, amount.value", read_model, read_dict, 1.3),
    ):
        for suffix, ours, parser in (("", client, ""), ("o", fast, ", json_loads=orjson.loads")):
            assert paged(ours, PAGE_SIZE, mine_read) == raw_pages(raw, PAGE_SIZE, raw_read)
            mine, base = interleave(
                functools.partial(paged, ours, PAGE_SIZE, mine_read),
                functools.partial(raw_pages, raw, PAGE_SIZE, raw_read),
                rounds,
                1,
            )
            what = f"list {invoices:,} invoices (page_size {PAGE_SIZE}), read {fields}{parser}"
            rows.append(_ratio_row(number + suffix, what, mine, base, limit, _ms))
    for made in (client, fast):
        made.get_httpx_client().close()
    raw.close()
    return rows


# -- 3. async bulk ------------------------------------------------------------------------------


async def _bounded(calls: int, limit: int, call: Callable[[], Coroutine[Any, Any, Any]]) -> None:
    semaphore = asyncio.Semaphore(limit)

    async def one() -> None:
        async with semaphore:
            await call()

    await asyncio.gather(*(one() for _ in range(calls)))


async def _ours_bulk(
    url: str, calls: int, limit: int, backend: str = "httpx", close: bool = True, **options: Any
) -> tuple[float, float]:
    from paypal_invoicing_client.api.invoices import get_invoice

    started = time.perf_counter()
    cpu = time.process_time()
    client = connect_client(url, http_backend=backend, **options)

    async def call() -> None:
        read_model(await get_invoice.asyncio(INVOICE_ID, client=client))

    await _bounded(calls, limit, call)
    elapsed = time.perf_counter() - started, time.process_time() - cpu
    if close:
        await client.get_async_httpx_client().aclose()
    client.get_httpx_client().close()
    return elapsed


async def _raw_bulk(url: str, calls: int, limit: int) -> tuple[float, float]:
    path = f"/v2/invoicing/invoices/{INVOICE_ID}"
    started = time.perf_counter()
    cpu = time.process_time()
    async with httpx.AsyncClient(base_url=url) as client:
        answer = await client.post(
            "/v1/oauth2/token",
            auth=(CLIENT_ID, CLIENT_SECRET),
            data={"grant_type": "client_credentials"},
        )
        client.headers["Authorization"] = "Bearer " + json.loads(answer.content)["access_token"]

        async def call() -> None:
            response = await client.get(path)
            response.raise_for_status()
            read_dict(json.loads(response.content))

        await _bounded(calls, limit, call)
        return time.perf_counter() - started, time.process_time() - cpu


async def _aiohttp_bulk(url: str, calls: int, limit: int) -> float:
    """The floor of row 3 on this machine: a bare ``aiohttp.ClientSession``, no httpx."""
    import aiohttp

    path = f"/v2/invoicing/invoices/{INVOICE_ID}"
    started = time.perf_counter()
    basic = httpx.BasicAuth(CLIENT_ID, CLIENT_SECRET)._auth_header
    async with aiohttp.ClientSession() as session:
        form = {"grant_type": "client_credentials"}
        async with session.post(
            url + "/v1/oauth2/token", headers={"Authorization": basic}, data=form
        ) as answer:
            token = json.loads(await answer.read())["access_token"]
        headers = {"Authorization": "Bearer " + token}

        async def call() -> None:
            async with session.get(url + path, headers=headers) as response:
                response.raise_for_status()
                read_dict(json.loads(await response.read()))

        await _bounded(calls, limit, call)
    return time.perf_counter() - started


def bench_async_floor(
    server: BenchServer, rounds: int, calls: int = 200, limit: int = 20, delay: float = 0.02
) -> list[Row]:
    """Row 3's calls through a bare aiohttp session: what the machine allows at that moment."""
    server.configure(delay=delay)
    asyncio.run(_aiohttp_bulk(server.slow_url, limit, limit))
    times = [asyncio.run(_aiohttp_bulk(server.slow_url, calls, limit)) for _ in range(rounds)]
    server.configure(delay=0)
    ideal = calls * delay / limit
    wall = statistics.median(times)
    what = "async floor: the same calls through a bare aiohttp.ClientSession + json.loads"
    return [Row("3d", what, _ms(wall), "-", f"{wall / ideal:.2f}x ideal", "-", None)]


# The limits of row 3 for each backend (issue 21): aiohttp's transport costs less CPU per call.
ASYNC_LIMITS = {"httpx": 1.6, "aiohttp": 1.25}


def bench_async(
    server: BenchServer,
    rounds: int,
    backend: str = "httpx",
    calls: int = 200,
    limit: int = 20,
    delay: float = 0.02,
) -> list[Row]:
    """``calls`` ``get_invoice.asyncio`` at concurrency ``limit``, ``delay`` s per request, on
    ``http_backend=backend``, against raw ``httpx.AsyncClient`` (interleaved rounds)."""
    server.configure(delay=delay)
    url = server.slow_url
    ours_times: list[tuple[float, float]] = []
    base_times: list[tuple[float, float]] = []
    Bulk = Callable[[str, int, int], Coroutine[Any, Any, tuple[float, float]]]
    ours: Bulk = functools.partial(_ours_bulk, backend=backend)
    asyncio.run(ours(url, limit, limit))  # warm-up (imports, code paths)
    stats: dict[str, int] = {}
    for round_number in range(rounds):
        order: list[tuple[Bulk, list[tuple[float, float]]]] = [
            (ours, ours_times),
            (_raw_bulk, base_times),
        ]
        if round_number % 2:
            order.reverse()
        for function, times in order:
            server.reset()
            times.append(asyncio.run(function(url, calls, limit)))
            if function is ours:
                stats = server.stats()
    server.configure(delay=0)
    ideal = calls * delay / limit
    mine = statistics.median(wall for wall, _cpu in ours_times)
    base = statistics.median(wall for wall, _cpu in base_times)
    mine_cpu = statistics.median(cpu for _wall, cpu in ours_times) / calls
    base_cpu = statistics.median(cpu for _wall, cpu in base_times) / calls
    most = ASYNC_LIMITS[backend]
    counts = (stats["token_requests"], stats["connections"], stats["max_open_connections"])
    return [
        Row(
            f"3 {backend}",
            f"async, {backend}: {calls} get_invoice, concurrency {limit}, "
            f"{delay * 1000:.0f} ms server (ideal {_ms(ideal)}; fresh client incl. token)",
            _ms(mine),
            f"{_ms(base)} (raw httpx)",
            f"{mine / ideal:.2f}x ideal ({mine / base:.2f}x raw)",
            f"<= {most}x ideal",
            mine <= most * ideal,
        ),
        Row(
            f"3b {backend}",
            f"async, {backend}: client CPU per call (process time / calls)",
            _us(mine_cpu),
            f"{_us(base_cpu)} (raw httpx)",
            f"{mine_cpu / base_cpu:.2f}x",
            "-",
            None,
        ),
        Row(
            f"3c {backend}",
            f"async, {backend}: token requests / connections / max open (server counts)",
            " / ".join(map(str, counts)),
            f"1 / {limit} / {limit} (ideal)",
            "-",
            "1 token, <= concurrency",
            counts[0] == 1 and counts[1] <= limit and counts[2] <= limit,
        ),
    ]


# -- 4. round trips -----------------------------------------------------------------------------


def count_round_trips(server: BenchServer) -> dict[str, int]:
    """The server-side counts of item 4 (also asserted by tests/bench/test_round_trips.py)."""
    from paypal_invoicing_client.api.invoices import get_invoice

    counts: dict[str, int] = {}
    server.reset()
    client = connect_client(server.url)
    for _ in range(50):
        get_invoice.sync(INVOICE_ID, client=client)
    stats = server.stats()
    counts["sequential_50_tokens"] = stats["token_requests"]
    counts["sequential_50_connections"] = stats["connections"]
    counts["sequential_50_requests"] = stats["requests"]
    client.get_httpx_client().close()

    server.configure(token_lifetime=1)  # valid for 0.9 s after the 10% refresh margin
    server.reset()
    client = connect_client(server.url)
    for _ in range(5):
        get_invoice.sync(INVOICE_ID, client=client)
    time.sleep(1.0)
    for _ in range(5):
        get_invoice.sync(INVOICE_ID, client=client)
    counts["two_lifetimes_tokens"] = server.stats()["token_requests"]
    client.get_httpx_client().close()
    server.configure(token_lifetime=32400)

    for invoices in (0, 99, 100, 250, 1000):
        server.configure(invoices=invoices)
        client = connect_client(server.url)
        get_invoice.sync(INVOICE_ID, client=client)  # the token, first
        server.reset()
        listed = len(paged(client, PAGE_SIZE))
        assert listed == invoices, (listed, invoices)
        counts[f"list_{invoices}_requests"] = server.stats()["list_requests"]
        client.get_httpx_client().close()
    server.configure(invoices=1000)
    return counts


def count_concurrent(server: BenchServer, calls: int = 60, limit: int = 20) -> dict[str, int]:
    """Server counters for ``calls`` concurrent ``get_invoice.asyncio`` on a fresh client."""
    server.reset()
    asyncio.run(_ours_bulk(server.url, calls, limit))
    return server.stats()


def bench_round_trips(server: BenchServer) -> list[Row]:
    """Item 4 as table rows: counts against their ideal."""
    counts = count_round_trips(server)

    def row(number: str, what: str, got: int, ideal: int) -> Row:
        return Row(number, what, str(got), f"{ideal} (ideal)", "-", f"= {ideal}", got == ideal)

    lists = [0, 99, 100, 250, 1000]
    got = " / ".join(str(counts[f"list_{n}_requests"]) for n in lists)
    ideal = " / ".join(str(max(1, math.ceil(n / PAGE_SIZE))) for n in lists)
    return [
        row("4a", "token requests, 50 sequential calls", counts["sequential_50_tokens"], 1),
        row(
            "4b",
            "token requests, calls across 2 token lifetimes",
            counts["two_lifetimes_tokens"],
            2,
        ),
        row("4c", "TCP connections, 50 sequential calls", counts["sequential_50_connections"], 1),
        Row(
            "4d",
            "list requests for N = 0 / 99 / 100 / 250 / 1000",
            got,
            f"{ideal} (ideal)",
            "-",
            "max(1, ceil(N/100))",
            got == ideal,
        ),
    ]


# -- 9. memory -------------------------------------------------------------------------------


def _walk_peak(server: BenchServer, invoices: int) -> tuple[int, int]:
    """(peak bytes traced while walking ``invoices`` with ``paginate``, invoices seen)."""
    import tracemalloc

    from paypal_invoicing import paginate
    from paypal_invoicing_client.api.invoices import list_invoices

    server.configure(invoices=invoices)
    client = connect_client(server.url)
    paged(client, PAGE_SIZE)  # token, connection, code paths: not counted
    gc.collect()
    tracemalloc.start()
    try:
        seen = sum(1 for _ in paginate(list_invoices, client=client, page_size=PAGE_SIZE))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        client.get_httpx_client().close()
    return peak, seen


def bench_memory(server: BenchServer, calls: int = 1000, concurrency: int = 64) -> list[Row]:
    """A 10,000-invoice walk against a 1,000 one (peak traced memory), and what the async pool
    holds after ``calls`` calls at ``concurrency`` with ``limits`` of 32 connections."""
    small, seen_small = _walk_peak(server, 1000)
    large, seen_large = _walk_peak(server, 10000)
    server.configure(invoices=1000)
    assert (seen_small, seen_large) == (1000, 10000), (seen_small, seen_large)
    rows = [
        Row(
            "9a",
            "memory: peak traced while walking 10,000 invoices (baseline: 1,000)",
            f"{large / 1e6:.2f} MB",
            f"{small / 1e6:.2f} MB",
            f"{large / small:.2f}x",
            "flat: <= 1.2x",
            large <= 1.2 * small,
        )
    ]
    maximum = 32
    for backend in ("httpx", "aiohttp"):
        limits = httpx.Limits(max_connections=maximum)

        async def run(backend: str = backend, limits: httpx.Limits = limits) -> dict[str, int]:
            await _ours_bulk(server.url, calls, concurrency, backend, limits=limits, close=False)
            return server.stats()

        server.reset()
        stats = asyncio.run(run())
        got = (stats["connections"], stats["max_open_connections"], stats["open_connections"])
        rows.append(
            Row(
                f"9b {backend}",
                f"async pool, {backend}: {calls:,} calls at concurrency {concurrency}, "
                f"limits {maximum}: connections opened / max open / open at the end",
                " / ".join(map(str, got)),
                f"<= {maximum} each",
                "-",
                f"<= {maximum}",
                max(got) <= maximum,
            )
        )
    return rows


# -- 5. cold import -----------------------------------------------------------------------------

OURS_IMPORT = "import paypal_invoicing, paypal_invoicing_client.api.invoices.get_invoice"
BASE_IMPORT = "import httpx"


# Bytecode caches are written (and then read) whatever the caller's PYTHONDONTWRITEBYTECODE:
# without them each run would compile our modules, and not httpx's (pip wrote its caches).
_IMPORT_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _import_time(statement: str) -> float:
    code = f"import time; _t = time.perf_counter(); {statement}; print(time.perf_counter() - _t)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=_IMPORT_ENV,
    ).stdout
    return float(out.strip())


def _process_time(statement: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, cwd=ROOT, env=_IMPORT_ENV)
    return time.perf_counter() - started


def bench_import(runs: int) -> list[Row]:
    """Import time in fresh interpreters, interleaved, medians."""
    _import_time(OURS_IMPORT)  # bytecode caches
    _import_time(BASE_IMPORT)
    ours: list[float] = []
    base: list[float] = []
    ours_process: list[float] = []
    base_process: list[float] = []
    for number in range(runs):
        pairs = [(OURS_IMPORT, ours, ours_process), (BASE_IMPORT, base, base_process)]
        if number % 2:
            pairs.reverse()
        for statement, times, process_times in pairs:
            times.append(_import_time(statement))
            process_times.append(_process_time(statement))
    mine, theirs = statistics.median(ours), statistics.median(base)
    mine_p, theirs_p = statistics.median(ours_process), statistics.median(base_process)
    return [
        _ratio_row("5", "cold import (the imports alone)", mine, theirs, 1.3, _ms),
        Row(
            "5b",
            "cold import, whole `python -c` process",
            _ms(mine_p),
            _ms(theirs_p),
            f"{mine_p / theirs_p:.2f}x",
            "-",
            None,
        ),
    ]


def import_profile(top: int = 12) -> list[tuple[int, str]]:
    """The slowest cumulative entries of ``-X importtime`` for our import (µs, module)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", OURS_IMPORT],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=_IMPORT_ENV,
    )
    entries: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line[len("import time:") :].split("|")
        entries.append((int(cumulative), name.rstrip()))
    entries.sort(reverse=True)
    return entries[:top]


# -- 6. regenerate ------------------------------------------------------------------------------


def bench_regenerate() -> list[Row]:
    """Wall time of ``scripts/regenerate --check`` (normalize + generate into a temp dir)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    state = "fresh" if result.returncode == 0 else f"exit {result.returncode}: tree differs"
    return [Row("6", f"`scripts/regenerate --check` ({state})", _ms(elapsed), "-", "-", "-", None)]


def bench_regenerate_build(rounds: int = 3) -> list[Row]:
    """Wall time of a regeneration from PayPal's files: normalize + generate into a temp dir.

    ``scripts/normalize --output`` then ``scripts/regenerate --spec --into``: the whole build of
    ``scripts/regenerate`` (its two subprocesses included), with no swap and no comparison.
    Median of ``rounds``.
    """
    import tempfile

    times: list[float] = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="bench-regenerate-") as tmp:
            spec = Path(tmp) / "openapi.json"
            started = time.perf_counter()
            for command in (
                [str(ROOT / "scripts" / "normalize"), "--output", str(spec)],
                [str(ROOT / "scripts" / "regenerate"), "--spec", str(spec), "--into", tmp],
            ):
                subprocess.run(
                    [sys.executable, *command], capture_output=True, check=True, cwd=ROOT
                )
            times.append(time.perf_counter() - started)
    median = statistics.median(times)
    what = (
        f"regenerate from PayPal's files (normalize + generate into a temp dir; median of {rounds})"
    )
    return [Row("8", what, _ms(median), "-", "-", "<= 5 s", median <= 5.0)]
