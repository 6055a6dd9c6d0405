"""English trigger vocabulary (triggers_en.tsv): devices, platforms and weapons named in other
common ways (a ground mine, an improvised bomb detonated, jets firing missiles, rocket-propelled
grenades), places where civilians gather and fighters named as victims (an attack on a hotel is
on civilians, scores of terrorists killed is a battle), crowd-control grenades, protest and
troop-movement words and sexual violence. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_devices_named_otherwise_are_explosives() -> None:
    for text in (
        "Two soldiers were wounded when a ground mine went off under their vehicle near Kandahar on Monday.",
        "Militants detonated an improvised bomb near a police patrol in Basilan on Tuesday.",
        "Four policemen were killed on Sunday when a limpet mine attached to their car exploded in Kabul.",
    ):
        assert "Remote explosive/landmine/IED" in _subtypes(text), (text, _subtypes(text))


def test_jets_firing_and_aerial_bombardments_are_air_strikes() -> None:
    for text in (
        "Saudi jets fired several missiles at a farm in Saada province on Saturday, killing three people.",
        "Aerial bombardments on rebel positions in Idlib province left dozens of fighters dead.",
    ):
        assert "Air/drone strike" in _subtypes(text), (text, _subtypes(text))


def test_a_rocket_propelled_grenade_is_a_missile_attack_not_a_grenade() -> None:
    subs = _subtypes("A rocket-propelled grenade hit an army vehicle in Deir ez-Zor on Monday.")
    assert "Shelling/artillery/missile attack" in subs and "Grenade" not in subs, subs


def test_crowd_control_grenades_are_no_grenade_attack() -> None:
    subs = _subtypes("Police fired smoke grenades and tear gas at protesters in Beirut on Saturday.")
    assert "Grenade" not in subs and "Protest with intervention" in subs, subs


def test_an_attack_on_a_place_where_civilians_gather_is_on_civilians() -> None:
    for text in (
        "Gunmen opened fire on a teahouse in Mosul on Friday, killing four people.",
        "Armed men attacked a hotel in Mogadishu on Monday.",
    ):
        assert _subtypes(text) == ["Attack"], (text, _subtypes(text))


def test_killing_terrorists_is_a_battle() -> None:
    text = "The Syrian army killed scores of terrorists in Hama province on Tuesday."
    assert _subtypes(text) == ["Armed clash"], _subtypes(text)


def test_the_agent_after_by_is_no_target() -> None:
    # "soldiers" names who attacked, not whom: the villagers are the target
    text = "An attack by soldiers on villagers near Bama on Sunday killed seven people."
    assert _subtypes(text) == ["Attack"], _subtypes(text)


def test_protest_and_troop_movement_words() -> None:
    assert "Protest with intervention" in _subtypes(
        "Police suppressed a peaceful march in Goma on Monday. The marchers were protesting against the election results.")
    assert "Change to group/activity" in _subtypes(
        "The army is moving troops to the border with Iraq, military sources said on Monday.")


def test_sexual_violence_words() -> None:
    assert "Sexual violence" in _subtypes(
        "Soldiers sexually assaulted two women in a village near Kutum in Darfur on Sunday.")


def test_mobilised_for_a_flood_is_no_troop_movement() -> None:
    assert _subtypes("The army mobilized to help people trapped by floods in Golestan on Monday.") == []


def test_passive_and_single_forms() -> None:
    for text, sub in (
        ("Two children were wounded when a shell landed on their house in Donetsk on Friday.",
         "Shelling/artillery/missile attack"),
        ("The army base near Marib was targeted by drones on Saturday.", "Air/drone strike"),
        ("Several houses were set on fire by the attackers in a village near Jos on Sunday.",
         "Looting/property destruction"),
        ("Rifles and grenades were found in a house in Tikrit and weapons were seized at a checkpoint "
         "on Monday, police said.", "Disrupted weapons use"),
    ):
        assert sub in _subtypes(text), (text, _subtypes(text))


def test_force_on_a_crowd_is_an_intervention() -> None:
    for text in (
        "Police fired tear gas at crowds in the centre of Nairobi on Monday.",
        "Police baton charged a human chain organised by students in Dhaka on Sunday.",
    ):
        assert _subtypes(text) == ["Protest with intervention"], (text, _subtypes(text))


def test_a_strike_that_killed_or_by_an_air_power_is_an_air_strike() -> None:
    for text in (
        "On Tuesday a US-led coalition strike in Raqqa killed at least 18 civilians, the monitor said.",
        "A strike that killed four fighters hit a base near Hama on Monday.",
    ):
        assert "Air/drone strike" in _subtypes(text), (text, _subtypes(text))
    assert _subtypes("A hunger strike killed two prisoners in Ankara on Monday.") == [], _subtypes(
        "A hunger strike killed two prisoners in Ankara on Monday.")


def test_activists_arrested_is_a_political_arrest() -> None:
    # (activists and dissidents are political context: their arrest is coded with no place named)
    for text in (
        "Nine opposition activists were arrested near the university on Thursday.",
        "Two dissidents have been detained ahead of the referendum, their lawyers said.",
    ):
        assert _subtypes(text) == ["Arrests"], (text, _subtypes(text))
    assert _subtypes("Nine students were arrested near the university on Thursday.") == []


def test_a_protest_turning_violent_is_a_violent_demonstration() -> None:
    text = "Protests near the summit in Hamburg turned very violent on Saturday."
    assert "Violent demonstration" in _subtypes(text), _subtypes(text)
    # (property burnt by demonstrators stays their riot, not a looting of its own)
    assert _subtypes("Protesters set fire to cars in Paris on Saturday.") == ["Violent demonstration"]


def test_stun_grenades_at_a_crowd_are_an_intervention() -> None:
    assert _subtypes("Police threw stun grenades at a crowd of youths in Nablus on Friday.") == [
        "Protest with intervention"]


def test_forces_dispatched_or_reinforced_are_a_change_of_activity() -> None:
    for text in (
        "Hundreds of security forces have been dispatched to the western part of Anbar province, the ministry said on Monday.",
        "The army reinforced its positions along the border with Jordan on Sunday.",
    ):
        assert "Change to group/activity" in _subtypes(text), (text, _subtypes(text))


def test_gun_attacks_on_shoppers_are_an_attack() -> None:
    assert _subtypes("Militants carried out gun attacks on shoppers near Kidal on "
                     "Friday.") == ["Attack"]


def test_an_attack_on_the_local_population_is_an_attack() -> None:
    assert _subtypes("Gunmen attacked the local population near Kidal on Friday.") == [
        "Attack"]
