"""English: a sentence about a game tells no conflict event, whatever its words, unless it names
an armed party (triggers_sport_en.py). Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_a_game_tells_no_event() -> None:
    for text in (
        "The striker fired a rocket into the top corner as the visitors crushed their rivals.",
        "The batsmen were massacred by the bowlers in Colombo on Sunday.",
    ):
        assert _subs(text) == [], (text, _subs(text))


def test_an_armed_party_beside_a_game_word_keeps_the_event() -> None:
    assert _subs("Militants attacked a bus carrying cricketers in Lahore on Tuesday, killing "
                 "six people.") != []
