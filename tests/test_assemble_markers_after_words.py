"""The "after" words (markers.AFTER_WRITTEN / AFTER_WORDS) are said once and read by every reader
of an act that follows another: an arrest after protests is made for them, not at them (as an
arrest "following" or "in the wake of" them). Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.markers import AFTER_WORDS, AFTER_WRITTEN
from marsad.text.normalise import normalise_phrase

_events = events_reader(published="2018-06-13")


def test_the_written_and_normalised_after_words_are_one_list() -> None:
    assert {normalise_phrase(w) for w in AFTER_WRITTEN} == AFTER_WORDS
    assert {"بعد", "عقب", "اثر", "اعقاب"} <= AFTER_WORDS


def test_an_arrest_after_protests_is_no_intervention_at_them() -> None:
    for word in ("بعد", "عقب", "في أعقاب"):
        text = f"اعتقلت الشرطة عشرات الناشطين {word} احتجاجات شهدتها المدينة أمس."
        assert "Protest with intervention" not in [e.sub_event_type for e in _events(text)], text
    during = _events("اعتقلت الشرطة عشرات الناشطين خلال احتجاجات شهدتها المدينة أمس.")
    assert [e.sub_event_type for e in during] == ["Protest with intervention"]


def test_an_act_told_after_another_is_a_second_incident() -> None:
    found = _events("واندلعت اشتباكات بين مسلحي العشائر وعناصر الميليشيا بعد اختطاف شيخين من العشيرة "
                    "على طريق المطار.")
    assert sorted(e.sub_event_type or "" for e in found) == ["Abduction/forced disappearance", "Armed clash"]
    one = _events("وقتل ثلاثة مدنيين بعد انفجار عبوة ناسفة في سوق المدينة أمس.")
    assert len(one) == 1  # (the deaths are the blast's toll, not an act of their own)
