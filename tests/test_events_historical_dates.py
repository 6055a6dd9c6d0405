"""An earlier incident (specificity ``historical``) keeps the day its own clause gives it
(CODING §2), never a month counted back from today, a bare month, or another act's day."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

PUBLISHED = "2018-05-10T12:00:00+00:00"  # a Thursday


_events = events_reader(published=PUBLISHED)


def _historical(text: str) -> Event:
    found = [e for e in _events(text) if e.specificity == "historical"]
    assert len(found) == 1, [(e.trigger.text, e.specificity) for e in _events(text)]
    return found[0]


def test_an_earlier_incident_keeps_its_own_day() -> None:
    cases = [
        ("قال الجيش الأميركي الخميس إن غارة جوية نفذت يوم 12 فبراير أسفرت عن مقتل قيادي "
         "بارز في التنظيم.", "2018-02-12"),
        ("وكان مسلحون قد اختطفوا الصحفي في 3 كانون الثاني الماضي من منزله في المدينة.",
         "2018-01-03"),
    ]
    for text, day in cases:
        e = _historical(text)
        assert (e.date.start, e.date.end, e.date.time_precision) == (day, day, 1), text
        assert e.date.span is not None and text[e.date.span.start : e.date.span.end] == e.date.text


def test_a_count_back_or_a_part_of_a_month_gives_an_earlier_incident_no_date() -> None:
    cases = [
        "وقصفت الطائرات الحربية البلدة قبل ثلاثة أشهر ما أسفر عن مقتل عشرة مدنيين.",
        "واندلعت مظاهرات في العاصمة في مطلع يناير الماضي احتجاجا على غلاء الأسعار.",
    ]
    for text in cases:
        assert _historical(text).date.start is None, text


def test_an_earlier_incident_keeps_its_whole_named_month() -> None:
    # CODING §2: a background incident keeps at least month-level dating.
    e = _historical("واندلعت مظاهرات في العاصمة في يناير الماضي احتجاجا على غلاء الأسعار.")
    assert (e.date.start, e.date.end, e.date.time_precision) == ("2018-01-01", "2018-01-31", 3)


def test_a_day_of_another_clause_does_not_date_an_earlier_incident() -> None:
    text = ("أعلنت الشرطة يوم 20 آذار الماضي توقيف المشتبه به، وكان مسلحون قد فجروا سيارة "
            "مفخخة في السوق قبل عام.")
    dated = {e.trigger.text: e.date.start for e in _events(text) if e.specificity == "historical"}
    assert dated == {"توقيف": "2018-03-20", "سيارة مفخخة": None}


def test_a_range_a_planned_day_or_an_anniversary_does_not_date_an_earlier_incident() -> None:
    cases = [
        "ووثق المرصد تجنيد المسلحين مئات الأطفال في الفترة من 1 كانون الثاني وحتى 15 آذار.",
        "وقرر البرلمان إيفاد ممثل إلى العاصمة في 24 شباط في ذكرى المجازر التي ارتكبت عام 1915.",
    ]
    for text in cases:
        dated = [e.date.text for e in _events(text) if e.specificity == "historical"]
        assert dated == [None], (text, dated)


def test_a_day_merged_in_from_another_mention_does_not_date_an_earlier_incident() -> None:
    text = ("وقال المتحدث أمس إن الجيش كان قد قصف المدينة قبل عامين. "
            "وأكد أن القصف استهدف مواقع المسلحين.")
    dated = [e.date.start for e in _events(text) if e.specificity == "historical"]
    assert dated and all(day is None for day in dated), dated



def test_a_day_month_with_no_year_needs_a_preposition_to_date_an_earlier_incident() -> None:
    from marsad.assemble.event_dates import _ON, _YEAR

    named = "أحد المشاركين في هجمات 11 سبتمبر"
    dated = "وقتل المسلحون الرهائن يوم 11 سبتمبر"
    assert not _YEAR.search("11 سبتمبر") and not _ON.search(named, 0, named.index("11"))
    assert _ON.search(dated, 0, dated.index("11"))
    assert _YEAR.search("4 أبريل 2017") and _YEAR.search("14 فبراير الماضي")
