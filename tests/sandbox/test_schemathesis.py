"""schemathesis against the running sandbox: no server errors, conforming statuses and bodies."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from paypal_invoicing.sandbox import SandboxServer

from .helpers import seed

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = Path(shutil.which("schemathesis") or ROOT / ".venv/bin/schemathesis")


def spec_file(tmp_path: Path) -> Path:
    """spec/openapi.json, or spec/v2 converted to JSON while the normalizer has not run."""
    merged = ROOT / "spec" / "openapi.json"
    if merged.exists():
        return merged
    yaml = pytest.importorskip("yaml")
    source = ROOT / "spec" / "v2" / "invoicing_v2.yaml"
    if not source.exists():
        pytest.skip("no OpenAPI spec yet")
    out = tmp_path / "openapi.json"
    out.write_text(json.dumps(yaml.safe_load(source.read_text())))
    return out


def known_ids(server: SandboxServer, token: str) -> dict[str, Any]:
    """An invoice and a template for the path parameters, so operations reach real data."""
    headers = {"Authorization": f"Bearer {token}", "Prefer": "return=representation"}
    with httpx.Client(base_url=server.url, headers=headers) as client:
        invoice = client.post(
            "/v2/invoicing/invoices", json=seed("004_create_invoice_request.json")
        ).json()
        client.post(f"/v2/invoicing/invoices/{invoice['id']}/send")
        template = client.post("/v2/invoicing/templates", json={"name": "Schemathesis"}).json()
    return {"path.invoice_id": invoice["id"], "path.template_id": template["id"]}


@pytest.mark.skipif(not SCHEMATHESIS.exists(), reason="schemathesis is not installed")
def test_schemathesis_finds_no_server_errors_or_nonconformance(tmp_path: Path) -> None:
    with SandboxServer() as server:
        token = server.sandbox.access_token()
        config = tmp_path / "schemathesis.toml"
        params = known_ids(server, token)
        config.write_text(
            "[parameters]\n" + "".join(f'"{key}" = "{value}"\n' for key, value in params.items())
        )
        result = subprocess.run(
            [
                str(SCHEMATHESIS),
                "--config-file",
                str(config),
                "run",
                str(spec_file(tmp_path)),
                "--url",
                server.url,
                "--checks",
                "not_a_server_error,status_code_conformance,response_schema_conformance",
                "--max-examples",
                "20",
                "--seed",
                "1",
                "--workers",
                "1",
                "--generation-database",
                "none",
                "--no-color",
                # the spec documents the representation (a minimal answer is a link)
                "-H",
                "Prefer: return=representation",
                "-H",
                f"Authorization: Bearer {token}",
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    tail = result.stdout[-6000:] + result.stderr[-2000:]
    assert result.returncode == 0, tail
    assert " passed" in result.stdout, tail
    assert "failures" not in result.stdout.split("SUMMARY")[-1], tail
