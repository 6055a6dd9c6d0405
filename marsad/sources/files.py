"""Files, directories (recursively, in sorted order), JSONL files and stdin as raw inputs."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from marsad.errors import SourceError
from marsad.sources.base import RawInput
from marsad.sources.feeds import FEED_SUFFIXES, iter_feed, looks_like_feed
from marsad.sources.warc import is_warc, iter_warc

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_STRING_FIELDS = ("id", "published", "source", "url", "title", "language")


def iter_inputs(paths: list[str], max_bytes: int) -> Iterator[RawInput]:
    """Every input under ``paths`` in a stable order; ``-`` reads stdin (JSONL if it looks so)."""
    for raw in paths:
        if raw == "-":
            yield from _stdin(max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            for file in files:
                yield from _file(file, max_bytes)
        elif path.is_file():
            yield from _file(path, max_bytes)
        else:
            raise SourceError(f"no such file or directory: {raw}")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _file(path: Path, max_bytes: int) -> Iterator[RawInput]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        with path.open("rb") as handle:
            yield from iter_jsonl(str(path), handle)
        return
    if is_warc(path):
        yield from iter_warc(path, max_bytes)
        return
    if path.suffix.lower() in FEED_SUFFIXES:
        with path.open("rb") as handle:
            head = handle.read(2048)
        if looks_like_feed(head):
            yield from iter_feed(str(path), path.read_bytes())
            return
    size = path.stat().st_size
    if size > max_bytes:
        # Read no more than needed to say it is too large.
        with path.open("rb") as handle:
            yield RawInput(str(path), data=handle.read(max_bytes + 1))
        return
    try:
        yield RawInput(str(path), data=path.read_bytes(), html=path.suffix.lower() in {".html", ".htm"})
    except OSError as exc:
        yield RawInput(str(path), error=f"cannot read: {exc.strerror}")


def _stdin(max_bytes: int) -> Iterator[RawInput]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if data.lstrip().startswith(b"{"):
        yield from iter_jsonl("<stdin>", data.splitlines(keepends=True))
    else:
        yield RawInput("<stdin>", data=data)


def iter_jsonl(name: str, lines: Iterable[bytes]) -> Iterator[RawInput]:
    """One input per non-blank line; a broken line becomes an input with an error, by line number."""
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield RawInput(where, error=f"line is not JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            yield RawInput(where, error="line is not a JSON object")
            continue
        yield from _record(where, obj)


def _record(where: str, obj: dict[str, object]) -> Iterator[RawInput]:
    fields: dict[str, str | None] = {}
    for key in _STRING_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str | int):
            yield RawInput(where, error=f"field {key!r} must be a string")
            return
        fields[key] = None if value is None else str(value)
    text, html = obj.get("text"), obj.get("html")
    body = text if text is not None else html
    if not isinstance(body, str):
        yield RawInput(where, error="needs a string field 'text' or 'html'")
        return
    yield RawInput(
        where if fields["id"] is None else f"{where} ({fields['id']})",
        text=body,
        html=text is None,
        input_id=fields["id"],
        published=fields["published"],
        source=fields["source"],
        url=fields["url"],
        title=fields["title"],
        language=fields["language"],
    )
