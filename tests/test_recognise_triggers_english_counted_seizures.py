"""English weapons counted and seized are Disrupted weapons use told by their own words, even in
a report with no other conflict word (triggers_seized_en.py); a bare weapon noun found is not.
Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")

_DISRUPTED = "Disrupted weapons use"


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_counted_weapons_seized_are_a_seizure_of_arms() -> None:
    for text in (
        "Officers seized nine pistols and 31 loaded magazines from a house in Leeds on Friday.",
        "About 150 rifles and 12,000 bullets were recovered in Dire Dawa on Sunday.",
        "A large cache of firearms has been found at a farm outside Hanoi.",
    ):
        assert _subs(text) == [_DISRUPTED], (text, _subs(text))


def test_an_uncounted_weapon_found_is_no_seizure() -> None:
    assert _subs("The guns were found near the body in a field outside Lagos.") == []


def test_a_bomb_found_is_a_device_cleared_and_a_bomb_threat_is_none() -> None:
    assert _subs("Police said a bomb was discovered beside the governor's house in Kaduna.") == [
        _DISRUPTED]
    assert _subs("A bomb threat forced the evacuation of a school in Lagos on Monday.") == []


def test_guns_counted_a_few_words_before_their_noun_are_seized() -> None:
    assert _subs("Customs officers intercepted 12 locally made single barrel guns at the "
                 "border post of Aflao.") == [_DISRUPTED]
