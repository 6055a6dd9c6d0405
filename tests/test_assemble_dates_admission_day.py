"""A day after a verb of admitting (اعترف المتهم أمس أمام المحكمة بـ…) dates the admission, as
a day after a verb of saying dates the statement: the act admitted is the one told before, not
a new one on the day of the hearing."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2015-08-06")

_TOLD = "قالت الشرطة إن انتحاريا فجر نفسه في سوق المدينة يوم الجمعة الماضي. "


def _dated(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in read(text)]


def test_an_admitted_bombing_is_the_bombing_told_before() -> None:
    assert _dated(_TOLD + "واعترف المتهم الرئيس أمس أمام هيئة المحكمة بالتنسيق مع منفذ التفجير "
                  "الانتحاري.") == [("2015-07-31", "2015-07-31")]


def test_an_admitted_handover_of_the_belt_is_no_new_bombing() -> None:
    assert _dated(_TOLD + "وأقر المتهم الرئيس أمس أمام هيئة المحكمة بتسليم الحزام الناسف "
                  "للانتحاري.") == [("2015-07-31", "2015-07-31")]
