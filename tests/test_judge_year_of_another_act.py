"""An earlier year in a relative clause about another noun after the act dates that other
act: an arrest made "yesterday" of a suspect in an attack "that hit a church in 2013" is
specific, not historical. With no recent day of its own, or with the relative clause on the
act itself, the earlier year still makes it historical."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _specificity(text: str) -> list[str]:
    doc = READER.read(Document("t", text, "ar", "t", published="2018-03-10"))
    return [e.specificity for e in doc.events]


def test_a_year_of_another_act_does_not_make_a_recent_arrest_historical() -> None:
    found = _specificity("واعتقلت قوات الأمن أمس شابا يشتبه بمشاركته في التفجير الذي استهدف "
                         "سوقا شعبية في كركوك عام 2014.")
    assert found == ["specific"]


def test_with_no_recent_day_the_earlier_year_still_rules() -> None:
    found = _specificity("واعتقلت قوات الأمن شابا يشتبه بمشاركته في التفجير الذي استهدف سوقا "
                         "شعبية في كركوك عام 2014.")
    assert found == ["historical"]


def test_a_relative_clause_on_the_act_itself_dates_it() -> None:
    assert _specificity("وقتل خمسة في الهجوم الذي وقع عام 2014 في كركوك.") == ["historical"]
