"""The fenced code blocks of README.md, for the tests that run them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
_TESTED_BY = re.compile(r"<!-- tested: (?P<name>[\w-]+) -->\n$")
_FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    """One fenced block: its language, its flags (``no-run``...), its text and its line."""

    language: str
    flags: tuple[str, ...]
    code: str
    line: int
    #: ``name`` of a ``<!-- tested: name -->`` line right above the block: a test of its own
    #: runs it (with what it needs, such as a Redis server), not the generic runner.
    tested_by: str | None = None

    @property
    def is_test_module(self) -> bool:
        """Whether the block is a pytest module (it defines ``test_`` functions)."""
        return re.search(r"^(async )?def test_", self.code, re.MULTILINE) is not None

    @property
    def name(self) -> str:
        """``README.md:LINE``, for test ids and messages."""
        return f"README.md:{self.line}"


def blocks(text: str | None = None) -> list[Block]:
    """Every fenced block of the README (or of ``text``), in order."""
    source = README.read_text(encoding="utf-8") if text is None else text
    found: list[Block] = []
    for match in _FENCE.finditer(source):
        words = match["info"].split()
        language = words[0] if words else ""
        line = source.count("\n", 0, match.start()) + 1
        marker = _TESTED_BY.search(source, 0, match.start())
        tested_by = marker["name"] if marker else None
        found.append(Block(language, tuple(words[1:]), match["body"], line, tested_by))
    return found


def python_blocks(text: str | None = None) -> list[Block]:
    """The ``python`` blocks the generic runner runs (not ``no-run``, not tested on their own)."""
    return [
        block
        for block in blocks(text)
        if block.language == "python" and "no-run" not in block.flags and block.tested_by is None
    ]
