"""English word order decides who acted and who was hit: the subject of an active verb acted
and its object was hit; in the passive the subject was hit and the "by" phrase acted. Our own
sentences."""

from __future__ import annotations

from marsad.model import Document, Event
from marsad.pipeline import Reader

READER = Reader.default()


def _events(text: str) -> list[Event]:
    return list(READER.read(Document("t", text, "en", "t", published="2021-03-10")).events)


def _pair(text: str) -> tuple[str | None, str | None, str | None]:
    e = _events(text)[0]
    # (ids may carry the country: islamic-state-iraq)
    return (e.sub_event_type, e.actor1.id.split("-iraq")[0] if e.actor1 else None,
            e.actor2.id.split("-iraq")[0] if e.actor2 else None)


def test_the_object_of_an_active_killing_verb_is_the_victim() -> None:
    sub, a1, a2 = _pair("Islamic State militants killed 14 civilians near Tikrit on Monday.")
    assert (sub, a1, a2) == ("Attack", "islamic-state", "civilians")


def test_the_subject_of_a_passive_killing_verb_is_the_victim() -> None:
    sub, a1, a2 = _pair("Fourteen civilians were killed by Islamic State militants near Tikrit "
                        "on Monday.")
    assert (sub, a1, a2) == ("Attack", "islamic-state", "civilians")


def test_an_armed_subject_before_an_active_verb_acts() -> None:
    _, a1, _ = _pair("Gunmen kidnapped four aid workers in Mogadishu on Tuesday.")
    assert a1 is not None and a1.startswith("unidentified-armed-group")
