"""English Disrupted weapons use (CODING §1): devices named first and found, defused or
intercepted after them in the passive, and weapons or ammunition found or seized in a security
operation. A device that went off stays an explosion. Our own sentences."""

from __future__ import annotations

from reading import READER

from marsad.model import Document
from marsad.text.segment import all_clauses, sentences

DISRUPTED = "Disrupted weapons use"


def _subs(text: str) -> list[str | None]:
    doc = Document("t", text, "en", "t", published="2021-03-10")
    return [e.sub_event_type for e in READER.read(doc).events]


def test_devices_found_in_the_passive_are_disrupted() -> None:
    subs = _subs("Two explosive devices were found near a school in the town on Monday, police said.")
    assert DISRUPTED in subs
    assert "Remote explosive/landmine/IED" not in subs


def test_grenades_and_mortars_found_by_troops_are_disrupted() -> None:
    subs = _subs("A dozen grenades and several mortars were discovered in a farmhouse near the "
                 "border by army engineers on Sunday.")
    assert DISRUPTED in subs
    assert "Grenade" not in subs


def test_weapons_seized_or_found_by_security_forces_are_disrupted() -> None:
    assert DISRUPTED in _subs(
        "Security forces found a large quantity of rifles and ammunition in a hideout east of "
        "the city on Friday.")
    assert DISRUPTED in _subs(
        "Police said several pistols, two shotguns and 300 cartridges were seized from the "
        "suspects on Tuesday.")


def test_a_device_that_went_off_stays_an_explosion() -> None:
    subs = _subs("A roadside bomb exploded near an army patrol on Monday; a second device was "
                 "found nearby later.")
    assert "Remote explosive/landmine/IED" in subs


def test_mines_cleared_by_the_thousand_are_disrupted() -> None:
    # (the comma of 12,000 is no clause end: the verb still governs the mines)
    assert DISRUPTED in _subs("Army engineers have cleared more than 12,000 landmines in the "
                              "province since January.")


def test_a_comma_or_colon_between_digits_ends_no_clause() -> None:
    text = "Troops cleared 12,000 mines at 10:30 on Monday, the army said."
    clauses = all_clauses(text, sentences(text))
    assert [c.text for c in clauses] == ["Troops cleared 12,000 mines at 10:30 on Monday,",
                                         "the army said."]
