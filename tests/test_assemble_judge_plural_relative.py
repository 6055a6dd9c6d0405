"""An indefinite plural followed by a verb carrying its object (هجمات شنتها الجماعة) is a relative
clause describing a kind of act, not one that took place; a definite plural with such a clause
(الغارات التي شنتها) names known acts, and a verb of occurrence without an object pronoun
(اشتباكات اندلعت) still tells one. Our own sentences."""

from __future__ import annotations

from marsad.model import Document, Event
from marsad.pipeline import Reader

READER = Reader.default()


def _events(text: str) -> list[Event]:
    return list(READER.read(Document("t", text, "ar", "t", published="2019-06-12")).events)


def test_an_indefinite_plural_described_by_a_relative_clause_is_not_one_incident() -> None:
    events = _events("قتل جنديان في انفجار عبوة ناسفة استهدفت دورية للجيش في مدينة العريش أمس. "
                     "ويقول سكان إن أغلب القتلى سقطوا في هجمات شنتها جماعة ولاية سيناء في "
                     "شمال سيناء.")
    clashes = [e for e in events if e.trigger.text == "هجمات"]
    assert clashes and all(e.specificity != "specific" for e in clashes)


def test_a_definite_plural_with_a_relative_clause_names_known_acts() -> None:
    events = _events("وأدانت الوزارة الغارات التي شنتها طائرات التحالف على مناطق في اليمن.")
    assert [e.specificity for e in events if e.sub_event_type == "Air/drone strike"] == ["specific"]


def test_a_plural_told_to_break_out_is_still_one_incident() -> None:
    events = _events("وقالت مصادر إن اشتباكات اندلعت بين الجيش ومسلحين في ريف درعا.")
    assert [e.specificity for e in events if e.sub_event_type == "Armed clash"] == ["specific"]
