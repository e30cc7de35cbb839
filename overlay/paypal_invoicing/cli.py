"""The ``paypal-invoicing`` console script: ``sandbox`` (serve the offline sandbox) and ``demo``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


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
    if (args.client_id is None) != (args.client_secret is None):
        print(
            "paypal-invoicing sandbox: give both --client-id and --client-secret, or neither",
            file=sys.stderr,
        )
        return 2
    from .sandbox import SandboxServer

    server = SandboxServer(
        host=args.host,
        port=args.port,
        client_id=args.client_id,
        client_secret=args.client_secret,
        token_lifetime=args.token_lifetime,
    )
    try:
        server.start()
    except OSError as exc:
        print(
            f"paypal-invoicing sandbox: cannot listen on {args.host}:{args.port}: {exc}",
            file=sys.stderr,
        )
        return 1
    who = "any client id and secret" if args.client_id is None else f"client id {args.client_id}"
    print(f"PayPal Invoicing sandbox on {server.url} (accepts {who}).", flush=True)
    print(f"  token:  POST {server.url}/v1/oauth2/token", flush=True)
    print(
        f"  admin:  {server.url}/_sandbox/faults, /_sandbox/stats, /_sandbox/tokens/expire",
        flush=True,
    )
    print("Press Ctrl-C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.", flush=True)
    return 0


_DEMO_ITEMS: list[dict[str, Any]] = [
    {
        "name": "Yoga Mat",
        "description": "Elastic mat to practice yoga.",
        "quantity": "1",
        "unit_amount": {"currency_code": "USD", "value": "50.00"},
        "tax": {"name": "Sales Tax", "percent": "7.25"},
        "discount": {"percent": "5"},
        "unit_of_measure": "QUANTITY",
    },
    {
        "name": "Yoga t-shirt",
        "quantity": "1",
        "unit_amount": {"currency_code": "USD", "value": "10.00"},
        "tax": {"name": "Sales Tax", "percent": "7.25"},
        "discount": {"amount": {"currency_code": "USD", "value": "5.00"}},
        "unit_of_measure": "QUANTITY",
    },
]


def _demo_invoice(number: str | None, note: str) -> dict[str, Any]:
    """PayPal's documented sample invoice (seed 004): total 74.21 USD."""
    detail: dict[str, Any] = {"currency_code": "USD", "note": note, "memo": "paypal-invoicing demo"}
    if number is not None:
        detail["invoice_number"] = number
    return {
        "detail": detail,
        "primary_recipients": [
            {
                "billing_info": {
                    "name": {"given_name": "Stephanie", "surname": "Meyers"},
                    "email_address": "bill-me@example.com",
                }
            }
        ],
        "items": _DEMO_ITEMS,
        "configuration": {
            "partial_payment": {
                "allow_partial_payment": True,
                "minimum_amount_due": {"currency_code": "USD", "value": "20.00"},
            },
            "tax_calculated_after_discount": True,
        },
        "amount": {
            "breakdown": {
                "custom": {
                    "label": "Packing Charges",
                    "amount": {"currency_code": "USD", "value": "10.00"},
                },
                "shipping": {
                    "amount": {"currency_code": "USD", "value": "10.00"},
                    "tax": {"name": "Sales Tax", "percent": "7.25"},
                },
                "discount": {"invoice_discount": {"percent": "5"}},
            }
        },
    }


def _step(number: int, title: str) -> None:
    print(f"\n{number:>2}. {title}", flush=True)


def _show(label: str, value: object) -> None:
    print(f"    {label:<22} {value}", flush=True)


def _dict(result: object) -> dict[str, Any]:
    """A generated model's JSON form (connect() raises on error statuses)."""
    to_dict = getattr(result, "to_dict", None)
    if to_dict is None:
        raise RuntimeError(f"unexpected answer: {result!r}")
    return dict(to_dict())


def _demo(client: Any, output_dir: Path) -> None:
    """The lifecycle, through the generated client (errors raise PayPalError)."""
    from paypal_invoicing_client.api.invoices import (
        cancel_invoice,
        create_invoice,
        delete_invoice,
        generate_invoice_number,
        get_invoice,
        list_invoices,
        record_invoice_payment,
        record_invoice_refund,
        search_invoices,
        send_invoice,
    )
    from paypal_invoicing_client.api.templates import create_template, list_templates
    from paypal_invoicing_client.models import (
        Invoice,
        Notification,
        PaymentDetail,
        RefundDetail,
        SearchData,
        Template,
    )

    from . import paginate, qr_code_png
    from .errors import PayPalError

    full = "return=representation"

    def state(invoice_id: str) -> dict[str, Any]:
        return dict(_dict(get_invoice.sync(invoice_id, client=client)))

    _step(1, "Next invoice number")
    number = str(_dict(generate_invoice_number.sync(client=client))["invoice_number"])
    _show("invoice_number", number)

    _step(2, "Create a draft invoice (PayPal's documented sample)")
    created = _dict(
        create_invoice.sync(
            client=client,
            body=Invoice.from_dict(_demo_invoice(number, "Demo invoice")),
            prefer=full,
        )
    )
    invoice_id = created["id"]
    breakdown = created["amount"]["breakdown"]
    _show("id", invoice_id)
    _show("status", created["status"])
    _show("item total", breakdown["item_total"]["value"])
    _show("item discount", breakdown["discount"]["item_discount"]["value"])
    _show("invoice discount", breakdown["discount"]["invoice_discount"]["amount"]["value"])
    _show("tax total", breakdown["tax_total"]["value"])
    _show(
        "shipping / custom",
        f"{breakdown['shipping']['amount']['value']} / {breakdown['custom']['amount']['value']}",
    )
    _show("total", f"{created['amount']['value']} {created['amount']['currency_code']}")

    _step(3, "Send it")
    send_invoice.sync(invoice_id, client=client, body=Notification(send_to_invoicer=True))
    now = state(invoice_id)
    _show("status", now["status"])
    _show("payer link", now["detail"]["metadata"].get("recipient_view_url"))

    _step(4, "QR code of the payer link, saved as a PNG")
    png = qr_code_png(invoice_id, client=client, width=300, height=300)
    output_dir.mkdir(parents=True, exist_ok=True)
    qr_path = output_dir / f"qr-{invoice_id}.png"
    qr_path.write_bytes(png)
    _show("saved", f"{qr_path} ({len(png)} bytes)")

    _step(5, "Record a partial payment of 30.00")
    payment = {"method": "BANK_TRANSFER", "amount": {"currency_code": "USD", "value": "30.00"}}
    record_invoice_payment.sync(invoice_id, client=client, body=PaymentDetail.from_dict(payment))
    now = state(invoice_id)
    _show("status", now["status"])
    _show("due", now["due_amount"]["value"])

    _step(6, "Record the rest")
    payment["amount"] = dict(now["due_amount"])
    record_invoice_payment.sync(invoice_id, client=client, body=PaymentDetail.from_dict(payment))
    now = state(invoice_id)
    _show("status", now["status"])
    _show("due", now["due_amount"]["value"])

    _step(7, "Refund 10.00")
    refund = {"method": "BANK_TRANSFER", "amount": {"currency_code": "USD", "value": "10.00"}}
    record_invoice_refund.sync(invoice_id, client=client, body=RefundDetail.from_dict(refund))
    now = state(invoice_id)
    _show("status", now["status"])
    _show("refunded", now["refunds"]["refund_amount"]["value"])

    _step(8, "Search: partially refunded invoices")
    found = _dict(
        search_invoices.sync(
            client=client, body=SearchData.from_dict({"status": ["PARTIALLY_REFUNDED"]})
        )
    )
    _show("found", ", ".join(item["id"] for item in found.get("items", [])) or "none")

    _step(9, "Three more drafts, then the list, two per page")
    drafts = [
        _dict(
            create_invoice.sync(
                client=client,
                body=Invoice.from_dict(_demo_invoice(None, f"Draft {i}")),
                prefer=full,
            )
        )["id"]
        for i in range(1, 4)
    ]
    first = _dict(list_invoices.sync(client=client, page_size=2, total_required=True))
    _show("total items / pages", f"{first.get('total_items')} / {first.get('total_pages')}")
    for item in paginate(list_invoices, client=client, page_size=2):
        row = _dict(item)
        _show(row["id"], f"{row['status']:<20} {row['detail'].get('invoice_number')}")

    _step(10, "Create a template and list templates")
    template = _dict(
        create_template.sync(
            client=client,
            body=Template.from_dict(
                {
                    "name": f"Yoga classes {number}",
                    "template_info": {
                        "detail": {"currency_code": "USD", "note": "Namaste"},
                        "items": _DEMO_ITEMS[:1],
                    },
                }
            ),
            prefer=full,
        )
    )
    _show("created", f"{template['id']} {template['name']}")
    for row in _dict(list_templates.sync(client=client)).get("templates", []):
        _show(row["id"], row["name"])

    _step(11, "Cancel a sent invoice; delete a draft")
    send_invoice.sync(drafts[0], client=client)
    cancel_invoice.sync(drafts[0], client=client, body=Notification(send_to_recipient=False))
    _show(drafts[0], state(drafts[0])["status"])
    delete_invoice.sync(drafts[1], client=client)
    _show(drafts[1], "deleted")
    try:
        delete_invoice.sync(drafts[0], client=client)
    except PayPalError as exc:
        _show("delete cancelled", f"refused: {exc.name} {[d.get('issue') for d in exc.details]}")


def _run_demo(args: argparse.Namespace) -> int:
    from . import connect
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
            _demo(client, output_dir)
        except PayPalInvoicingError as exc:
            print(f"\nFailed: {exc}", file=sys.stderr)
            return 1
        return 0
    from .sandbox import SandboxServer

    with SandboxServer(client_id="demo-client", client_secret="demo-secret") as server:
        print(f"Embedded PayPal Invoicing sandbox on {server.url}", flush=True)
        client = connect("demo-client", "demo-secret", base_url=server.url)
        try:
            _demo(client, output_dir)
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
