"""merge.absorb and actors: a merged repeat fills a missing side, never with the actor the event
already has on its other side (one force cannot fight itself)."""

from __future__ import annotations

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import absorb
from marsad.model import Actor, Mention, Span


def _candidate(actor1: str | None = None, actor2: str | None = None) -> Candidate:
    trigger = Mention("trigger", Span(0, 5), "مواجهات", {}, "test")
    c = Candidate(trigger, 0, 0, 0, False, "Battles", "Armed clash", "FIGHT", "clash", "noun", "strong")
    c.actor1 = None if actor1 is None else Actor(actor1, actor1, 2, actor1, Span(10, 15))
    c.actor2 = None if actor2 is None else Actor(actor2, actor2, 2, actor2, Span(20, 25))
    return c


def test_the_other_sides_actor_is_not_taken_as_the_agent() -> None:
    into, other = _candidate(actor2="houthis"), _candidate(actor1="houthis")
    absorb(into, other)
    assert into.actor1 is None and into.actor2 is not None and into.actor2.id == "houthis"


def test_a_missing_agent_is_filled_from_the_repeat() -> None:
    into, other = _candidate(actor2="houthis"), _candidate(actor1="army")
    absorb(into, other)
    assert into.actor1 is not None and into.actor1.id == "army"


def test_a_missing_target_is_filled_but_not_with_the_agent() -> None:
    into, other = _candidate(actor1="army"), _candidate(actor1="army", actor2="houthis")
    absorb(into, other)
    assert into.actor2 is not None and into.actor2.id == "houthis"
