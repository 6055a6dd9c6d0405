"""Seizure words said of weapons: the weapons were seized (Disrupted weapons use), no place."""

from __future__ import annotations

from marsad.model import Document
from marsad.recognise.triggers import TriggerRecogniser
from marsad.text.view import view

RECOGNISER = TriggerRecogniser()
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def _codes(text: str) -> list[tuple[str, str | None]]:
    found = RECOGNISER(view(Document("t", text, "en", "t")), [])
    return [(m.value["event_type"], m.value["sub_event_type"]) for m in found]


def test_weapons_seized_in_the_passive_are_no_territory() -> None:
    assert _codes("Police said several rifles were seized from the gunmen near the border.") == [
        DISRUPTED]
    assert _codes("Two machine guns were captured by troops during the operation.") == [DISRUPTED]


def test_weapons_seized_in_the_active_are_no_territory() -> None:
    assert _codes("Soldiers seized a large quantity of explosives and ammunition in the town.") == [
        DISRUPTED]


def test_a_town_seized_stays_a_takeover() -> None:
    codes = _codes("Militants seized the town after heavy fighting with government troops.")
    assert ("Battles", "Non-state actor overtakes territory") in codes
    assert DISRUPTED not in codes
