"""The act answered ("ردا على الهجوم"، "انتقاما لمقتل") came before the answer: a date standing
before the answer words dates the answer, not the act answered, which keeps no date of its own
from it (a date after it is still its own). Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_ar = events_reader(published="2017-11-16")


def _dates(events: list[Event]) -> dict[str, tuple[str | None, str | None]]:
    return {e.trigger.text: (e.date.start, e.date.end) for e in events}


def test_the_answered_strikes_do_not_take_the_claims_day() -> None:
    dates = _dates(_ar("تبنت الجماعة الثلاثاء تفجير سيارة مفخخة قرب مركز للشرطة ردا على "
                       "الغارات الجوية على مواقعها في ريف الرقة."))
    assert dates.get("سيارة مفخخة") == ("2017-11-14", "2017-11-14")
    assert dates.get("غارات الجوية") == (None, None)


def test_the_answered_bombing_does_not_take_the_raids_day() -> None:
    dates = _dates(_ar("شنت الطائرات الحربية أمس غارات على مواقع التنظيم ردا على تفجير سيارة "
                       "مفخخة قرب حاجز للجيش في ريف حماة."))
    assert dates.get("غارات") == ("2017-11-15", "2017-11-15")
    assert dates.get("سيارة مفخخة") == (None, None)


def test_a_date_after_the_answered_act_is_still_its_own() -> None:
    dates = _dates(_ar("اغتال مسلحون أمس ضابطا في الشرطة انتقاما لاعتقال قائدهم قبل أسبوع."))
    assert dates.get("اغتال") == ("2017-11-15", "2017-11-15")
    arrest = dates.get("اعتقال")
    assert arrest is not None and arrest[0] is not None and str(arrest[0]) < "2017-11-15"
