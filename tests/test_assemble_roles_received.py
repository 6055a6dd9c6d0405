"""The subject of a verb of suffering (تلقى، تعرض، تكبد) named before the act's word is who was
hit, not who hit; a force named after the act's verb still acts. Our own sentences."""

from __future__ import annotations

from marsad.model import Document, Event
from marsad.pipeline import Reader

READER = Reader.default()


def _event(text: str) -> Event:
    events = READER.read(Document("t", text, "ar", "t", published="2019-06-12")).events
    assert events, text
    return events[0]


def _ids(e: Event) -> tuple[str | None, str | None]:
    return (e.actor1.id if e.actor1 else None, e.actor2.id if e.actor2 else None)


def test_who_received_strikes_is_their_target() -> None:
    e = _event("وتلقى الحوثيون ضربات جوية موجعة في مديرية حرض بمحافظة حجة أمس.")
    a1, a2 = _ids(e)
    assert a1 is None or not a1.startswith("houthi")
    assert a2 is not None and a2.startswith("houthi")


def test_a_force_exposed_to_shelling_is_its_target_and_the_agent_marker_still_acts() -> None:
    e = _event("وتعرضت قوات النظام لقصف مدفعي من قبل فصائل المعارضة في ريف حماة الشمالي أمس.")
    a1, a2 = _ids(e)
    assert a1 is not None and a1.startswith("opposition")
    assert a2 is not None and a2.startswith("military-forces-of-syria")


def test_a_verb_that_acts_keeps_its_subject_as_agent() -> None:
    e = _event("وقصفت قوات النظام بلدة كفرزيتا في ريف حماة الشمالي أمس.")
    a1, _ = _ids(e)
    assert a1 is not None and a1.startswith("military-forces-of-syria")
