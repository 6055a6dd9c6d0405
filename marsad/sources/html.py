"""HTML pages -> main text, title and publication date.

trafilatura finds the main text (not menus, footers, comments) and reads the date only from the
page's metadata (``original_date``, no guessing from free text: a date the page does not state
is never invented). Fragments too small for it (feed summaries) fall back to tag stripping.
"""

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
    """Main text, title and date of a page; None when no text is left."""
    if "<" not in page:  # plain text with entities (a feed summary): no tree to look at
        return strip_tags(page)
    import trafilatura

    found = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if text:
        title = getattr(found, "title", None) or None
        date = getattr(found, "date", None) or None
        return PageText(text, title, date)
    return strip_tags(page)


def strip_tags(page: str) -> PageText | None:
    """Visible text of a page with block breaks kept; None when nothing is left."""
    title_match = _TITLE.search(page)
    title = html_lib.unescape(_TAG.sub("", title_match.group(1))).strip() if title_match else None
    body = _SCRIPT.sub(" ", page)
    body = _BLOCK.sub("\n", body)
    body = html_lib.unescape(_TAG.sub("", body))
    lines = [" ".join(line.split()) for line in body.splitlines()]
    text = _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()
    return PageText(text, title or None, None) if text else None
