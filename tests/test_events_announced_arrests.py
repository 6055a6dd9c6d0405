"""Arrests in ministry and police statements: detention nouns with people as their object
(إيقاف 4 أشخاص، ضبط ثلاثة مطلوبين) are arrests, ألقت القبض is a past verb, and an act a
statement announces (أعلنت الوزارة القبض على…) is one act, not a practice."""

from __future__ import annotations

from reading import events_reader

_events = events_reader()


def _codings(text: str) -> list[tuple[str | None, str]]:
    return [(e.sub_event_type, e.specificity) for e in _events(text)]


def test_detention_nouns_with_people_are_arrests() -> None:
    assert _codings("وتمكنت الوحدات الأمنية من إيقاف 4 أشخاص يشتبه في علاقتهم بالهجوم.")[0] == (
        "Arrests", "specific")
    assert _codings("وأعلنت الوزارة أن قوات الأمن تمكنت من ضبط ثلاثة مطلوبين في الرياض.") == [
        ("Arrests", "specific")]


def test_stopping_fire_and_seizing_weapons_are_no_arrests() -> None:
    for text in ("ودعا الجيش إلى إيقاف إطلاق النار في المدينة فورا.",
                 "وتمكنت قوات الأمن من ضبط كمية من الأسلحة والذخائر في المدينة."):
        assert "Arrests" not in [s for s, _ in _codings(text)], text


def test_an_announced_arrest_is_one_act() -> None:
    text = "وأعلنت وزارة الداخلية القبض على 40 شخصا ينتمون إلى خلايا مرتبطة بتنظيم داعش."
    assert _codings(text) == [("Arrests", "specific")]
    text = "وقال المتحدث إن قوات الأمن ألقت القبض على ثلاثة مسلحين في المدينة."
    assert _codings(text) == [("Arrests", "specific")]
