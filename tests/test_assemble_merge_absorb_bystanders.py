"""merge.absorb and civilians: a battle is between organised armed groups, so civilians named by
a mention merged into it are its casualties, never a side; other events still take them."""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import absorb
from marsad.model import Actor, Mention, Span

CIVILIANS = 7


def _candidate(event_type: str, sub: str, actor1: tuple[str, int] | None = None,
               actor2: tuple[str, int] | None = None) -> Candidate:
    trigger = Mention("trigger", Span(0, 5), "مواجهات", {}, "test")
    c = Candidate(trigger, 0, 0, 0, False, event_type, sub, "FIGHT", "clash", "noun", "strong")
    c.actor1 = None if actor1 is None else Actor(actor1[0], actor1[0], actor1[1], actor1[0], Span(10, 15))
    c.actor2 = None if actor2 is None else Actor(actor2[0], actor2[0], actor2[1], actor2[0], Span(20, 25))
    return c


def test_civilians_of_a_merged_mention_are_no_side_of_a_battle() -> None:
    into = _candidate("Battles", "Armed clash", actor1=("houthis", 2))
    other = _candidate("Violence against civilians", "Attack", actor2=("civilians-yemen", CIVILIANS))
    absorb(into, other)
    assert into.actor2 is None


def test_a_battle_still_takes_an_armed_side_after_the_civilians() -> None:
    into = _candidate("Battles", "Armed clash")
    other = _candidate("Battles", "Armed clash", actor1=("army", 1), actor2=("civilians-yemen", CIVILIANS))
    absorb(into, other)
    assert into.actor1 is not None and into.actor1.id == "army"
    assert into.actor2 is None


def test_an_attack_on_civilians_still_takes_them_as_its_target() -> None:
    into = _candidate("Violence against civilians", "Attack", actor1=("houthis", 2))
    other = _candidate("Violence against civilians", "Attack", actor2=("civilians-yemen", CIVILIANS))
    absorb(into, other)
    assert into.actor2 is not None and into.actor2.id == "civilians-yemen"
