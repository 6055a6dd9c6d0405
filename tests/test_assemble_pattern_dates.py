"""A trend or a recurring practice keeps the week-like span or the whole month its clause gives
it (CODING §4), never a day, a part of a month, or a month after منذ (where it began)."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2016-05-09")


def _dates(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.date.start, e.date.end, e.specificity) for e in read(text)]


def test_a_monthly_toll_of_shelling_keeps_its_month() -> None:
    got = _dates("وقال المرصد إن 14 مدنيا قتلوا جراء القصف المتكرر على أحياء المدينة خلال شهر "
                 "نيسان الماضي.")
    assert got == [("2016-04-01", "2016-04-30", "recurring")]


def test_mines_cleared_over_last_week_keep_the_week() -> None:
    got = _dates("وأوضح المتحدث أن الفرق الهندسية نزعت مئات الألغام المزروعة في مزارع القرية "
                 "خلال الأسبوع الماضي.")
    assert [d[:2] for d in got if d[2] != "specific"] == [("2016-04-30", "2016-05-07")]


def test_a_practice_since_a_month_keeps_no_date() -> None:
    got = _dates("وصعّد المسلحون هجماتهم المتكررة على نقاط الجيش منذ أن انسحبوا من البلدة في "
                 "آذار الماضي.")
    assert all(d[0] is None for d in got if d[2] in ("trend", "recurring"))


def test_a_practice_with_no_span_keeps_no_date() -> None:
    got = _dates("وتتكرر الاشتباكات بين العشائر في أرياف المحافظة.")
    assert all(d[0] is None for d in got)


def test_a_current_month_that_is_not_the_rows_month_is_not_used() -> None:
    got = _dates("وقال المرصد إن 14 مدنيا قتلوا جراء القصف المتكرر على أحياء المدينة خلال شهر "
                 "نيسان الحالي.")
    assert [d[:2] for d in got] == [(None, None)]
