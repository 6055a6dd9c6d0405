"""A bombing that a foiling verb governs (أحبط … تفجير) was prevented: Disrupted weapons use,
not an explosion. A blast that went off stays one. Own sentences in the style of reports."""

from __future__ import annotations

from reading import events_reader

read = events_reader(published="2015-08-07")


def _codings(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in read(text)]


def test_foiled_attempts_to_blow_up_houses_are_disrupted_weapons_use() -> None:
    codings = _codings(
        "وأحبطت المقاومة الشعبية في تعز أمس محاولات حوثية لتفجير منزلين في مديرية المسراخ.")
    assert ("Strategic developments", "Disrupted weapons use") in codings
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in codings


def test_a_bombing_with_no_foiling_verb_before_it_is_an_explosion() -> None:
    codings = _codings("قتل اثنان أمس في تفجير استهدف منزل قيادي في المقاومة بمديرية المسراخ "
                       "في تعز بعد أيام من إحباط هجوم.")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in codings
    assert ("Strategic developments", "Disrupted weapons use") not in codings


def test_an_explosion_is_never_foiled_by_a_later_clause() -> None:
    codings = _codings("وقع انفجار في العريش أمس بعد أن أحبطت الشرطة هجوما.")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in codings
