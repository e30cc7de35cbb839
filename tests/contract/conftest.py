"""Contract tests: each test drives the generated client through ``connect()`` inside a cassette.

Default: replay. Every cassette is played with ``record_mode="none"`` and the client is connected
to a loopback port that is bound but never listened on, so a request the cassette does not hold
fails (vcrpy raises ``CannotOverwriteExistingCassetteException``; were vcrpy's patch ever
bypassed, the connection would be refused instead of reaching anything).

``--record-cassettes`` (what ``scripts/record-cassettes`` passes) records instead, against
``--target sandbox`` (the embedded sandbox, started here on loopback) or ``--target
paypal-sandbox`` (``api-m.sandbox.paypal.com`` with ``PAYPAL_CLIENT_ID`` /
``PAYPAL_CLIENT_SECRET``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from paypal_invoicing import SANDBOX_URL, connect
from paypal_invoicing_client import AuthenticatedClient
from tests.contract.recording import (
    CASSETTES,
    TEST_CLIENT_ID,
    TEST_CLIENT_SECRET,
    known_values,
    make_vcr,
)
from tests.contract.webhooks_docs import MissingFromSpec

TARGETS = ("sandbox", "paypal-sandbox")
HTTP_BACKENDS = ("httpx", "aiohttp")
GENERATED = "paypal_invoicing_client"


# -- a spec version that lacks what a test is keyed to ----------------------------------------
@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    """A test keyed to a named example that this spec version lacks is skipped, naming it."""
    try:
        return (yield)
    except MissingFromSpec as exc:
        pytest.skip(str(exc))


class MissingName(pytest.Item):
    """Stands for a test module that imports a generated name this spec version lacks."""

    def __init__(self, *, missing: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.missing = missing

    def runtest(self) -> None:
        pytest.fail(self.missing, pytrace=False)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.name}: {self.missing}"


class ContractModule(pytest.Module):
    """A contract test module; if it imports a name the generated client does not have (its
    component is gone from the spec), it becomes one failing test naming that name instead of
    an error at collection."""

    def collect(self) -> Any:
        try:
            _ = self.obj
        except self.CollectError as exc:
            cause = exc.__cause__
            if not isinstance(cause, ImportError) or not str(cause.name or "").startswith(
                GENERATED
            ):
                raise
            missing = (
                f"the generated client lacks what {self.path.name} imports: {cause} "
                "(the spec no longer has that component or operation; "
                "pin its name in spec/ or update the test)"
            )
            return [MissingName.from_parent(self, name="generated_names", missing=missing)]
        return super().collect()


def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Module:
    return ContractModule.from_parent(parent, path=module_path)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "contract tests (tests/contract)")
    group.addoption(
        "--record-cassettes",
        action="store_true",
        default=False,
        help="record the contract cassettes instead of replaying them",
    )
    group.addoption(
        "--target",
        choices=TARGETS,
        default="sandbox",
        help="what to record against: the embedded sandbox (default) or PayPal's sandbox",
    )


def recording(config: pytest.Config) -> bool:
    """Whether this run records (the option exists only when this conftest was loaded early)."""
    return bool(config.getoption("--record-cassettes", default=False))


@dataclass
class Target:
    """Where the client talks to and with which credentials."""

    name: str
    base_url: str
    client_id: str
    client_secret: str
    origin: str | None = None  # recorded origin to replace by EMBEDDED_ORIGIN
    sandbox: Any = None  # the embedded Sandbox, when recording against it
    known: set[str] = field(default_factory=set)


@pytest.fixture(scope="session")
def blocked_url() -> Iterator[str]:
    """A loopback URL where nothing listens: the port is bound (so no one else gets it) but
    never listened on, so a connection there is refused at once."""
    blocker = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    blocker.bind(("127.0.0.1", 0))
    try:
        yield f"http://127.0.0.1:{blocker.getsockname()[1]}"
    finally:
        blocker.close()


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest, blocked_url: str) -> Iterator[Target]:
    config = request.config
    if not recording(config):
        yield Target("replay", blocked_url, TEST_CLIENT_ID, TEST_CLIENT_SECRET)
        return
    if config.getoption("--target") == "paypal-sandbox":
        client_id = os.environ.get("PAYPAL_CLIENT_ID", "")
        client_secret = os.environ.get("PAYPAL_CLIENT_SECRET", "")
        if not client_id or not client_secret:
            pytest.exit(
                "--target paypal-sandbox needs PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET", 2
            )
        yield Target(
            "paypal-sandbox",
            SANDBOX_URL,
            client_id,
            client_secret,
            known=known_values(client_id, client_secret),
        )
        return
    from paypal_invoicing.sandbox import SandboxServer

    with SandboxServer(client_id=TEST_CLIENT_ID, client_secret=TEST_CLIENT_SECRET) as server:
        yield Target(
            "sandbox",
            server.url,
            TEST_CLIENT_ID,
            TEST_CLIENT_SECRET,
            origin=server.url,
            sandbox=server.sandbox,
            known=known_values(TEST_CLIENT_ID, TEST_CLIENT_SECRET),
        )


def cassette_path(node: pytest.Item) -> Path:
    """``cassettes/<module without test_>/<test name>.json`` (parameters keep their id, but for
    the HTTP backend: both backends replay one cassette)."""
    module = Path(str(node.fspath)).stem.removeprefix("test_")
    name = node.name
    for backend in HTTP_BACKENDS:
        name = name.replace(f"[{backend}]", "").replace(f"-{backend}]", "]")
    name = name.replace("[", "-").replace("]", "").replace("/", "-")
    return CASSETTES / module / f"{name}.json"


# The embedded sandbox's clock while recording: after bodies.INVOICE_DATE, before
# bodies.SCHEDULED_DATE, and the same on every re-record.
RECORDING_CLOCK = dt.datetime(2025, 3, 5, 9, 0, 0, tzinfo=dt.UTC)


@dataclass
class Contract:
    """What a contract test gets: a connected client and its cassette."""

    client: AuthenticatedClient
    cassette: Any
    recording: bool
    target: Target


@pytest.fixture
def http_backend() -> str:
    """The ``connect(http_backend=...)`` of ``contract``; the async tests take both."""
    return "httpx"


@pytest.fixture
def contract(
    request: pytest.FixtureRequest,
    target: Target,
    monkeypatch: pytest.MonkeyPatch,
    http_backend: str,
) -> Iterator[Contract]:
    """The generated client from ``connect()``, inside this test's cassette."""
    record = recording(request.config)
    path = cassette_path(request.node)
    if record:
        if path.exists():
            path.unlink()
        if target.sandbox is not None:
            from paypal_invoicing.sandbox import ticking_clock

            # Same ids and timestamps on every re-record: seeded from the cassette's name.
            target.sandbox.reset()
            target.sandbox.reseed(
                path.relative_to(CASSETTES).as_posix(), ticking_clock(RECORDING_CLOCK)
            )
    elif not path.exists():
        name = path.relative_to(CASSETTES.parent)
        pytest.fail(f"no cassette {name}: run scripts/record-cassettes")
    for name in ("PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    recorder = make_vcr(record=record, origin=target.origin, known=target.known)
    with recorder.use_cassette(str(path)) as cassette:
        client = connect(
            target.client_id,
            target.client_secret,
            base_url=target.base_url,
            http_backend=http_backend,
        )
        yield Contract(client, cassette, record, target)
        client.get_httpx_client().close()
        if not record:
            assert_all_played(cassette)


def assert_all_played(cassette: Any) -> None:
    """Every recorded request was sent again (a client that sends less has changed too)."""
    requests = cassette.requests
    unplayed = [
        f"{r.method} {r.path}" for i, r in enumerate(requests) if not cassette.play_counts[i]
    ]
    assert not unplayed, f"the client no longer sends: {unplayed}"


@pytest.fixture
def replay(
    blocked_url: str, monkeypatch: pytest.MonkeyPatch
) -> Callable[[Path], AbstractContextManager[AuthenticatedClient]]:
    """Replay any cassette (always replay, even with --record-cassettes): used for the
    cassettes built from PayPal's docs."""
    for name in ("PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_BASE_URL"):
        monkeypatch.delenv(name, raising=False)

    @contextlib.contextmanager
    def play(path: Path) -> Iterator[AuthenticatedClient]:
        with make_vcr(record=False).use_cassette(str(path)) as cassette:
            client = connect(TEST_CLIENT_ID, TEST_CLIENT_SECRET, base_url=blocked_url)
            yield client
            client.get_httpx_client().close()
            assert_all_played(cassette)

    return play
