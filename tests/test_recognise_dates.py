"""The date recogniser: absolute, numeric, Hijri, weekday and relative dates, with precision."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Document, Mention
from marsad.recognise.dates import DateRecogniser, publication_date
from marsad.text.view import view

# A Thursday, given the way the ANT corpus writes it.
PUBLISHED = "2018-03-01T15:37:22+04:00"


def _dates(text: str, published: str | None = PUBLISHED) -> list[Mention]:
    doc = Document(id="t", text=text, language="ar", name="t", published=published)
    found = DateRecogniser()(view(doc), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _one(text: str, published: str | None = PUBLISHED) -> tuple[str, dict[str, Any]]:
    found = _dates(text, published)
    assert len(found) == 1, [m.text for m in found]
    return found[0].text, found[0].value


def _range(value: dict[str, Any]) -> tuple[str | None, str | None, int | None]:
    return value["start"], value["end"], value["time_precision"]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("قصفت الطائرات البلدة في ١٥ آذار/مارس ٢٠١٨ مساء", "١٥ آذار/مارس ٢٠١٨",
         ("2018-03-15", "2018-03-15", 1)),
        ("وقع الهجوم في 3 كانون الثاني 2017", "3 كانون الثاني 2017", ("2017-01-03", "2017-01-03", 1)),
        ("انسحبت القوات في كانون الأول 2016", "كانون الأول 2016", ("2016-12-01", "2016-12-31", 3)),
        ("جرى الاتفاق في تشرين الأول/أكتوبر 2017", "تشرين الأول/أكتوبر 2017",
         ("2017-10-01", "2017-10-31", 3)),
        ("اعتقل في 12 جويلية 2016 بالعاصمة", "12 جويلية 2016", ("2016-07-12", "2016-07-12", 1)),
        ("أعلن البيان الصادر بتاريخ 12/3/2018", "12/3/2018", ("2018-03-12", "2018-03-12", 1)),
        ("نشر التقرير 2018-02-20 على موقعه", "2018-02-20", ("2018-02-20", "2018-02-20", 1)),
        ("بدأت المعارك مطلع شباط 2018", "مطلع شباط 2018", ("2018-02-01", "2018-02-10", 3)),
        ("The convoy was hit on March 3, 2018 near the town", "March 3, 2018",
         ("2018-03-03", "2018-03-03", 1)),
    ],
)
def test_dates_absolute(text: str, mention: str, expected: tuple[str, str, int]) -> None:
    found_text, value = _one(text)
    assert found_text == mention
    assert _range(value) == expected
    assert value["relative"] is False and value["resolved"] is True


def test_dates_hijri_converted_with_umm_al_qura() -> None:
    text, value = _one("وقع الانفجار في 15 رمضان 1439 هـ قرب السوق")
    assert text == "15 رمضان 1439 هـ"
    assert _range(value) == ("2018-05-30", "2018-05-30", 1)
    assert value["calendar"] == "hijri"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("أعلنت الوزارة اليوم (الاثنين) مقتل جنديين", "اليوم (الاثنين)", ("2018-02-26", "2018-02-26", 1)),
        ("وقالت المصادر إن الهجوم وقع أمس", "أمس", ("2018-02-28", "2018-02-28", 1)),
        ("استهدفت دورية أول من أمس", "أول من أمس", ("2018-02-27", "2018-02-27", 1)),
        ("قصفت المدفعية القرية يوم الثلاثاء", "يوم الثلاثاء", ("2018-02-27", "2018-02-27", 1)),
        ("اغتيل القيادي ليلة الخميس", "ليلة الخميس", ("2018-02-28", "2018-03-01", 1)),
        ("شنت الطائرات غارات ليل الأربعاء الخميس", "ليل الأربعاء الخميس", ("2018-02-28", "2018-03-01", 1)),
        ("سقطت قذائف ليلة الثلاثاء إلى الأربعاء", "ليلة الثلاثاء إلى الأربعاء", ("2018-02-27", "2018-02-28", 1)),
        ("دارت اشتباكات ليل الاثنين/الثلاثاء", "ليل الاثنين/الثلاثاء", ("2018-02-26", "2018-02-27", 1)),
        ("انفجرت عبوة قبل ثلاثة أيام", "قبل ثلاثة أيام", ("2018-02-26", "2018-02-26", 1)),
        ("سيطرت القوات على البلدة الأسبوع الماضي", "الأسبوع الماضي", ("2018-02-17", "2018-02-24", 2)),
        ("اندلعت الاشتباكات الشهر الماضي", "الشهر الماضي", ("2018-02-01", "2018-02-28", 3)),
        ("وصلت التعزيزات أواخر الشهر الماضي", "أواخر الشهر الماضي", ("2018-02-21", "2018-02-28", 3)),
        ("جرت الانتخابات في 5 أيار الماضي", "5 أيار الماضي", ("2017-05-05", "2017-05-05", 1)),
        ("Two soldiers were killed yesterday", "yesterday", ("2018-02-28", "2018-02-28", 1)),
    ],
)
def test_dates_relative_resolve_against_publication(
    text: str, mention: str, expected: tuple[str, str, int]
) -> None:
    found_text, value = _one(text)
    assert found_text == mention
    assert _range(value) == expected
    assert value["relative"] is True and value["resolved"] is True


def test_dates_weekday_of_publication_day_is_that_day_unless_last() -> None:
    # Published on a Thursday: wire copy's bare "الخميس" is P; "الخميس الماضي" the week before.
    assert _range(_one("قتل ثلاثة مدنيين الخميس")[1])[0] == "2018-03-01"
    assert _range(_one("قتل ثلاثة مدنيين اليوم (الخميس)")[1])[0] == "2018-03-01"
    assert _range(_one("قتل ثلاثة مدنيين الخميس الماضي")[1])[0] == "2018-02-22"


def test_dates_coarser_than_a_month_have_no_dates() -> None:
    for text in ("بدأ النزوح قبل أربع سنوات", "تأسس التنظيم عام 2014", "تراجعت الهجمات العام الماضي"):
        _, value = _one(text)
        assert _range(value) == (None, None, None)
        assert value["resolved"] is False


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الوزارة اليوم (الاثنين) أن الهجوم وقع أمس",
        "يوم الثلاثاء الماضي، وقبل يومين، والأسبوع الماضي، ومطلع الشهر الجاري",
        "في 5 أيار وفي شهر شباط",
        "on Tuesday, two days ago, last week",
    ],
)
def test_dates_relative_never_resolve_without_publication_date(text: str) -> None:
    found = _dates(text, published=None)
    assert found
    for m in found:
        assert m.value["resolved"] is False
        assert _range(m.value) == (None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "مارس الجيش ضغوطا على الفصائل",  # مارس: "practised"
        "زار أب الشهيد الموقع",  # أب: "father", not August (آب)
        "حتى اليوم لم يعرف مصير المخطوفين",  # "until now"
        "في اليوم التالي عادت القوات",  # "the next day"
        "توزعت الحصص على الاثنين",  # "the two", no day cue
        "هاجموا رمضان الأحمد في منزله",  # a name, no Hijri year
    ],
)
def test_dates_ignore_words_that_only_look_like_dates(text: str) -> None:
    assert _dates(text) == []


def test_dates_publication_date_takes_the_date_part() -> None:
    assert str(publication_date("2015-07-21 02:51:38")) == "2015-07-21"
    assert str(publication_date(PUBLISHED)) == "2018-03-01"
    assert publication_date(None) is None and publication_date("yesterday") is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("٠١٢٣0123456789 /-()أمساليومقبلثلاثةأيامآذاركانونالثانيرمضانهـ\n")) | st.characters(), max_size=80),
    st.sampled_from([None, PUBLISHED, "2015-07-21 02:51:38", "not a date"]),
)
def test_dates_never_raise_and_spans_verify(text: str, published: str | None) -> None:
    _dates(text, published)


def test_dates_numeric_hijri_with_its_weekday() -> None:
    text, value = _one("صدر البيان يوم الجمعة الموافق 23/9/1436هـ في الرياض")
    assert text == "يوم الجمعة الموافق 23/9/1436هـ"
    assert _range(value) == ("2015-07-10", "2015-07-10", 1)
    assert value["calendar"] == "hijri"


@pytest.mark.parametrize(
    "text",
    [
        "غادر المدينة قبل شهر رمضان الماضي",  # before Ramadan, not "a month ago"
        "انسحبت القوات قبل ثلاثة أيام من الانتخابات",  # before the elections
    ],
)
def test_dates_before_something_is_not_ago(text: str) -> None:
    assert all(not m.text.startswith("قبل") for m in _dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Published Thursday 2018-03-01: "this week" runs from its Sunday (the region's working
        # week) to the publication day, never after; "early this week" is its first three days.
        ("وقع الهجوم مطلع الأسبوع الجاري", ("2018-02-25", "2018-02-27", 2)),
        ("تصاعدت الاشتباكات خلال الأسبوع الحالي", ("2018-02-25", "2018-03-01", 2)),
        ("قتل خمسة مدنيين في الشهر الجاري", ("2018-03-01", "2018-03-01", 3)),
    ],
)
def test_dates_current_week_and_month_end_at_publication(
    text: str, expected: tuple[str, str, int]
) -> None:
    assert _range(_one(text)[1]) == expected


def test_early_this_week_on_a_monday_ends_on_the_monday() -> None:
    assert _range(_one("وقع الهجوم مطلع الأسبوع الجاري", "2018-02-26")[1]) == (
        "2018-02-25", "2018-02-26", 2)


def test_a_bare_year_after_a_preposition_is_a_year() -> None:
    assert _one("اعتقلت الشرطة خمسة أشخاص في 2016 في أنقرة.")[1].get("year") == 2016
    assert all(m.value.get("year") is None for m in _dates("دمر القصف في 2000 منزل في المدينة."))


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # "Last week" covers ACLED's Saturday-Friday week and the Sunday-Saturday one.
        ("2018-03-01", ("2018-02-17", "2018-02-24")),  # a Thursday: Sat 17 to Sat 24
        ("2018-02-23", ("2018-02-10", "2018-02-17")),  # a Friday: a Saturday named in it fits
        ("2018-02-24", ("2018-02-11", "2018-02-23")),  # a Saturday: the two weeks differ most
        ("2018-02-25", ("2018-02-17", "2018-02-24")),  # a Sunday
    ],
)
def test_last_week_spans_both_week_conventions(
    published: str, expected: tuple[str, str]
) -> None:
    _, value = _one("قصفت المدفعية البلدة الأسبوع الماضي", published)
    assert (value["start"], value["end"], value["time_precision"]) == (*expected, 2)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # "A week ago" is the day seven days before P, give or take a day; not a calendar week.
        ("اندلعت المعارك قبل أسبوع", "قبل أسبوع", ("2018-02-21", "2018-02-23")),
        ("قصفت الطائرات البلدة قبل أسبوعين", "قبل أسبوعين", ("2018-02-13", "2018-02-17")),
        ("Fighting broke out a week ago", "a week ago", ("2018-02-21", "2018-02-23")),
    ],
)
def test_weeks_ago_is_a_day_give_or_take_not_a_calendar_week(
    text: str, mention: str, expected: tuple[str, str]
) -> None:
    found_text, value = _one(text)
    assert found_text == mention
    assert (value["start"], value["end"], value["time_precision"]) == (*expected, 2)
