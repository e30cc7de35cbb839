"""The ``paypal-invoicing`` console script: ``sandbox`` (serve the offline sandbox) and ``demo``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="paypal-invoicing", description="PayPal Invoicing tools.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sandbox = commands.add_parser(
        "sandbox",
        help="serve an offline PayPal Invoicing sandbox until Ctrl-C",
        description="Serve an in-memory stand-in for PayPal's Invoicing API (v2 and v1). "
        "Without --client-id/--client-secret any credentials get a token.",
    )
    sandbox.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    sandbox.add_argument("--port", type=int, default=8080, help="port (8080; 0 picks a free one)")
    sandbox.add_argument("--client-id", help="the only client id accepted")
    sandbox.add_argument("--client-secret", help="the only client secret accepted")
    sandbox.add_argument(
        "--token-lifetime",
        type=int,
        default=32400,
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
    from .sandbox.server import serve

    return serve(
        host=args.host,
        port=args.port,
        client_id=args.client_id,
        client_secret=args.client_secret,
        token_lifetime=args.token_lifetime,
        seed=args.seed,
    )


def _run_demo(args: argparse.Namespace) -> int:
    from . import connect
    from .demo import run_lifecycle
    from .errors import PayPalInvoicingError

    output_dir = Path(args.output_dir)
    if args.environment == "sandbox":
        if not (os.environ.get("PAYPAL_CLIENT_ID") and os.environ.get("PAYPAL_CLIENT_SECRET")):
            print(
                "paypal-invoicing demo: set PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET to run "
                "against PayPal's sandbox",
                file=sys.stderr,
            )
            return 2
        print("Running against PayPal's sandbox (api-m.sandbox.paypal.com).", flush=True)
        client = connect(environment="sandbox")
        try:
            run_lifecycle(client, output_dir)
        except PayPalInvoicingError as exc:
            print(f"\nFailed: {exc}", file=sys.stderr)
            return 1
        return 0
    from .sandbox import SandboxServer

    with SandboxServer(client_id="demo-client", client_secret="demo-secret") as server:
        print(f"Embedded PayPal Invoicing sandbox on {server.url}", flush=True)
        client = connect("demo-client", "demo-secret", base_url=server.url)
        try:
            run_lifecycle(client, output_dir)
        except PayPalInvoicingError as exc:
            print(f"\nFailed: {exc}", file=sys.stderr)
            return 1
        finally:
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
