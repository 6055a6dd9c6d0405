"""Fatalities of English events: figures of one sentence add up, those repeated over several
sentences are one toll reported again (low and best the lowest, high the highest)."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(language="en")


def _with_fatalities(text: str) -> list[tuple[int, int, int]]:
    return [(e.fatalities.low, e.fatalities.best, e.fatalities.high)
            for e in _events(text) if e.fatalities is not None]


def test_english_air_strike_carries_its_toll() -> None:
    text = ("Air strikes on the town of Maarat al-Numan killed 11 civilians on Tuesday, "
            "a monitoring group said. At least 25 people were wounded.")
    assert (11, 11, 11) in _with_fatalities(text)


def test_figures_of_one_sentence_add_up() -> None:
    text = "An air strike on the village of Kafr Nabl killed 4 fighters and 3 civilians on Monday."
    assert _with_fatalities(text) == [(7, 7, 7)]


def test_a_toll_repeated_in_another_sentence_is_not_added() -> None:
    text = ("A car bomb exploded in the town of Azaz on Sunday, killing at least 12 people. "
            "The car bomb in Azaz killed 15 people, the rebels said.")
    assert _with_fatalities(text) == [(12, 12, 15)]


def test_a_vague_report_does_not_lower_an_exact_toll() -> None:
    text = ("An air strike hit the market of Saraqib on Friday, killing 9 people. "
            "Several people were killed in the air strike on Saraqib, residents said.")
    assert _with_fatalities(text) == [(9, 9, 9)]
