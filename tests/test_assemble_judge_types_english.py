"""English type decisions by the arguments: who a generic attack killed (civilians or armed
men), what "shot down" brought down (a drone is Disrupted weapons use, a crewed aircraft a
missile attack: CODING §1), and a missile fired by aircraft (an air strike)."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")
_ATTACK = ("Violence against civilians", "Attack")
_CLASH = ("Battles", "Armed clash")
_AIR = ("Explosions/Remote violence", "Air/drone strike")
_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
_DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def _codings(text: str) -> set[tuple[str, str | None]]:
    return {(e.event_type, e.sub_event_type) for e in _events(text)}


def test_a_generic_attack_that_killed_civilians_is_an_attack() -> None:
    for text in (
        "Suspected militants killed three civilians in an attack in Mosul on Monday.",
        "Bandits have killed seven people in separate attacks on Igabi and Giwa in Kaduna State on Thursday.",
    ):
        assert _ATTACK in _codings(text) and _CLASH not in _codings(text), (text, _codings(text))


def test_a_generic_attack_that_killed_soldiers_is_a_clash() -> None:
    for text in (
        "Militants killed five soldiers in an attack on an army post in Borno state on Sunday.",
        "At least 27 policemen were killed in Taliban attacks in Ghazni province on Tuesday.",
    ):
        assert _CLASH in _codings(text) and _ATTACK not in _codings(text), (text, _codings(text))


def test_people_killed_at_a_military_base_stay_a_clash() -> None:
    text = "Al Shabaab militants killed 38 people in an attack on a military base in Puntland on Thursday."
    assert _CLASH in _codings(text), _codings(text)


def test_a_drone_or_missile_shot_down_is_disrupted_weapons_use() -> None:
    for text in (
        "Yemen's Houthis said they shot down a Saudi-led coalition drone over Marib province on Monday.",
        "The army said it shot down an armed drone over Idlib on Sunday.",
    ):
        codings = _codings(text)
        assert _DISRUPTED in codings and _SHELLING not in codings, (text, codings)


def test_a_crewed_aircraft_shot_down_stays_a_missile_attack() -> None:
    for text in (
        "Rebels shot down a Syrian army helicopter over Idlib province on Tuesday.",
        "Militants downed a military plane near Benghazi on Friday.",
    ):
        assert _SHELLING in _codings(text), (text, _codings(text))


def test_a_missile_fired_by_aircraft_is_an_air_strike() -> None:
    for text in (
        "Israeli warplanes fired a missile at a group of men east of Jabalia in the Gaza Strip on Monday.",
        "At least six missiles fired by the warplanes struck a village in Lower Shabelle on Monday.",
    ):
        codings = _codings(text)
        assert _AIR in codings and _SHELLING not in codings, (text, codings)


def test_rockets_fired_at_aircraft_or_with_anti_aircraft_guns_stay_shelling() -> None:
    for text in (
        "Militants fired rockets at government helicopters near Kandahar on Tuesday.",
        "Militants attacked government forces near Aleppo using anti-aircraft guns and mortars on Monday.",
    ):
        assert _AIR not in _codings(text), (text, _codings(text))


def test_rockets_that_hit_and_jets_that_destroyed() -> None:
    assert _SHELLING in _codings(
        "At least three rockets struck near the embassy in Baghdad on Sunday morning, police said.")
    assert _AIR in _codings(
        "Turkish jets destroyed weapon depots and hideouts used by PKK militants in northern Iraq on Sunday.")


def test_the_agent_after_by_decides_the_platform() -> None:
    assert _AIR in _codings(
        "Reports say at least two missiles were fired in a third attack by Israeli jets on Hezbollah targets.")
    codings = _codings("At least two missiles were fired by militants at an army base near Kandahar on Monday.")
    assert _SHELLING in codings and _AIR not in codings, codings
