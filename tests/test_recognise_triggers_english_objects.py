"""English cue verbs read by their object (``triggers_objects``): a seizure is a change of
territory only when ground is taken; an attack on a website or a decision is no armed act.
Our own sentences."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2019-05-15", "en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in read(text)]


def test_a_town_or_a_named_place_taken_is_territory() -> None:
    assert "Non-state actor overtakes territory" in _subs(
        "Islamic State fighters seized Palmyra on Sunday after days of fighting.")
    assert "Government regains territory" in _subs(
        "Syrian government forces captured on Monday the port of Latakia.")
    assert "Non-state actor overtakes territory" in _subs(
        "The village was captured by the militants on Monday.")


def test_goods_aid_and_people_taken_are_no_territory() -> None:
    for text in (
        "Regime forces that seized earlier shipments of food aid blocked the convoy on Monday.",
        "Police seized counterfeit watches in a raid on a market in Lahore on Monday.",
        "Rebels captured two soldiers near Idlib on Monday, the army said.",
        "Troops seized drugs at a checkpoint near Homs on Monday.",
    ):
        assert not any(s and "territory" in s for s in _subs(text)), text


def test_weapons_seized_are_still_disrupted_weapons_use() -> None:
    assert "Disrupted weapons use" in _subs(
        "Troops seized a large quantity of rifles and explosives near Idlib on Monday.")


def test_an_attack_on_a_website_or_a_decision_is_no_clash() -> None:
    assert _subs("Hackers attacked the official website of the ministry of defence on "
                 "Monday, officials said.") == []
    assert _subs("Opposition fighters attacked the council's decision to raise fuel prices, "
                 "a spokesman said on Monday.") == []


def test_an_attack_reported_by_a_website_is_still_one() -> None:
    assert "Armed clash" in _subs(
        "Gunmen attacked an army checkpoint near Arish on Monday, killing three soldiers, a "
        "local news website reported.")
