"""The normalized OpenAPI spec (``spec/openapi.json``) the sandbox validates requests against.

There is one copy: the wheel carries ``spec/openapi.json`` as ``paypal_invoicing/sandbox/
openapi.json`` (hatch ``force-include``), and a development tree, where that file is absent,
reads ``spec/openapi.json`` itself. Either way it is the file the client is generated from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

_SANDBOX = Path(__file__).resolve().parents[1]
PACKAGED = _SANDBOX / "openapi.json"
DEV_TREE = _SANDBOX.parents[2] / "spec" / "openapi.json"


def spec_file(candidates: Iterable[Path] | None = None) -> Path:
    """The first spec file that exists: the packaged copy, else the development tree's."""
    tried = list(candidates) if candidates is not None else [PACKAGED, DEV_TREE]
    for path in tried:
        if path.is_file():
            return path
    raise FileNotFoundError(
        "the sandbox needs the normalized spec; looked in " + ", ".join(map(str, tried))
    )


@cache
def schemas() -> dict[str, Any]:
    """``components.schemas`` of the normalized spec (read once; ``schemas.cache_clear()``
    and the validators' caches make a changed file count)."""
    document = json.loads(spec_file().read_text(encoding="utf-8"))
    return dict(document["components"]["schemas"])
