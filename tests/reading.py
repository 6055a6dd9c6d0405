"""Reading sentences end to end in tests: one reader shared by every test module (its lexicons
and gazetteer load once per run), documents named "t"."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from marsad.model import Document, Event, Mention
from marsad.pipeline import Reader
from marsad.recognise import default_registry
from marsad.recognise.registry import Recogniser
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

READER = Reader.default()


def events_reader(published: str | None = None, language: str = "ar") -> Callable[..., list[Event]]:
    """A function reading a text's events, published on ``published`` in ``language`` unless
    its call says otherwise: ``read(text, published=..., language=...)``."""

    def read(text: str, published: str | None = published, language: str = language) -> list[Event]:
        return list(READER.read(Document("t", text, language, "t", published=published)).events)

    return read


def first_event(read: Callable[[str], list[Event]], text: str) -> Event:
    """The first event ``read`` finds in ``text`` (the test fails if there is none)."""
    events = read(text)
    assert events, text
    return events[0]


def by_trigger(events: Iterable[Event], word: str) -> Event:
    """The first event whose trigger holds ``word``."""
    return next(e for e in events if word in e.trigger.text)


def admin1s(events: Iterable[Event]) -> list[str | None]:
    """Each event's first-level unit (None when it has no place or no admin1)."""
    return [e.location.admin1 if e.location else None for e in events]


def event_admin1s(text: str) -> list[str | None]:
    """``admin1s`` of the events the shared reader finds in an Arabic text with no date."""
    return admin1s(READER.read(Document("t", text, "ar", "t")).events)


_TOPONYMS = next(r for r in READER.recognisers if isinstance(r, ToponymRecogniser))


def place_values(text: str) -> dict[str, dict[str, object]]:
    """Each place mention's text -> its value, read in Arabic by the shared reader's place
    recogniser."""
    found = _TOPONYMS(view(Document("t", text, "ar", "t")), [])
    return {m.text: m.value for m in found}  # type: ignore[misc]  # (values of places are dicts)


def place_admin(text: str) -> dict[str, tuple[object, object, object]]:
    """Each place mention's text -> (country, admin1, geo_precision), read in Arabic by the shared
    reader's place recogniser; every span is checked against the text."""
    out: dict[str, tuple[object, object, object]] = {}
    for m in _TOPONYMS(view(Document("t", text, "ar", "t")), []):
        assert text[m.span.start : m.span.end] == m.text and isinstance(m.value, dict)
        out[m.text] = (m.value.get("country"), m.value.get("admin1"), m.value.get("geo_precision"))
    return out


@lru_cache(maxsize=1)
def _actor_pipeline() -> list[Recogniser]:
    return default_registry().build(["marsad.toponyms.v1", "marsad.actors.v1"])


def actor_mentions(text: str, published: str | None = None, language: str = "ar") -> list[Mention]:
    """The actor mentions the actor recogniser finds in ``text`` (places first, as in the
    pipeline), each checked to hold its span's text."""
    doc = Document("t", text, language, "t", published=published)  # type: ignore[arg-type]
    text_view = view(doc)
    found: list[Mention] = []
    for recogniser in _actor_pipeline():
        found.extend(recogniser(text_view, found))
    actors = [m for m in found if m.kind == "actor"]
    for m in actors:
        assert text[m.span.start : m.span.end] == m.text
    return actors
