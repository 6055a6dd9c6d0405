"""Which act a date dates (marsad.assemble.date_scope): relative clauses continuing a منذ
period, acts after "after" or in the pluperfect, and a later back-reference naming the day.
Report-style sentences of our own, read with the real recognisers."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_events = events_reader(published="2018-03-01")


def _dated(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in events if e.date.start is not None]


def test_relative_clause_after_a_comma_stays_inside_the_since_period() -> None:
    text = ("قتل نحو 60 شخصا برصاص قوات الأمن منذ بدء موجة الاحتجاجات في المدينة، "
            "التي انطلقت في 12 كانون الثاني الماضي.")
    assert _dated(_events(text)) == []
    # Without منذ the same day dates the act.
    assert _dated(_events("قتل ثلاثة متظاهرين برصاص قوات الأمن في 12 شباط الماضي.")) == [
        ("2018-02-12", "2018-02-12")]


def test_act_after_bad_takes_no_month_of_the_later_act() -> None:
    text = "وكانت الحكومة قد فرضت حظر التجول في منتصف كانون الثاني، إثر الهجوم الذي استهدف مركزا للشرطة."
    attacks = [e for e in _events(text) if e.event_type != "Strategic developments"]
    assert attacks and all(e.date.start is None for e in attacks)


def test_act_after_bad_keeps_a_day() -> None:
    # "Killed yesterday after an attack": a day report, the attack is that day.
    events = _events("قتل جنديان أمس بعد هجوم مسلح على حاجز للجيش في ريف درعا.")
    assert ("2018-02-28", "2018-02-28") in _dated(events)


def test_pluperfect_clause_takes_no_month_of_the_clause_before() -> None:
    text = ("أفرجت السلطات عن الناشط في كانون الثاني الماضي، "
            "وكان الناشط قد اعتقل خلال احتجاجات على رفع أسعار الخبز.")
    assert all(e.date.start != "2018-01-01" for e in _events(text))


def test_back_reference_with_a_day_refines_last_week() -> None:
    text = ("قال متحدث عسكري إن جنودا قتلوا نحو 12 مسلحا الأسبوع الماضي خلال عملية قرب الحدود.\n"
            "وأوضح المتحدث أن العملية التي جرت السبت استمرت ساعات.")
    events = _events(text, published="2018-02-23")
    assert ("2018-02-17", "2018-02-17") in _dated(events)
    assert all(e.date.time_precision == 1 for e in events if e.date.start)


def test_day_outside_the_week_does_not_refine_it() -> None:
    text = ("قال متحدث عسكري إن جنودا قتلوا نحو 12 مسلحا الأسبوع الماضي خلال عملية قرب الحدود.\n"
            "وأوضح المتحدث أن الزيارة التي جرت أمس تناولت الوضع الأمني.")
    events = _events(text, published="2018-02-23")
    killed = [e for e in events if e.trigger.text == "قتلوا"]
    assert killed and killed[0].date.time_precision == 2
