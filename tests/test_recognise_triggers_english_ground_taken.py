"""English territory words that need ground as their object (triggers_en.tsv weak rows): ground
"recovered" or "regained" is taken back (Government regains territory unless a non-state taker
is named), ground "occupied" by a force is taken; "the occupied city" (an adjective) and
weapons recovered are no change of territory. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_ground_recovered_or_regained_is_regained() -> None:
    for text in (
        "The army recovered the villages near the border from the militants on Monday.",
        "Government troops launched a counterattack and lost ground was regained on Tuesday.",
    ):
        assert "Government regains territory" in _subs(text), (text, _subs(text))


def test_ground_occupied_is_taken() -> None:
    subs = _subs("Rebels have occupied three hill posts near the town, the army said.")
    assert "Non-state actor overtakes territory" in subs, subs


def test_weapons_recovered_and_an_occupied_city_are_no_territory() -> None:
    for text in (
        "Soldiers recovered two rifles and ammunition in the village on Monday.",
        "Soldiers detained two men in the occupied city of Hebron on Monday.",
        "The ruling party regained its majority in the elections.",
    ):
        subs = _subs(text)
        assert not any(s and "territory" in s for s in subs), (text, subs)


def test_rebels_taking_over_localities_overtake_them() -> None:
    subs = _subs("Rebels have taken over four localities in the territory, an army spokesman said.")
    assert subs == ["Non-state actor overtakes territory"], subs
