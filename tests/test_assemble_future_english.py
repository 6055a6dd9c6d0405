"""English acts that are only intended or to come (will attack, plotting to launch attacks,
planning attacks) are hypothetical; an act done, or one named after other words, is not."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _specificities(text: str) -> dict[str, str]:
    return {e.trigger.text: e.specificity for e in _events(text)}


def test_an_intended_attack_is_hypothetical() -> None:
    for text in (
        "Police jailed 60 men they suspect were plotting to launch attacks in Punjab province.",
        "Police said the suspects were planning attacks on churches in Lahore.",
        "The militants will attack the city, the commander warned on Monday.",
    ):
        spec = _specificities(text)
        assert spec and set(spec.values()) == {"hypothetical"}, (text, spec)


def test_an_attack_done_is_not_hypothetical() -> None:
    for text in (
        "Militants attacked a checkpoint in Lahore on Monday.",
        "The minister said the gunmen who attacked a checkpoint in Lahore on Monday will be punished.",
        "The army will investigate the air strike that killed five civilians in Kunduz on Monday.",
        "Police said the suspects had planned the attack on a church in Lahore, which killed five people on Sunday.",
    ):
        spec = _specificities(text)
        assert spec and "hypothetical" not in spec.values(), (text, spec)
