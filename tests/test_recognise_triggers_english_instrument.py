"""English attack words take the weapon they are made "with" (attacked ... with mortar shells),
and a platform word inside another clause's act (the army retaliated with air strikes) is that
act's, not a bare shelling verb's. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2016-10-20", language="en")

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def _by_trigger(text: str) -> dict[str, str | None]:
    return {e.trigger.text.lower(): e.sub_event_type for e in _events(text)}


def test_an_attack_verb_with_shells_is_shelling() -> None:
    subs = _by_trigger("Armed groups targeted with eight rocket shells the town of Mhardeh in "
                       "Hama countryside on Tuesday.")
    assert subs.get("targeted") == SHELLING


def test_an_attack_noun_with_rockets_is_shelling() -> None:
    subs = _by_trigger("More than 40 people were killed in attacks with rockets on residential "
                       "areas west of Aleppo on Sunday.")
    assert subs.get("attacks") == SHELLING


def test_an_attack_verb_with_artillery_after_the_place_is_shelling() -> None:
    subs = _by_trigger("Rebels attacked government positions in Hama with artillery on Friday.")
    assert subs.get("attacked") == SHELLING


def test_an_attack_without_a_weapon_stays_a_clash() -> None:
    subs = _by_trigger("Militants attacked an army checkpoint near Daraa on Monday, "
                       "killing three soldiers.")
    assert subs.get("attacked") == "Armed clash"


def test_a_shelling_keeps_its_platform_when_air_strikes_answer_it() -> None:
    subs = _by_trigger("Militants shelled Azaz, and the army retaliated with air strikes.")
    assert subs.get("shelled") == SHELLING
    assert subs.get("air strikes") == AIR


def test_aircraft_of_a_later_clause_are_not_the_shelling_verbs() -> None:
    subs = _by_trigger("Government forces shelled the town of Kafr Zita, while warplanes hit "
                       "nearby Latamneh.")
    assert subs.get("shelled") == SHELLING


def test_a_bombing_verb_with_air_strikes_in_its_own_clause_stays_air() -> None:
    subs = _by_trigger("The army bombed rebel positions in Khan Sheikhoun with air strikes "
                       "on Monday.")
    assert subs.get("bombed") == AIR
