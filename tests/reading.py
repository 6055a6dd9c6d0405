"""Reading sentences end to end in tests: one reader shared by every test module (its lexicons
and gazetteer load once per run), documents named "t"."""

from __future__ import annotations

from collections.abc import Callable

from marsad.model import Document, Event
from marsad.pipeline import Reader

READER = Reader.default()


def events_reader(published: str | None = None, language: str = "ar") -> Callable[..., list[Event]]:
    """A function reading a text's events, published on ``published`` in ``language`` unless
    its call says otherwise: ``read(text, published=..., language=...)``."""

    def read(text: str, published: str | None = published, language: str = language) -> list[Event]:
        return list(READER.read(Document("t", text, language, "t", published=published)).events)

    return read
