"""The sandbox behind a loopback proxy and in a container: Host rules, --allowed-host, banner."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest

from paypal_invoicing import connect
from paypal_invoicing.sandbox import SandboxServer
from paypal_invoicing_client.api.invoices import create_invoice, get_invoice
from paypal_invoicing_client.models import Invoice
from tests.processes import interruptible

from .helpers import simple_invoice


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class LoopbackProxy:
    """A TCP relay on another loopback port (as toxiproxy or a published port would be)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        try:
            while True:
                client, _ = self.listener.accept()
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
                self.sockets += [client, upstream]
                for a, b in ((client, upstream), (upstream, client)):
                    threading.Thread(target=_pipe, args=(a, b), daemon=True).start()
        except OSError:
            return

    def close(self) -> None:
        for sock in self.sockets:
            sock.close()


@pytest.fixture
def proxied() -> Iterator[tuple[SandboxServer, LoopbackProxy]]:
    with SandboxServer() as server:
        proxy = LoopbackProxy(server.port)
        try:
            yield server, proxy
        finally:
            proxy.close()


def test_a_sandbox_behind_a_loopback_proxy_answers_sync_and_async(
    proxied: tuple[SandboxServer, LoopbackProxy],
) -> None:
    _, proxy = proxied
    with connect("id", "secret", base_url=f"http://127.0.0.1:{proxy.port}") as client:
        made = create_invoice.sync(client=client, body=Invoice.from_dict(simple_invoice()))
        assert isinstance(made.id, str)

        async def read() -> str | None:
            invoice = await get_invoice.asyncio(made.id, client=client)  # type: ignore[arg-type]
            return invoice.id

        assert asyncio.run(read()) == made.id


@pytest.mark.parametrize("host", ["localhost:1", "127.0.0.2:9999", "[::1]:8443", "LOCALHOST"])
def test_any_loopback_name_or_address_on_any_port_is_served(host: str) -> None:
    with SandboxServer() as server:
        response = httpx.get(server.url + "/_sandbox/stats", headers={"Host": host})
        assert response.status_code == 200, response.text


def test_allowed_hosts_admit_a_container_name_and_nothing_else() -> None:
    with SandboxServer(allowed_hosts=("sandbox",)) as server:
        for host, status in (
            ("sandbox:8080", 200),
            ("sandbox", 200),
            ("other:8080", 403),
            ("sandbox.evil.example", 403),
        ):
            response = httpx.get(server.url + "/_sandbox/stats", headers={"Host": host})
            assert response.status_code == status, host
    with pytest.raises(ValueError, match="allowed host"):
        SandboxServer(allowed_hosts=("not a name",))


def test_the_cli_in_a_container_prints_urls_connect_accepts() -> None:
    command = ["paypal_invoicing", "sandbox", "--host", "0.0.0.0", "--port", "0"]
    names = ["--allowed-host", "sandbox", "--allowed-host", "billing-sandbox"]
    process = interruptible(
        [sys.executable, "-m", *command, *names],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline()]
        while not lines[-1].startswith("Press Ctrl-C"):
            lines.append(process.stdout.readline())
            assert lines[-1], "the banner ended early"
        text = "".join(lines)
        assert "0.0.0.0" not in text
        url = lines[0].split(" on ", 1)[1].split(" ", 1)[0]
        port = url.rsplit(":", 1)[1]
        assert url == f"http://127.0.0.1:{port}"
        with connect("id", "secret", base_url=url) as client:  # accepted as printed
            create_invoice.sync(client=client, body=Invoice.from_dict(simple_invoice()))
        for name in ("sandbox", "billing-sandbox"):
            assert f"PAYPAL_BASE_URL=http://{name}:{port} PAYPAL_ALLOW_HTTP=1" in text
            response = httpx.get(url + "/_sandbox/stats", headers={"Host": f"{name}:{port}"})
            assert response.status_code == 200
        refused = httpx.get(url + "/_sandbox/stats", headers={"Host": f"stranger:{port}"})
        assert refused.status_code == 403
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def test_the_cli_refuses_a_malformed_allowed_host() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "paypal_invoicing", "sandbox", "--allowed-host", "bad name"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "allowed host 'bad name'" in done.stderr


def snippet(name: str) -> str:
    """The README block marked ``<!-- tested: name -->``."""
    from tests.package.readme_blocks import blocks

    (block,) = [b for b in blocks() if b.tested_by == name]
    return block.code


def test_the_readmes_compose_setup_holds_together() -> None:
    import shlex

    import yaml

    from paypal_invoicing._connect import resolve_settings
    from paypal_invoicing.cli import _parser

    services = yaml.safe_load(snippet("readme-compose"))["services"]
    command = services["sandbox"]["command"]
    args = shlex.split(command.split("&&", 1)[1].strip().rstrip('"'))
    assert args[0] == "paypal-invoicing"
    parsed = _parser().parse_args(args[1:])
    env = services["app"]["environment"]
    settings = resolve_settings(env=env)  # what connect() reads in the app container
    assert settings.base_url == "http://sandbox:8080"
    app_host = httpx.URL(settings.base_url).host
    assert app_host in parsed.allowed_host
    with SandboxServer(host=parsed.host, port=0, allowed_hosts=tuple(parsed.allowed_host)) as box:
        headers = {"Host": f"{app_host}:{box.port}"}
        assert httpx.get(box.url + "/_sandbox/stats", headers=headers).status_code == 200
        token = httpx.post(
            box.url + "/v1/oauth2/token",
            auth=(env["PAYPAL_CLIENT_ID"], env["PAYPAL_CLIENT_SECRET"]),
            data={"grant_type": "client_credentials"},
            headers=headers,
        )
        assert token.status_code == 200
