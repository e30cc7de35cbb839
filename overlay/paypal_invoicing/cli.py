"""The ``paypal-invoicing`` console script (also ``python -m paypal_invoicing``).

``sandbox`` serves the offline sandbox, ``demo`` runs an invoice lifecycle, ``--version`` prints
the version. Both commands need the ``[sandbox]`` extra (the demo only on the embedded sandbox);
without it they print one line naming ``pip install 'paypal-invoicing[sandbox]'`` and exit 1.
Bad option values end in one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ._extras import missing_sandbox_extra
from ._version import __version__

_MAX_TOKEN_LIFETIME = 10 * 365 * 24 * 3600


def _fail(command: str, message: str, status: int) -> int:
    print(f"paypal-invoicing {command}: {message}", file=sys.stderr)
    return status


def _integer(text: str, low: int, high: int) -> int | None:
    """``text`` as an integer within ``[low, high]``, else None."""
    try:
        value = int(text.strip(), 10)
    except ValueError:
        return None
    return value if low <= value <= high else None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="paypal-invoicing", description="PayPal Invoicing tools.")
    parser.add_argument("--version", action="version", version=f"paypal-invoicing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sandbox = commands.add_parser(
        "sandbox",
        help="serve an offline PayPal Invoicing sandbox until Ctrl-C",
        description="Serve an in-memory stand-in for PayPal's Invoicing API (v2 and v1). "
        "Without --client-id/--client-secret any credentials get a token.",
    )
    sandbox.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    sandbox.add_argument("--port", default="8080", help="port (8080; 0 picks a free one)")
    sandbox.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer to this host name, e.g. a compose service (repeatable; loopback "
        "names and addresses are always answered)",
    )
    sandbox.add_argument("--client-id", help="the only client id accepted")
    sandbox.add_argument("--client-secret", help="the only client secret accepted")
    sandbox.add_argument(
        "--token-lifetime",
        default="32400",
        metavar="SECONDS",
        help="expires_in of issued tokens (32400)",
    )
    sandbox.add_argument(
        "--seed", help="draw ids and debug ids from this seed (repeatable runs; random by default)"
    )

    demo = commands.add_parser(
        "demo",
        help="run a whole invoice lifecycle, against the embedded sandbox by default",
        description="Create, send, pay, refund, search, list and cancel invoices through "
        "paypal_invoicing.connect() and the generated client. By default against a sandbox "
        "started in-process; with --environment sandbox against PayPal's real sandbox "
        "(PAYPAL_CLIENT_ID / PAYPAL_CLIENT_SECRET).",
    )
    demo.add_argument(
        "--environment",
        choices=["embedded", "sandbox"],
        default="embedded",
        help="embedded (default) or PayPal's sandbox",
    )
    demo.add_argument(
        "--output-dir", default="demo-output", help="where to save the QR code PNG (demo-output)"
    )
    return parser


def _serve(args: argparse.Namespace) -> int:
    port = _integer(args.port, 0, 65535)
    if port is None:
        return _fail("sandbox", f"--port must be an integer from 0 to 65535, got {args.port!r}", 2)
    lifetime = _integer(args.token_lifetime, 1, _MAX_TOKEN_LIFETIME)
    if lifetime is None:
        return _fail(
            "sandbox",
            f"--token-lifetime must be a whole number of seconds from 1 to {_MAX_TOKEN_LIFETIME}, "
            f"got {args.token_lifetime!r}",
            2,
        )
    if (args.client_id is None) != (args.client_secret is None):
        return _fail("sandbox", "give both --client-id and --client-secret, or neither", 2)
    missing = missing_sandbox_extra("paypal-invoicing sandbox")
    if missing:
        print(missing, file=sys.stderr)
        return 1
    from .sandbox.server import serve

    return serve(
        host=args.host,
        port=port,
        client_id=args.client_id,
        client_secret=args.client_secret,
        token_lifetime=lifetime,
        seed=args.seed,
        allowed_hosts=tuple(args.allowed_host),
        describe=lambda url: banner(url, args.client_id),
    )


def banner(url: str, client_id: str | None) -> list[str]:
    """The sandbox's start-up lines: where it listens and how to connect a client to it."""
    if client_id is None:
        who = "any client id and secret"
        cid, secret = "any-id", "any-secret"
    else:
        who = f"client id {client_id} with its --client-secret"
        cid, secret = client_id, "<your --client-secret>"
    variables = f"PAYPAL_BASE_URL={url} PAYPAL_CLIENT_ID={cid} PAYPAL_CLIENT_SECRET={secret}"
    admin = "/_sandbox/faults, /_sandbox/stats, /_sandbox/tokens/expire, /_sandbox/reset"
    return [
        f"PayPal Invoicing sandbox on {url} (accepts {who}).",
        "Connect a client to it with these variables (connect() reads them):",
        f"  {variables} python app.py",
        f'  or in Python: connect("{cid}", "{secret}", base_url="{url}")',
        f"  token:  POST {url}/v1/oauth2/token",
        f"  admin:  {url}{admin}",
        "Webhooks: subscribe your endpoint with create_webhook and a loopback URL (e.g.",
        '  http://127.0.0.1:8000/webhooks, event_types [{"name": "*"}]); verify each delivery with',
        f'  construct_event(..., verifier=WebhookVerifier.for_sandbox(base_url="{url}")).',
        "Press Ctrl-C to stop.",
    ]


def _run_demo(args: argparse.Namespace) -> int:
    from . import connect
    from ._errors import PayPalInvoicingError
    from .demo import run_lifecycle

    output_dir = Path(args.output_dir)
    if args.environment == "sandbox" and not (
        os.environ.get("PAYPAL_CLIENT_ID") and os.environ.get("PAYPAL_CLIENT_SECRET")
    ):
        print(
            "paypal-invoicing demo: set PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET to run "
            "against PayPal's sandbox",
            file=sys.stderr,
        )
        return 2
    try:  # checked before anything starts: the QR code is saved there half-way through
        output_dir.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=output_dir).close()
    except OSError as exc:
        message = f"--output-dir {args.output_dir!r} cannot be written to: {exc.strerror or exc}"
        return _fail("demo", message, 2)
    if args.environment == "sandbox":
        print("Running against PayPal's sandbox (api-m.sandbox.paypal.com).", flush=True)
        client = connect(environment="sandbox")
        try:
            run_lifecycle(client, output_dir)
        except PayPalInvoicingError as exc:
            print(f"\nFailed: {exc}", file=sys.stderr)
            return 1
        return 0
    missing = missing_sandbox_extra("paypal-invoicing demo")
    if missing:
        print(missing, file=sys.stderr)
        return 1
    from .demo import show_webhooks
    from .sandbox import SandboxServer
    from .sandbox.receiver import WebhookReceiver

    with SandboxServer(client_id="demo-client", client_secret="demo-secret") as server:
        print(f"Embedded PayPal Invoicing sandbox on {server.url}", flush=True)
        client = connect("demo-client", "demo-secret", base_url=server.url)
        receiver = WebhookReceiver(server.sandbox).start()  # on loopback, every event type
        try:
            run_lifecycle(client, output_dir)
            server.sandbox.wait_for_deliveries(timeout=30)
            show_webhooks(receiver)
        except PayPalInvoicingError as exc:
            print(f"\nFailed: {exc}", file=sys.stderr)
            return 1
        finally:
            receiver.close()
            client.get_httpx_client().close()
        print(f"\nDone: {server.sandbox.token_requests} token request(s) for the whole run.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "sandbox":
        return _serve(args)
    return _run_demo(args)


if __name__ == "__main__":
    sys.exit(main())
