"""Precision rules of the merge (round two): a pattern over listed places, one incident named
twice. Our own report-style sentences, full pipeline."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-07-16")


def test_a_flight_pattern_over_listed_places_is_one_event() -> None:
    text = ("وقال ناشطون إن فرار الشبان من التجنيد يتواصل منذ أشهر في ريفي حلب والحسكة"
            " إضافة إلى مدينة الرقة.")
    flight = [e for e in _events(text) if e.event_type == "marsad:Displacement/Migration"]
    assert len(flight) == 1
    assert flight[0].specificity in ("recurring", "trend")


def test_strikes_on_listed_towns_still_split() -> None:
    text = "شنت طائرات حربية، الأحد، غارات جوية على مدينتي صنعاء ومأرب."
    assert len(_events(text)) == 2


def test_an_incident_told_again_with_the_same_toll_is_one_event() -> None:
    text = ("قتل تسعة أشخاص في هجوم انتحاري استهدف مقر المفوضية في طرابلس، الأربعاء.\n"
            "وقال مسؤول إن مسلحين أطلقوا النار على حراس المبنى ما خلف تسعة قتلى.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_two_sides_acts_with_the_same_toll_stay_apart() -> None:
    text = ("قتل خمسة مدنيين بقصف بقذائف الهاون شنه تنظيم داعش على أحياء مدينة دير الزور،"
            " الأربعاء.\n"
            "وردت قوات النظام بغارات جوية على أحياء يسيطر عليها تنظيم داعش في دير الزور"
            " ما أسفر عن مقتل خمسة مدنيين.")
    subs = sorted(e.sub_event_type or "" for e in _events(text))
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_the_toll_of_violence_in_general_in_a_statement_is_no_event() -> None:
    text = ("وقال المتحدث باسم الخارجية إن الحركة تتحمل المسؤولية عن أحداث العنف التي"
            " تتواصل منذ أسابيع وسقط خلالها العديد من القتلى.")
    assert _events(text) == []


def test_a_dated_toll_of_violence_stays_an_event() -> None:
    text = "أسفرت أعمال العنف في مدينة البصرة أمس عن مقتل خمسة أشخاص."
    assert len(_events(text)) == 1


def test_a_tally_of_those_killed_or_arrested_is_one_pattern() -> None:
    text = ("وبحسب وزارة الداخلية فإن 80 من المسلحين قتلوا أو اعتقلوا خلال الأشهر الستة الماضية "
            "في ولايات الشرق.")
    found = _events(text)
    assert len(found) == 1, [(e.sub_event_type, e.specificity) for e in found]


def test_a_toll_of_violence_in_general_with_no_day_or_place_is_no_event() -> None:
    text = ("وقال المتحدث إن الحركة هي المسؤولة عن أحداث العنف التي وقعت وسقط خلالها العديد من "
            "القتلى.")
    assert _events(text) == []
