"""A force named before a verb of suffering (X تعرضت لهجوم، X الذين تلقوا ضربات) is the side
hit by the acts told after it, not their agent; a force before an act it does still acts. Our
own sentences."""

from __future__ import annotations

from reading import events_reader, first_event

from marsad.model import Event

read = events_reader("2019-06-12")


def _event(text: str) -> Event:
    return first_event(read, text)


def _id(a: object) -> str:
    return getattr(a, "id", "") or ""


def test_the_subject_of_a_verb_of_suffering_is_the_target() -> None:
    e = _event("وكانت ميليشيات الحوثي قد تلقت السبت ضربات جوية موجعة في مديرية حرض.")
    assert not _id(e.actor1).startswith("houthi")
    assert _id(e.actor2).startswith("houthi")


def test_a_relative_clause_of_suffering_marks_the_target() -> None:
    e = _event("وقالت مصادر محلية إن قوات النظام التي تعرضت لقصف مدفعي عنيف انسحبت من مواقعها في "
               "ريف حماة أمس.")
    assert not _id(e.actor1).startswith("military-forces-of-syria")


def test_a_force_before_the_act_it_does_still_acts() -> None:
    e = _event("وقصفت قوات النظام بلدة كفرزيتا في ريف حماة الشمالي أمس.")
    assert _id(e.actor1).startswith("military-forces-of-syria")


def test_a_verb_of_suffering_written_with_a_shadda_marks_the_target() -> None:
    e = _event("وكانت ميليشيات الحوثي قد تلقّت السبت ضربات جوية موجعة في مديرية حرض.")
    assert not _id(e.actor1).startswith("houthi")
    assert _id(e.actor2).startswith("houthi")
