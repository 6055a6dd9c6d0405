"""RSS and Atom feeds -> one raw input per item, with the item's date as the publication date.

The item date is read in its own time zone (``Thu, 01 Mar 2018 01:30 +0400`` is 1 March where it
was published, not 28 February UTC), because "yesterday" in the text resolves against it.
A feed item with no text is reported by its position (``feed.xml#item3``), never dropped.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import Any

from marsad.sources.base import RawInput

FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
_MARKERS = (b"<rss", b"<feed", b"<rdf:RDF")


def looks_like_feed(head: bytes) -> bool:
    """Does the start of a file look like RSS, Atom or RSS 1.0 (RDF)?"""
    return any(marker in head[:2048] for marker in _MARKERS)


def iter_feed(name: str, data: bytes) -> Iterator[RawInput]:
    """Items of a feed (parsed from bytes: nothing is fetched)."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield RawInput(name, error=f"no feed items found ({problem or 'empty feed'})")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, start=1):
        yield _item(f"{name}#item{n}", entry, outlet)


def _item(where: str, entry: Any, outlet: str | None) -> RawInput:
    body, html = _body(entry)
    ident = entry.get("id") or entry.get("link") or None
    label = where if ident is None else f"{where} ({ident})"
    if not body or not body.strip():
        return RawInput(label, error="feed item has no content or summary")
    return RawInput(
        label, text=body, html=html, input_id=ident, published=_published(entry),
        source=outlet, url=entry.get("link") or None, title=entry.get("title") or None,
    )


def _body(entry: Any) -> tuple[str | None, bool]:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"], content.get("type") != "text/plain"
    summary = entry.get("summary")
    detail = entry.get("summary_detail") or {}
    return summary, detail.get("type") != "text/plain"


def _published(entry: Any) -> str | None:
    """The item's date (YYYY-MM-DD) in its own time zone; None when it gives none."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        local = _parse(raw)
        if local is not None:
            return local.date().isoformat()
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _parse(raw: str) -> dt.datetime | None:
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
