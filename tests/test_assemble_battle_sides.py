"""Civilians given to a battle as a side once merging filled its actors: a battle whose word's
type its target decides (هجوم) becomes an attack on them; a fight (اشتباكات) keeps its type and
loses them as a side. Candidates built by hand: the state merging leaves them in."""

from __future__ import annotations

from marsad.assemble.battle_sides import civilians_off_battles
from marsad.assemble.candidate import Candidate
from marsad.model import Actor, Mention, Span

_MILITIA = Actor("houthi", "Houthi Movement (Ansar Allah)", 2, "الحوثيين", Span(0, 8))
_CIVILIANS = Actor("civilians-yemen", "Civilians (Yemen)", 7, "المدنيين", Span(20, 28))


def _battle(word: str, decide: str | None, a1: Actor | None, a2: Actor | None) -> Candidate:
    value = {"event_type": "Battles", "sub_event_type": "Armed clash", "decide": decide}
    t = Mention("trigger", Span(10, 10 + len(word)), word, value, "test")
    c = Candidate(t, 0, 0, 0, False, "Battles", "Armed clash", "ASSAULT", "clash", "noun", "strong")
    c.actor1, c.actor2 = a1, a2
    return c


def test_an_attack_word_on_civilians_becomes_an_attack() -> None:
    c = _battle("هجمات", "target", _MILITIA, _CIVILIANS)
    civilians_off_battles([c])
    assert (c.event_type, c.sub_event_type) == ("Violence against civilians", "Attack")
    assert c.actor1 == _MILITIA and c.actor2 == _CIVILIANS


def test_a_fight_keeps_its_type_and_loses_the_civilians() -> None:
    c = _battle("اشتباكات", None, _MILITIA, _CIVILIANS)
    civilians_off_battles([c])
    assert c.sub_event_type == "Armed clash"
    assert c.actor1 == _MILITIA and c.actor2 is None


def test_civilians_as_actor1_of_a_battle_leave_the_armed_side_first() -> None:
    c = _battle("هجوم", "target", _CIVILIANS, _MILITIA)
    civilians_off_battles([c])
    assert c.event_type == "Battles"
    assert c.actor1 == _MILITIA and c.actor2 is None


def test_a_battle_between_armed_sides_is_left_alone() -> None:
    army = Actor("army", "Military Forces of Yemen", 1, "الجيش", Span(30, 35))
    c = _battle("هجوم", "target", _MILITIA, army)
    civilians_off_battles([c])
    assert c.sub_event_type == "Armed clash" and (c.actor1, c.actor2) == (_MILITIA, army)
