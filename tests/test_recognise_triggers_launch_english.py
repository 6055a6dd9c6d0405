"""English: rockets and missiles a past launch verb governs, with counts or measure words
between ("fired dozens of rockets"), are one shelling act that outranks a bare blast word."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2020-03-02", language="en")


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.trigger.text, e.sub_event_type, e.specificity) for e in read(text)]


def test_a_count_between_verb_and_rockets() -> None:
    events = _read("Militants fired dozens of rockets towards the border town.")
    assert events == [("rockets", "Shelling/artillery/missile attack", "specific")]


def test_a_measure_word_between_verb_and_missiles() -> None:
    events = _read("The rebels launched a barrage of missiles at the airport.")
    assert events == [("missiles", "Shelling/artillery/missile attack", "specific")]


def test_the_shelling_outranks_a_bare_blast_word() -> None:
    text = ("Several explosions shook the area as insurgents fired dozens of rockets towards "
            "the army base.")
    assert [s for _, s, _ in _read(text)] == ["Shelling/artillery/missile attack"]


def test_an_intercepted_barrage_stays_disrupted() -> None:
    text = "Air defences intercepted dozens of rockets fired from the south."
    assert [s for _, s, _ in _read(text)] == ["Disrupted weapons use"]


def test_a_threat_to_fire_is_no_act() -> None:
    assert _read("The group threatened to fire rockets at the capital.") == []


def test_artillery_attacks_are_shelling() -> None:
    text = "The army launched artillery attacks on rebel positions on Sunday."
    assert "Shelling/artillery/missile attack" in [s for _, s, _ in _read(text)]


def test_missiles_fired_by_jets_are_an_air_strike() -> None:
    text = "Coalition jets fired a number of missiles at a farm in the village on Saturday."
    assert [s for _, s, _ in _read(text)] == ["Air/drone strike"]
