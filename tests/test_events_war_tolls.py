"""The toll of a war or conflict (خلفت الحرب 10 آلاف قتيل) is a tally (trend), not one
incident; a toll with its own incident, or under warplanes (طائرات حربية), is not."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _spec(text: str) -> list[tuple[str | None, str]]:
    events = READER.read(Document("t", text, "ar", "t")).events
    return [(e.sub_event_type, e.specificity) for e in events]


def test_a_war_toll_is_a_tally() -> None:
    assert _spec("وتقدر الأمم المتحدة عدد القتلى في الحرب بأكثر من 9000 شخص.") == [
        ("Attack", "trend")]
    assert _spec("وقال المسؤول إن ضحايا العدوان على المحافظة بلغ ألف قتيل.") == [("Attack", "trend")]


def test_an_incident_toll_stays_specific() -> None:
    assert _spec("وقتل 12 مدنيا في قصف لطائرات حربية على البلدة.") == [
        ("Air/drone strike", "specific")]
