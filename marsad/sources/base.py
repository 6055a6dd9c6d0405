"""What every source yields: raw inputs with their position, before decoding."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input item. ``name`` says where it came from (path, or path:line for JSONL).

    Exactly one of ``data`` (bytes to decode), ``text`` (already text) or ``error`` (the item
    could not be read, e.g. a JSONL line that is not JSON) is set.
    """

    name: str
    data: bytes | None = None
    text: str | None = None
    error: str | None = None
    input_id: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    html: bool = False
    extra: dict[str, str] = field(default_factory=dict)
