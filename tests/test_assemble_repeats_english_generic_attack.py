"""An English generic attack word ("an attack", "the attacks") names the act another cue of its
sentence codes (a suicide bombing, a rocket strike), as هجوم does in Arabic: no Armed clash of
its own beside it; alone, with armed victims, it stays a clash."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_the_attack_word_names_the_act_of_its_sentence() -> None:
    for text, act in (
        ("Three suicide bombers killed 19 people at a fish market in Maiduguri on Saturday, "
         "in an attack blamed on Boko Haram.", "Suicide bomb"),
        ("One person was killed on Friday in a border town by rockets fired from across the "
         "border, as the army continues its offensive against the rebels.",
         "Shelling/artillery/missile attack"),
    ):
        assert _subtypes(text) == [act], (text, _subtypes(text))


def test_an_attack_alone_stays_a_clash() -> None:
    assert _subtypes("Militants attacked an army post in Borno state on Sunday, killing five soldiers.") == [
        "Armed clash"]
