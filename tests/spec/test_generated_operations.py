"""Every operation (Invoicing v2 and v1, Webhooks Management) is in the spec and generated."""

from __future__ import annotations

import importlib

import pytest

from tests.spec.helpers import model, spec, spec_operations

V2_OPERATIONS = {
    "create_invoice": ("post", "/v2/invoicing/invoices"),
    "list_invoices": ("get", "/v2/invoicing/invoices"),
    "get_invoice": ("get", "/v2/invoicing/invoices/{invoice_id}"),
    "update_invoice": ("put", "/v2/invoicing/invoices/{invoice_id}"),
    "delete_invoice": ("delete", "/v2/invoicing/invoices/{invoice_id}"),
    "send_invoice": ("post", "/v2/invoicing/invoices/{invoice_id}/send"),
    "remind_invoice": ("post", "/v2/invoicing/invoices/{invoice_id}/remind"),
    "cancel_invoice": ("post", "/v2/invoicing/invoices/{invoice_id}/cancel"),
    "record_invoice_payment": ("post", "/v2/invoicing/invoices/{invoice_id}/payments"),
    "delete_invoice_payment": (
        "delete",
        "/v2/invoicing/invoices/{invoice_id}/payments/{transaction_id}",
    ),
    "record_invoice_refund": ("post", "/v2/invoicing/invoices/{invoice_id}/refunds"),
    "delete_invoice_refund": (
        "delete",
        "/v2/invoicing/invoices/{invoice_id}/refunds/{transaction_id}",
    ),
    "generate_invoice_qr_code": ("post", "/v2/invoicing/invoices/{invoice_id}/generate-qr-code"),
    "generate_invoice_number": ("post", "/v2/invoicing/generate-next-invoice-number"),
    "search_invoices": ("post", "/v2/invoicing/search-invoices"),
    "list_templates": ("get", "/v2/invoicing/templates"),
    "create_template": ("post", "/v2/invoicing/templates"),
    "get_template": ("get", "/v2/invoicing/templates/{template_id}"),
    "update_template": ("put", "/v2/invoicing/templates/{template_id}"),
    "delete_template": ("delete", "/v2/invoicing/templates/{template_id}"),
}
V1_OPERATIONS = {
    "v1_create_invoice",
    "v1_list_invoices",
    "v1_search_invoices",
    "v1_send_invoice",
    "v1_schedule_invoice",
    "v1_remind_invoice",
    "v1_cancel_invoice",
    "v1_record_invoice_payment",
    "v1_record_invoice_refund",
    "v1_get_invoice",
    "v1_update_invoice",
    "v1_delete_invoice",
    "v1_delete_invoice_payment",
    "v1_delete_invoice_refund",
    "v1_generate_invoice_qr_code",
    "v1_generate_invoice_number",
    "v1_create_template",
    "v1_list_templates",
    "v1_get_template",
    "v1_delete_template",
    "v1_update_template",
}
WEBHOOK_OPERATIONS = {
    "create_webhook": ("post", "/v1/notifications/webhooks", "webhooks"),
    "list_webhooks": ("get", "/v1/notifications/webhooks", "webhooks"),
    "get_webhook": ("get", "/v1/notifications/webhooks/{webhook_id}", "webhooks"),
    "update_webhook": ("patch", "/v1/notifications/webhooks/{webhook_id}", "webhooks"),
    "delete_webhook": ("delete", "/v1/notifications/webhooks/{webhook_id}", "webhooks"),
    "list_webhook_event_types": (
        "get",
        "/v1/notifications/webhooks/{webhook_id}/event-types",
        "webhooks",
    ),
    "create_webhook_lookup": ("post", "/v1/notifications/webhooks-lookup", "webhook_lookups"),
    "list_webhook_lookups": ("get", "/v1/notifications/webhooks-lookup", "webhook_lookups"),
    "get_webhook_lookup": (
        "get",
        "/v1/notifications/webhooks-lookup/{webhook_lookup_id}",
        "webhook_lookups",
    ),
    "delete_webhook_lookup": (
        "delete",
        "/v1/notifications/webhooks-lookup/{webhook_lookup_id}",
        "webhook_lookups",
    ),
    "verify_webhook_signature": (
        "post",
        "/v1/notifications/verify-webhook-signature",
        "webhook_events",
    ),
    "list_available_event_types": (
        "get",
        "/v1/notifications/webhooks-event-types",
        "webhook_events",
    ),
    "list_webhook_events": ("get", "/v1/notifications/webhooks-events", "webhook_events"),
    "get_webhook_event": ("get", "/v1/notifications/webhooks-events/{event_id}", "webhook_events"),
    "resend_webhook_event": (
        "post",
        "/v1/notifications/webhooks-events/{event_id}/resend",
        "webhook_events",
    ),
    "simulate_webhook_event": ("post", "/v1/notifications/simulate-event", "webhook_events"),
}
ENTRY_POINTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def test_spec_holds_all_57_operations() -> None:
    operations = spec_operations()
    assert len(operations) == 57
    assert set(operations) == set(V2_OPERATIONS) | V1_OPERATIONS | set(WEBHOOK_OPERATIONS)


@pytest.mark.parametrize("operation_id", sorted(WEBHOOK_OPERATIONS))
def test_webhook_operation_path_method_and_tag(operation_id: str) -> None:
    path, method, operation = spec_operations()[operation_id]
    assert (method, path, operation["tags"][0]) == WEBHOOK_OPERATIONS[operation_id]
    assert operation["tags"] == [WEBHOOK_OPERATIONS[operation_id][2]]
    assert "deprecated" not in operation


@pytest.mark.parametrize("operation_id", sorted(V2_OPERATIONS))
def test_v2_operation_path_method_and_tag(operation_id: str) -> None:
    path, method, operation = spec_operations()[operation_id]
    assert (method, path) == V2_OPERATIONS[operation_id]
    expected_tag = "templates" if "/templates" in path else "invoices"
    assert operation["tags"] == [expected_tag]


@pytest.mark.parametrize("operation_id", sorted(V1_OPERATIONS))
def test_v1_operation_is_tagged_and_deprecated(operation_id: str) -> None:
    path, _, operation = spec_operations()[operation_id]
    assert path.startswith("/v1/invoicing/")
    expected_tag = "v1_templates" if path.startswith("/v1/invoicing/templates") else "v1_invoices"
    assert operation["tags"] == [expected_tag]
    assert operation["deprecated"] is True


@pytest.mark.parametrize(
    "operation_id", sorted(V2_OPERATIONS) + sorted(V1_OPERATIONS) + sorted(WEBHOOK_OPERATIONS)
)
def test_every_operation_is_generated(operation_id: str) -> None:
    _, _, operation = spec_operations()[operation_id]
    tag = operation["tags"][0]
    module = importlib.import_module(f"paypal_invoicing_client.api.{tag}.{operation_id}")
    for name in ENTRY_POINTS:
        assert callable(getattr(module, name)), f"{operation_id}.{name} missing"


def test_generated_api_has_no_module_beyond_the_spec() -> None:
    import paypal_invoicing_client.api as api

    root = api.__path__[0]
    from pathlib import Path

    modules = {p.stem for p in Path(root).rglob("*.py") if p.name != "__init__.py"}
    assert modules == set(spec_operations())


def test_every_object_schema_has_a_model() -> None:
    schemas = spec()["components"]["schemas"]
    objects = [key for key, schema in schemas.items() if schema.get("type") == "object"]
    assert len(objects) > 60
    for key in objects:
        cls = model(key)
        assert hasattr(cls, "from_dict") and hasattr(cls, "to_dict"), key


def test_post_operations_declare_the_idempotency_header() -> None:
    for operation_id, (_, method, operation) in spec_operations().items():
        # v1 and Webhooks are PayPal's files as published; connect() sends the header anyway.
        if method != "post" or operation_id.startswith("v1_") or operation_id in WEBHOOK_OPERATIONS:
            continue
        names = {p.get("name") for p in _parameters(operation)}
        assert "PayPal-Request-Id" in names, operation_id


def _parameters(operation: dict[str, object]) -> list[dict[str, object]]:
    params = spec()["components"].get("parameters", {})
    resolved = []
    for p in operation.get("parameters", []):  # type: ignore[attr-defined]
        if "$ref" in p:
            p = params[p["$ref"].rsplit("/", 1)[1]]
        resolved.append(p)
    return resolved
