"""A year after منذ: what lasts since then reaches to now (a tally, not the past); منذ before
the act and its year dates the act (historical); a منذ-period in a relative clause after the
act belongs to something else."""

from __future__ import annotations

from reading import READER

from marsad.model import Document

PUBLISHED = "2015-07-26T10:00:00+00:00"  # a Sunday


def _spec(text: str) -> dict[str, str]:
    events = READER.read(Document("t", text, "ar", "t", published=PUBLISHED)).events
    return {e.trigger.text: e.specificity for e in events}


def test_a_toll_since_a_year_is_a_trend_not_the_past() -> None:
    assert _spec("وقال المرصد الأحد إن 350 ألف شخص قتلوا في البلاد منذ 2011.") == {"قتلوا": "trend"}


def test_since_the_act_in_a_year_dates_the_act() -> None:
    spec = _spec("ويسيطر المقاتلون على مناطق واسعة من المدينة منذ انسحبت منها القوات عام 2012.")
    assert spec == {"انسحبت": "historical"}


def test_a_period_in_a_relative_clause_is_not_the_acts() -> None:
    text = ("تبنى الحزب الأحد هجوما بسيارة مفخخة ردا على الغارات الجوية على قواعده والتي قال إنها "
            "أنهت الهدنة السارية بين الجانبين منذ 2013.")
    assert set(_spec(text).values()) == {"specific"}


def test_during_a_past_year_stays_the_past() -> None:
    assert _spec("وقتل 500 شخص في المحافظة خلال عام 2013 في هجمات متفرقة.") == {"هجمات": "historical"}
