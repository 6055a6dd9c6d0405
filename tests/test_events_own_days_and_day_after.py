"""Days read from unannotated reports: a day after "التي وقعت" dates that act, not a statement
(so it beats the statement day of an earlier mention); غداة X puts X on the day before the act
its sentence dates, and no day across غداة dates the other act. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-06")  # a Saturday


def test_a_day_after_took_place_beats_the_statement_day() -> None:
    text = (
        "أعلنت وزارة الداخلية، السبت، أن عبوة ناسفة كانت وراء انفجار سيارة للشرطة في بلدة "
        "الرمثا، ما أدى إلى مقتل شرطي.\n"
        "وقالت الوزارة في بيانها: \"إثر حادثة الانفجار التي وقعت مساء أمس (الجمعة) لسيارة "
        "الشرطة في بلدة الرمثا، باشرت الفرق المختصة التحقيق\"."
    )
    blasts = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert len(blasts) == 1
    assert blasts[0].date.start == "2021-03-05"


def test_a_statement_day_still_dates_a_report_with_no_other_day() -> None:
    text = "أعلنت وزارة الداخلية، السبت، أن عبوة ناسفة انفجرت بسيارة للشرطة في بلدة الرمثا."
    blasts = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert [e.date.start for e in blasts] == ["2021-03-06"]


def test_the_act_named_after_ghadat_took_place_the_day_before() -> None:
    text = ("قصفت المدفعية الإسرائيلية مواقع في قطاع غزة مساء السبت غداة اشتباكات عنيفة "
            "على الحدود قتل فيها فلسطينيان.")
    by_type = {e.sub_event_type: e for e in _events(text)}
    assert by_type["Armed clash"].date.start == "2021-03-05"
    assert by_type["Shelling/artillery/missile attack"].date.start == "2021-03-06"
    # the evidence holds the day it was counted from
    span = by_type["Armed clash"].date.span
    assert span is not None and "السبت" in text[span.start : span.end]


def test_a_day_after_ghadat_is_the_earlier_acts_own() -> None:
    text = ("وقتل ثلاثة جنود في هجوم على حاجز للجيش في ولاية نانغرهار، غداة تفجير انتحاري "
            "استهدف قوات الأمن مساء الخميس.")
    by_type = {e.sub_event_type: e for e in _events(text)}
    assert by_type["Suicide bomb"].date.start == "2021-03-04"
    attack = next(e for e in _events(text) if e.sub_event_type != "Suicide bomb")
    assert attack.date.start != "2021-03-04"


def test_two_days_after_counts_back_two_days() -> None:
    text = ("قتل جنديان في هجوم على حاجز للجيش في مدينة العريش السبت، بعد يومين من تفجير "
            "استهدف دورية للشرطة.")
    by_type = {e.sub_event_type: e for e in _events(text)}
    assert by_type["Remote explosive/landmine/IED"].date.start == "2021-03-04"
    assert by_type["Armed clash"].date.start == "2021-03-06"


def test_days_after_gives_the_earlier_act_no_day() -> None:
    text = ("أعلنت وزارة الدفاع، السبت، أن قواتها اعتقلت خمسة مسلحين، بعد أيام من قصف مدفعي "
            "استهدف مواقعها في ريف حلب.")
    shelling = [e for e in _events(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and all(e.date.start is None for e in shelling)
