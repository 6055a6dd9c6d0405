"""WARC files (plain or per-record gzip) -> one raw input per archived HTML page or text.

Only ``response`` and ``resource`` records holding HTML or plain text are inputs; requests,
metadata and warcinfo records are not articles. A broken record is reported by its position
(``crawl.warc.gz#record7``) and reading resumes at the next record header. The WARC-Date is
when the page was crawled, not published: it is not used as the publication date.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from marsad.sources.base import RawInput

WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP = b"\x1f\x8b\x08"
_PLAIN = b"WARC/1."
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: Path, max_bytes: int) -> Iterator[RawInput]:
    """Pages of a WARC file in record order, broken records as errors by position."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.recordloader import StatusAndHeadersParserException

    broken = (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError, EOFError,
              zlib.error, OSError)
    with path.open("rb") as handle:
        marker = _GZIP if handle.read(2) == _GZIP[:2] else _PLAIN
        base, number = 0, 0
        while True:
            handle.seek(base)
            records = ArchiveIterator(handle)
            started = base
            try:
                for record in records:
                    number += 1
                    # Read the payload first: asking for the offset reads the record to its end.
                    item = _input(f"{path}#record{number}", record, max_bytes)
                    started = base + records.get_record_offset()
                    if record.format != "warc":  # junk that happens to parse as an old ARC header
                        yield RawInput(f"{path}#record{number}",
                                       error="broken WARC record: not a WARC header")
                    elif item is not None:
                        yield item
                return
            except broken as exc:
                number += 1
                yield RawInput(f"{path}#record{number}",
                               error=f"broken WARC record: {type(exc).__name__}: {exc}".strip())
                following = _resync(handle, marker, started + 1, broken)
                if following is None:
                    return
                base = following


def _resync(handle: IO[bytes], marker: bytes, start: int,
            broken: tuple[type[BaseException], ...]) -> int | None:
    """Offset of the next record that parses, searching from ``start``; None at the end."""
    from warcio.archiveiterator import ArchiveIterator

    while (found := _find(handle, marker, start)) is not None:
        handle.seek(found)
        try:
            record = next(iter(ArchiveIterator(handle)))
        except StopIteration:
            return None
        except broken:
            record = None
        if record is not None and record.format == "warc":
            return found
        start = found + 1
    return None


def _input(where: str, record: Any, max_bytes: int) -> RawInput | None:
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    content_type = (headers.get_header("Content-Type") if headers is not None else None) or ""
    if record.rec_type == "response" and headers is None:
        return None
    if not content_type.lower().startswith(_TEXT_TYPES):
        return None
    data = record.content_stream().read(max_bytes + 1)
    url = record.rec_headers.get_header("WARC-Target-URI")
    return RawInput(where, data=data, html="html" in content_type.lower(), url=url,
                    input_id=url)


def _find(handle: IO[bytes], marker: bytes, start: int, chunk: int = 1 << 20) -> int | None:
    """Offset of the next ``marker`` at or after ``start``; None at the end of the file."""
    handle.seek(start)
    offset, tail = start, b""
    while block := handle.read(chunk):
        window = tail + block
        found = window.find(marker)
        if found >= 0:
            return offset - len(tail) + found
        tail = window[-(len(marker) - 1):]
        offset += len(block)
    return None
