"""A protest's sides in ACLED's order: protesters first in a peaceful protest or a protest with
intervention (the intervening force second; a force only deployed near a peaceful protest is no
side of it), the force first when it used excessive force. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event
from marsad.recognise.triggers_lexicon import ARMED_TYPES

read = events_reader("2019-06-12")


def _protest(text: str, sub: str) -> Event:
    events = [e for e in read(text) if e.sub_event_type == sub]
    assert events, (text, [e.sub_event_type for e in read(text)])
    return events[0]


def test_forces_deployed_before_a_protest_are_not_its_actor() -> None:
    e = _protest("وانتشرت قوات الجيش والشرطة بكثافة في وسط العاصمة قبيل تظاهرات حاشدة في ساحة "
                 "التحرير اليوم الجمعة.", "Peaceful protest")
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
