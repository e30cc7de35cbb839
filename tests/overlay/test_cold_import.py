"""``import paypal_invoicing`` loads what a plain ``get_invoice`` call needs, and nothing else."""

from __future__ import annotations

import json
import subprocess
import sys

# What a sync call never needs: webhook signatures, shared token stores, the sandbox and its
# web stack, the aiohttp backend, and asyncio itself (the async side imports it when used).
NOT_LOADED = (
    "cryptography",
    "redis",
    "paypal_invoicing.webhooks",
    "paypal_invoicing._redis_store",
    "paypal_invoicing.sandbox",
    "starlette",
    "uvicorn",
    "jsonschema",
    "aiohttp",
    "httpx_aiohttp",
    "asyncio",
)


def _modules_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out))


def _loaded(modules: set[str], name: str) -> bool:
    return any(module == name or module.startswith(name + ".") for module in modules)


def test_import_and_connect_load_nothing_a_sync_call_does_not_need() -> None:
    modules = _modules_after(
        "import paypal_invoicing\n"
        "from paypal_invoicing_client.api.invoices import get_invoice\n"
        "paypal_invoicing.connect('id', 'secret')"
    )
    assert "paypal_invoicing._connect" in modules  # the check itself sees what is loaded
    assert [name for name in NOT_LOADED if _loaded(modules, name)] == []


def test_the_lazy_names_still_load_on_first_use() -> None:
    modules = _modules_after(
        "import paypal_invoicing\n"
        "assert paypal_invoicing.WebhookSignatureError.__name__ == 'WebhookSignatureError'\n"
        "assert paypal_invoicing.RedisTokenStore.__name__ == 'RedisTokenStore'"
    )
    assert _loaded(modules, "paypal_invoicing.webhooks")
    assert "paypal_invoicing._redis_store" in modules
