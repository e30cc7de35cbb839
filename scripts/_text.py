"""PayPal's HTML descriptions as readable text: the generated docstrings carry no raw HTML.

PayPal writes its descriptions in HTML (`<code>`, `<a href>`, `<blockquote>`, tables). They
become Markdown-like plain text with markdownify; links into PayPal's developer site are made
absolute, links to anchors of PayPal's own page keep their words only.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from markdownify import MarkdownConverter

DOCS_SITE = "https://developer.paypal.com"
_HTML = re.compile(r"</?[A-Za-z][^<>]*>|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")


_CONVERTER = MarkdownConverter(
    heading_style="ATX",
    bullets="-",
    escape_underscores=False,
    escape_asterisks=False,
    escape_misc=False,
    strip=["img", "script", "style"],
)


def _resolve_links(html: str) -> str:
    """Links into PayPal's developer site made absolute; links to a page anchor lose the link."""
    soup = BeautifulSoup(html, "html.parser")
    for link in soup.find_all("a"):
        href = str(link.get("href") or "")
        if not href or href.startswith("#"):
            link.unwrap()
        elif href.startswith("/"):
            link["href"] = DOCS_SITE + href
        elif not re.match(r"[a-z][a-z0-9+.-]*:", href):
            link["href"] = f"{DOCS_SITE}/{href}"
    return str(soup)


def has_html(text: str) -> bool:
    """Whether a text carries an HTML tag or entity."""
    return bool(_HTML.search(text))


def readable(text: str) -> str:
    """One description, HTML turned into Markdown-like plain text (plain text is kept as is)."""
    converted = _CONVERTER.convert(_resolve_links(text)) if has_html(text) else text
    # Markdown links into PayPal's site are relative too: `[links](/docs/api/...)`.
    converted = re.sub(r"\]\((/[^)\s]*)\)", lambda m: f"]({DOCS_SITE}{m.group(1)})", converted)
    if converted == text:
        return text
    lines = [line.rstrip() for line in converted.splitlines()]
    joined = "\n".join(lines)
    joined = re.sub(r"\n{3,}", "\n\n", joined).strip()
    # A sentence's full stop left alone on a line after a block ("...</blockquote>.").
    return re.sub(r"\n+\.$", ".", joined)
