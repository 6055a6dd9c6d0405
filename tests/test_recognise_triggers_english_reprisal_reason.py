"""English: an act named as the reason for sanctions or for expelling or summoning diplomats is
that reprisal's background, no event of the report; a ceasefire said to be violated, or its
line, is no agreement; migrants held for crossing a border are no political arrest. Our own
sentences."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2021-03-10", "en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in read(text)]


def test_an_attack_given_as_the_reason_for_sanctions_is_no_event() -> None:
    assert _subs("The European Union imposed sanctions on six officers over the chemical "
                 "attack on the town last spring.") == []
    assert _subs("Ottawa announced sanctions on the government in response to the reported "
                 "chemical weapons attack on the suburb.") == []


def test_a_protest_given_as_the_reason_for_expelling_diplomats_is_no_event() -> None:
    assert _subs("The foreign ministry expelled two diplomats for joining banned street "
                 "protests outside the parliament.") == []


def test_a_killing_given_as_the_reason_for_summoning_an_envoy_is_no_event() -> None:
    assert _subs("Islamabad summoned the Indian envoy over the killing of two villagers near "
                 "the border.") == []


def test_expelling_said_of_fighters_keeps_the_fighting() -> None:
    assert _subs("Militants were expelled from the town after fierce fighting with the army "
                 "on Sunday.") == ["Armed clash"]


def test_an_attack_told_beside_sanctions_without_a_cause_word_stays_an_event() -> None:
    assert "Air/drone strike" in _subs(
        "Sanctions have not stopped the air strikes, which killed 20 people in Idlib on Monday.")


def test_a_violated_ceasefire_is_no_agreement() -> None:
    assert _subs("Government forces and rebels violated the ceasefire in the east on Sunday.") == []
    assert _subs("Monitors reported sporadic ceasefire violations between troops and separatists "
                 "near Donetsk on Sunday.") == []


def test_a_ceasefire_violation_keeps_the_shelling_it_tells() -> None:
    assert _subs("Troops violated the ceasefire along the Line of Control in Poonch, firing "
                 "mortar shells at border posts on Sunday.") == ["Shelling/artillery/missile attack"]


def test_a_ceasefire_agreed_stays_an_agreement() -> None:
    assert _subs("Government forces and rebels agreed to a ceasefire in Idlib on Sunday.") == [
        "Agreement"]


def test_migrants_detained_at_a_border_are_no_arrest() -> None:
    assert _subs("Police detained 12 illegal migrants in a truck in Lahore on Saturday.") == []
    assert _subs("Police detained four opposition activists in Lahore on Saturday.") == [
        "Arrests"]


def test_a_killing_given_as_the_reason_for_a_sentence_is_no_event() -> None:
    assert _subs("A military court jailed three soldiers for ten years over the killing of a "
                 "reporter in Mosul.") == []
    assert _subs("The gunman was convicted of the attack on the mosque in Christchurch.") == []


def test_a_protest_given_as_the_charge_of_an_arrest_is_no_event() -> None:
    assert _subs("Police arrested an opposition activist in Lahore on Thursday for organising "
                 "an illegal protest.") == ["Arrests"]


def test_an_act_done_while_arrested_stays_an_event() -> None:
    assert _subs("Police arrested 20 protesters for blocking the highway in Lagos on "
                 "Monday.") != ["Arrests"]
