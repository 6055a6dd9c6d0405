"""An actor named as whose spokesman speaks (المتحدث باسم X) comes after the actors of the act
it reports, and still acts when the report names no other. Our own sentences."""

from __future__ import annotations

from marsad.model import Document, Event
from marsad.pipeline import Reader

READER = Reader.default()


def _event(text: str) -> Event:
    events = READER.read(Document("t", text, "ar", "t", published="2019-06-12")).events
    assert events, text
    return events[0]


def test_the_reported_clause_names_the_agent_not_the_spokesman() -> None:
    e = _event("قال المتحدث باسم قوات التحالف العربي إن الحوثيين أطلقوا صاروخا باليستيا على "
               "مدينة جازان أمس.")
    assert e.actor1 is not None and e.actor1.id.startswith("houthi")


def test_the_spokesman_organisation_goes_after_the_agent_of_a_masdar() -> None:
    e = _event("وقال المتحدث باسم قوات التحالف العربي إن قصفا صاروخيا نفذه الحوثيون طال مدينة "
               "نجران أمس.")
    assert e.actor1 is not None and e.actor1.id.startswith("houthi")


def test_a_spokesman_reporting_his_own_side_keeps_it_as_agent() -> None:
    e = _event("أعلن المتحدث باسم الجيش العراقي مقتل خمسة مسلحين في غارة جوية قرب الموصل أمس.")
    assert e.actor1 is not None and e.actor1.id.startswith("military-forces-of-iraq")


def test_an_actor_named_by_the_reported_clause_after_the_verb_acts() -> None:
    e = _event("وقال الناطق باسم الجيش الإسرائيلي إن طائرات حماس المسيرة هاجمت موقعا "
               "عسكريا قرب غزة.")
    assert e.actor1 is not None and e.actor1.id.startswith("hamas")
