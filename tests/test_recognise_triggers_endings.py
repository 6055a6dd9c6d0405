"""Trigger endings: a word's own ة is no pronoun ending, and a cleared device stays cleared
when the clearing force's name stands between verb and device."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _triggers(text: str) -> list[str]:
    x = READER.read(Document("t", text, "ar", "t"))
    return [m.text for m in x.mentions if m.kind == "trigger"]


def test_taa_marbuta_word_is_not_a_noun_with_a_pronoun() -> None:
    text = "انتشرت قوات الجيش في سلبة والعقيف بمديرية برط العنان بمحافظة الجوف."
    assert "سلبة" not in _triggers(text)


def test_written_pronoun_ending_still_matches() -> None:
    assert "سلبه" in _triggers("أقدم المسلحون على سلبه أمس في مدينة تعز.")


def test_clearing_with_a_long_subject_is_disrupted_weapons_use() -> None:
    text = "نزعت الفرق الهندسية التابعة لقوات الجيش اليمني المئات من الألغام الأرضية في مديرية برط العنان."
    events = READER.read(Document("t", text, "ar", "t")).events
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
