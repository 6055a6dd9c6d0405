"""HTML pages -> main text, title and date. (The runs issue brings trafilatura in here.)"""

from __future__ import annotations

import html as html_lib
from dataclasses import dataclass

import regex

_SCRIPT = regex.compile(r"<(head|script|style|noscript)\b.*?</\1\s*>", regex.IGNORECASE | regex.DOTALL)
_TITLE = regex.compile(r"<title[^>]*>(.*?)</title\s*>", regex.IGNORECASE | regex.DOTALL)
_BLOCK = regex.compile(r"</?(?:p|div|br|h[1-6]|li|tr|article|section)\b[^>]*>", regex.IGNORECASE)
_TAG = regex.compile(r"<[^>]+>")
_BLANK_LINES = regex.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str | None
    published: str | None


def html_to_text(page: str) -> PageText | None:
    """Visible text of a page with block breaks kept; None when nothing is left."""
    title_match = _TITLE.search(page)
    title = html_lib.unescape(_TAG.sub("", title_match.group(1))).strip() if title_match else None
    body = _SCRIPT.sub(" ", page)
    body = _BLOCK.sub("\n", body)
    body = html_lib.unescape(_TAG.sub("", body))
    lines = [" ".join(line.split()) for line in body.splitlines()]
    text = _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()
    return PageText(text, title or None, None) if text else None
