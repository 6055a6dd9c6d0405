"""An act named after "بعد ثلاثة أيام من" / "بعد 4 أيام من" came that many days before the
main act's day, as "غداة" and "بعد يومين من" count one and two; "بعد أيام من" gives it no day.
Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_ar = events_reader(published="2017-11-16")


def _dates(events: list[Event]) -> dict[str, str | None]:
    return {e.trigger.text: e.date.start for e in events}


def test_three_days_in_words() -> None:
    dates = _dates(_ar("تظاهر المئات في المدينة يوم الثلاثاء بعد ثلاثة أيام من اغتيال ضابط في "
                       "الشرطة."))
    assert dates.get("تظاهر") == "2017-11-14"
    assert dates.get("اغتيال") == "2017-11-11"


def test_four_days_in_figures() -> None:
    dates = _dates(_ar("قصف الجيش المدينة يوم الثلاثاء بعد 4 أيام من اغتيال ضابط في الشرطة على "
                       "يد مسلحين مجهولين."))
    assert dates.get("قصف") == "2017-11-14"
    assert dates.get("اغتيال") == "2017-11-10"


def test_an_act_told_at_length_in_the_markers_clause() -> None:
    dates = _dates(_ar("قال المتحدث إن العملية التي جرت السبت جاءت بعد خمسة أيام من عملية أخرى "
                       "في المنطقة الحدودية الجبلية القريبة من النيجر قتل فيها عشرة مسلحين."))
    assert dates.get("قتل") == "2017-11-06"


def test_some_days_give_no_day() -> None:
    dates = _dates(_ar("قصف الجيش المدينة يوم الثلاثاء بعد أيام من اغتيال ضابط في الشرطة."))
    assert dates.get("قصف") == "2017-11-14"
    assert dates.get("اغتيال") is None
