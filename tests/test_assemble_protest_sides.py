"""A protest's sides in ACLED's order: protesters first in a peaceful protest or a protest with
intervention (the intervening force second; a force only deployed near a peaceful protest is no
side of it), the force first when it used excessive force. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.candidate import Candidate
from marsad.assemble.protest_sides import order_protest_sides
from marsad.model import Actor, Event, Mention, Span
from marsad.recognise.triggers_lexicon import ARMED_TYPES

read = events_reader("2019-06-12")


def _protest(text: str, sub: str) -> Event:
    events = [e for e in read(text) if e.sub_event_type == sub]
    assert events, (text, [e.sub_event_type for e in read(text)])
    return events[0]


def test_forces_deployed_before_a_protest_are_not_its_actor() -> None:
    e = _protest("وانتشرت قوات الجيش والشرطة بكثافة في وسط المدينة قبيل تظاهرة كبيرة للنقابيين في "
                 "الساحة الرئيسية اليوم الجمعة.", "Peaceful protest")
    assert e.actor1 is None or e.actor1.type not in ARMED_TYPES
    assert e.actor2 is None or e.actor2.type not in ARMED_TYPES


def test_the_force_that_dispersed_a_protest_is_actor2() -> None:
    e = _protest("وفرقت الشرطة بالغاز المسيل للدموع مئات المتظاهرين أمام مبنى المحافظة في "
                 "البصرة اليوم الأحد.", "Protest with intervention")
    assert e.actor1 is None or e.actor1.type not in ARMED_TYPES
    assert e.actor2 is not None and e.actor2.type in ARMED_TYPES


def test_the_force_that_killed_protesters_is_actor1() -> None:
    e = _protest("وخرجت تظاهرة أمام مبنى المحافظة في الناصرية اليوم الأحد، وقتل خلالها ثلاثة "
                 "متظاهرين برصاص القوات الأمنية.", "Excessive force against protesters")
    assert e.actor1 is not None and e.actor1.type in ARMED_TYPES
    assert e.actor2 is None or e.actor2.type not in ARMED_TYPES


def _candidate(sub: str, a1: Actor | None, a2: Actor | None) -> Candidate:
    t = Mention("trigger", Span(0, 5), "مظاهرة", {}, "test")
    c = Candidate(t, 0, 0, 0, False, "Protests", sub, "PROTEST", "protest", "noun", "strong")
    c.actor1, c.actor2 = a1, a2
    return c


_POLICE = Actor("police", "Police Forces", 1, "الشرطة", Span(10, 16))
_MILITIA = Actor("militia", "A Militia", 3, "الميليشيا", Span(20, 29))
_PROTESTERS = Actor("protesters", "Protesters", 6, "المتظاهرين", Span(30, 40))
_CIVILIANS = Actor("civilians", "Civilians", 7, "المدنيين", Span(45, 53))


def test_with_two_armed_actors_the_state_force_intervenes() -> None:
    c = _candidate("Protest with intervention", _MILITIA, _POLICE)
    order_protest_sides([c])
    assert c.actor1 is None and c.actor2 == _POLICE


def test_with_two_armed_actors_and_protesters_the_state_force_is_actor1_of_excessive_force() -> None:
    c = _candidate("Excessive force against protesters", _MILITIA, _POLICE)
    order_protest_sides([c])
    assert c.actor1 == _POLICE and c.actor2 is None
    c = _candidate("Excessive force against protesters", _PROTESTERS, _POLICE)
    order_protest_sides([c])
    assert (c.actor1, c.actor2) == (_POLICE, _PROTESTERS)


def test_an_unarmed_actor_is_never_the_force() -> None:
    c = _candidate("Excessive force against protesters", _CIVILIANS, _PROTESTERS)
    order_protest_sides([c])
    assert (c.actor1, c.actor2) == (None, _PROTESTERS)
    c = _candidate("Excessive force against protesters", _PROTESTERS, None)
    order_protest_sides([c])
    assert (c.actor1, c.actor2) == (None, _PROTESTERS)


def test_protesters_named_alone_come_first_in_an_intervention() -> None:
    c = _candidate("Protest with intervention", None, _PROTESTERS)
    order_protest_sides([c])
    assert (c.actor1, c.actor2) == (_PROTESTERS, None)


def test_protesters_named_second_lead_a_peaceful_protest_and_an_armed_side_goes() -> None:
    c = _candidate("Peaceful protest", None, _PROTESTERS)
    order_protest_sides([c])
    assert (c.actor1, c.actor2) == (_PROTESTERS, None)
    c = _candidate("Peaceful protest", None, _MILITIA)
    order_protest_sides([c])
    assert (c.actor1, c.actor2) == (None, None)
