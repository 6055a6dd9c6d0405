"""A merged event's specificity is settled by its mentions' votes before its date: an event
most of whose mentions tell an earlier incident keeps only its own clause's day, not a day a
specific mention lent it, and one voted specific keeps the day it was given."""

from __future__ import annotations

from collections import Counter

from reading import READER

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.events import settle
from marsad.model import DateValue, Document, Mention, Span
from marsad.text.view import view

TEXT = "قصفت الطائرات البلدة في 2 آذار 2018 وقتلت خمسة مدنيين."
PUBLISHED = "2018-05-10"
LENT = DateValue("2018-05-09", "2018-05-09", 1, "أمس", Span(0, 4))


def _parts() -> tuple[Candidate, Located, DocIndex]:
    doc = Document("t", TEXT, "ar", "t", published=PUBLISHED)
    dates = [m for m in READER.read(doc).mentions if m.kind == "date"]
    assert [d.value["start"] for d in dates] == ["2018-03-02"]  # type: ignore[index]
    idx = DocIndex.build(view(doc))
    start = TEXT.index("قصفت")
    trigger = Mention("trigger", Span(start, start + 4), "قصفت", {}, "test")
    c = Candidate(trigger, 0, 0, 0, False, "Explosions/Remote violence", "Air/drone strike",
                  "ASSAULT", "air", "verb", "strong")
    return c, idx.locate(dates), idx


def test_an_event_voted_historical_keeps_its_own_day_not_a_lent_one() -> None:
    c, dates, idx = _parts()
    c.date, c.votes = LENT, Counter({"historical": 2, "specific": 1})
    settle([c], dates, idx)
    assert (c.specificity, c.date.start) == ("historical", "2018-03-02")


def test_an_event_voted_specific_keeps_the_day_it_was_given() -> None:
    c, dates, idx = _parts()
    c.specificity, c.date = "historical", LENT
    c.votes = Counter({"specific": 3, "historical": 1})
    settle([c], dates, idx)
    assert (c.specificity, c.date.start) == ("specific", "2018-05-09")
