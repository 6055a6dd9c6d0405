"""A count back followed by "على يد/أيدي" (at the hands of) is still a count back from the report's
day ("خطف قبل ثلاثة أيام على أيدي مجهولين"); followed by "على" and an event it is "before" that
event, no date ("قبل يومين على الانتخابات")."""

from __future__ import annotations

import pytest

from marsad.model import Document, Mention
from marsad.recognise.dates import DateRecogniser
from marsad.text.view import view

PUBLISHED = "2018-03-29T10:00:00+00:00"  # a Thursday


def _days(text: str) -> list[tuple[str, object]]:
    doc = Document(id="t", text=text, language="ar", name="t", published=PUBLISHED)
    found: list[Mention] = DateRecogniser()(view(doc), [])
    return [(d.text, d.value.get("start")) for d in found if isinstance(d.value, dict)]


@pytest.mark.parametrize(
    ("text", "ago", "day"),
    [
        ("وجاءت المداهمات بعد خطف تاجر قبل ثلاثة أيام على أيدي مسلحين مجهولين.",
         "قبل ثلاثة أيام", "2018-03-26"),
        ("وكان الشاب قد قتل قبل يومين على يد عصابة مسلحة في الحي.", "قبل يومين", "2018-03-27"),
    ],
)
def test_a_count_back_before_at_the_hands_of_is_a_date(text: str, ago: str, day: str) -> None:
    assert _days(text) == [(ago, day)]


def test_a_count_back_before_an_event_is_no_date() -> None:
    assert _days("وجاء الهجوم قبل يومين على الانتخابات البلدية في المحافظة.") == []


def test_a_count_back_in_a_sentence_told_from_another_day_gives_no_date() -> None:
    # "that day" sets the sentence's time: "a day before" counts from it, not from the report.
    text = ("وتجمع العمال المضربون ذلك اليوم احتجاجا على مقتل زملائهم قبل يوم على يد قوات الأمن "
            "في المدينة.")
    doc = Document("t", text, "ar", "t", published=PUBLISHED)
    found = DateRecogniser()(view(doc), [])
    assert [m.value for m in found if isinstance(m.value, dict) and m.value.get("start")] == []


def test_a_count_back_without_its_count_gives_no_day() -> None:
    # "قبل أيام" (some days ago) says no day; "قبل ثلاثة أيام" and "قبل يومين" do.
    def starts(text: str) -> list[object]:
        doc = Document("t", text, "ar", "t", published=PUBLISHED)
        return [m.value.get("start") for m in DateRecogniser()(view(doc), [])
                if isinstance(m.value, dict)]

    assert starts("قتل شاب برصاص مجهولين قبل أيام في مدينة درعا.") == [None]
    assert starts("انسحبت القوات من البلدة قبل أشهر.") == [None]
    assert starts("قتل شاب برصاص مجهولين قبل ثلاثة أيام في مدينة درعا.") == ["2018-03-26"]
    assert starts("قتل شاب برصاص مجهولين قبل يومين في مدينة درعا.") == ["2018-03-27"]
