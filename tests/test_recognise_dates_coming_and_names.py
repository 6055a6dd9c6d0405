"""A bare weekday a planned act is set for is the coming one, marked "coming" (and dates no done
act); "اليوم" at the end of an outlet's name or a byline is no date ("today" stays today)."""

from __future__ import annotations

import pytest

from marsad.model import Document, Mention
from marsad.pipeline import Reader
from marsad.recognise.dates import DateRecogniser
from marsad.text.view import view

PUBLISHED = "2018-03-29T10:00:00+00:00"  # a Thursday


def _dates(text: str) -> list[Mention]:
    doc = Document(id="t", text=text, language="ar", name="t", published=PUBLISHED)
    return DateRecogniser()(view(doc), [])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ومن المقرر أن تنطلق المسيرات على الحدود يوم الجمعة.", "2018-03-30"),
        ("وتعتزم الفصائل تنظيم مسيرة جديدة السبت.", "2018-03-31"),
        ("وقال المتحدث إن المجلس سوف يعقد جلسة طارئة الخميس.", "2018-03-29"),
        ("وتستضيف العاصمة قمة الأحد المقبل.", "2018-04-01"),
    ],
)
def test_a_planned_weekday_is_the_coming_one(text: str, day: str) -> None:
    [d] = _dates(text)
    assert isinstance(d.value, dict)
    assert (d.value["start"], d.value.get("coming")) == (day, True)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("وقال إن الجيش سوف يرد على الهجوم الذي وقع الجمعة.", "2018-03-23"),
        ("وكان من المقرر أن يدخل المفتشون المدينة يوم الأربعاء لكن الزيارة تأجلت.", "2018-03-28"),
        ("وقصفت الطائرات القرية الأربعاء.", "2018-03-28"),
    ],
)
def test_a_past_act_or_a_past_plan_keeps_the_past_day(text: str, day: str) -> None:
    [d] = _dates(text)
    assert isinstance(d.value, dict)
    assert (d.value["start"], d.value.get("coming")) == (day, None)


def test_a_coming_day_dates_no_done_act() -> None:
    text = "قتل ثلاثة جنود في هجوم على حاجز، ومن المقرر أن تشيع جنازتهم يوم السبت."
    doc = Document(id="t", text=text, language="ar", name="t", published=PUBLISHED)
    events = Reader.default().read(doc).events
    assert events and all(e.date.start != "2018-03-31" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "عين اليوم – بغداد\nقصفت الطائرات مواقع المسلحين.",
        "مراسل الصحيفة – عين اليوم\nقصفت الطائرات مواقع المسلحين.",
        "وقالت صحيفة المصري اليوم إن الطائرات قصفت مواقع المسلحين.",
        "ونقلت قناة «اليمن اليوم» عن مصدر أن الطائرات قصفت مواقع المسلحين.",
    ],
)
def test_today_ending_a_name_is_no_date(text: str) -> None:
    assert [d.text for d in _dates(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات مواقع المسلحين اليوم.",
        "وأكد الوزير الذي عين اليوم أن الطائرات قصفت مواقع المسلحين.",
        "وقال المصدر إن \"القصف تجدد اليوم\" على الأحياء الشرقية.",
        "وقصفت الطائرات موقعا عسكريا اليوم قرب الحدود.",
    ],
)
def test_today_elsewhere_stays_today(text: str) -> None:
    found = _dates(text)
    assert [d.text for d in found] == ["اليوم"]
    assert isinstance(found[0].value, dict) and found[0].value["start"] == "2018-03-29"
