"""Event assembly: roles, location, dates by specificity, casualties, quantities, merging."""

from __future__ import annotations

from marsad.events import assemble
from marsad.model import Document, Event, Mention, Span
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.recognise.specificity import SpecificityRecogniser
from marsad.recognise.triggers import TriggerRecogniser
from marsad.text.view import view


def _m(text: str, kind: str, phrase: str, value: object, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(kind, Span(start, start + len(phrase)), phrase, value, "test")  # type: ignore[arg-type]


def _actor(text: str, phrase: str, aid: str, name: str, inter: int) -> Mention:
    return _m(text, "actor", phrase, {"id": aid, "name": name, "type": inter})


def _events(text: str, extra: list[Mention]) -> list[Event]:
    v = view(Document("t", text, "ar", "t"))
    found: list[Mention] = list(extra)
    for rec in (SpecificityRecogniser(), CasualtyRecogniser(), TriggerRecogniser()):
        found += rec(v, found)
    found.sort(key=lambda m: (m.span.start, m.span.end, m.kind))  # as Reader.read does
    events, _ = assemble(v, found)
    for e in events:
        assert text[e.trigger.span.start : e.trigger.span.end] == e.trigger.text
    return events


IDLIB = {"name": "Idlib", "level": "admin1", "country": "SY", "admin1": "Idlib",
         "geonames_id": 169387, "lat": 35.77, "lon": 36.67}


def test_agent_from_min_qibal_and_target_from_didd() -> None:
    text = "وشنت الفصائل هجوما على حاجز من قبل مقاتلي هيئة تحرير الشام ضد قوات النظام."
    actors = [
        _actor(text, "هيئة تحرير الشام", "hts", "Hayat Tahrir al-Sham", 2),
        _actor(text, "قوات النظام", "syria-army", "Military Forces of Syria", 1),
    ]
    (e,) = _events(text, actors)
    assert e.actor1 is not None and e.actor1.id == "hts"
    assert e.actor2 is not None and e.actor2.id == "syria-army"
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


def test_arrest_by_non_state_group_is_abduction() -> None:
    text = "اعتقل مسلحو الفصيل ثلاثة شبان في البلدة."
    (e,) = _events(text, [_actor(text, "مسلحو الفصيل", "faction-x", "Faction X", 3)])
    assert e.sub_event_type == "Abduction/forced disappearance"
    text = "اعتقلت قوات الأمن ثلاثة شبان في البلدة."
    (e,) = _events(text, [_actor(text, "قوات الأمن", "police-x", "Police Forces", 1)])
    assert e.sub_event_type == "Arrests"


def test_location_from_the_sentence_and_country_gives_no_point() -> None:
    text = "قصفت الطائرات الحربية ريف إدلب في سوريا."
    places = [_m(text, "place", "إدلب", IDLIB),
              _m(text, "place", "سوريا", {"name": "Syria", "level": "country", "country": "SY"})]
    (e,) = _events(text, places)
    assert e.location is not None and e.location.admin1 == "Idlib"
    text = "قصفت الطائرات الحربية مواقع في سوريا."
    (e,) = _events(text, [places[1].__class__("place", Span(text.index("سوريا"), text.index("سوريا") + 5),
                                              "سوريا", places[1].value, "test")])
    assert e.location is not None and e.location.lat is None and e.location.geo_precision is None


def test_specific_event_carries_resolved_date_pattern_event_does_not() -> None:
    date = {"start": "2018-05-01", "end": "2018-05-01", "time_precision": 1, "relative": True,
            "resolved": True}
    text = "قصفت الطائرات الحربية بلدة سراقب أمس."
    (e,) = _events(text, [_m(text, "date", "أمس", date)])
    assert e.specificity == "specific" and e.date.start == "2018-05-01"
    text = "تتواصل عمليات الاغتيال في المنطقة. وقالت المصادر إن الطائرات قصفت البلدة أمس."
    pattern, dated = _events(text, [_m(text, "date", "أمس", date)])
    assert pattern.specificity == "recurring" and pattern.date.start is None
    assert dated.specificity == "specific" and dated.date.start == "2018-05-01"
    text = "تتواصل عمليات الاغتيال في المنطقة."
    (e,) = _events(text, [])
    assert e.specificity == "recurring" and e.date.start is None


def test_historical_and_denied() -> None:
    (e,) = _events("فرض التنظيم التجنيد على الشبان قبل أربع سنوات.", [])
    assert e.specificity == "historical"
    (e,) = _events("نفى الجيش قصف المستشفى بالطيران.", [])
    assert e.specificity == "denied"


def test_killed_and_wounded_go_to_the_event() -> None:
    (e,) = _events("قتل 4 مدنيين وأصيب 9 آخرون في غارة جوية على البلدة.", [])
    assert e.sub_event_type == "Air/drone strike"
    assert e.fatalities is not None
    assert (e.fatalities.low, e.fatalities.best, e.fatalities.high) == (4, 4, 4)
    assert e.fatalities.wounded == 9


def test_vague_toll_gives_a_range() -> None:
    (e,) = _events("أسفر القصف المدفعي عن مقتل عشرات المدنيين.", [])
    assert e.fatalities is not None
    assert (e.fatalities.low, e.fatalities.best, e.fatalities.high) == (20, 20, 99)


def test_money_quantity_goes_to_the_nearest_trigger() -> None:
    text = "يرغب الشبان بالفرار ويتفقون مع مهربين لقاء 1000 دولار للشخص."
    q = _m(text, "quantity", "1000 دولار للشخص",
           {"min": 1000, "max": 1000, "unit": "USD", "per": "person", "measure": "money"})
    events = _events(text, [q])
    holders = [e for e in events if e.quantities]
    assert len(holders) == 1 and "مهرب" in holders[0].trigger.text


def test_repeats_of_one_pattern_merge_into_one_event() -> None:
    text = "تتواصل عمليات الاغتيال في ريف إدلب.\nوقالت المصادر إن عمليات الاغتيال مستمرة."
    events = _events(text, [_m(text, "place", "إدلب", IDLIB)])
    assert len(events) == 1 and "merged" in events[0].notes


def test_one_cue_repeated_in_a_sentence_gives_one_event() -> None:
    events = _events("شنت الطائرات غارات على البلدة وأدت الغارات إلى دمار كبير.", [])
    assert len(events) == 1


def test_protest_with_arrests_is_one_intervention_event() -> None:
    events = _events("تظاهر المئات في الساحة واعتقلت الشرطة عددا منهم.", [])
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Protests", "Protest with intervention")
    ]


def test_no_event_without_a_trigger() -> None:
    text = ("افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات الناشرين. "
            "وارتفعت أسعار النفط في الأسواق العالمية هذا الأسبوع.")
    assert _events(text, []) == []


def test_threats_are_not_events() -> None:
    events = _events("هدد التنظيم بشن هجمات على المدينة.", [])
    assert all(e.specificity == "hypothetical" for e in events)


def test_a_later_toll_reports_the_incident_and_joins_it() -> None:
    text = "انفجرت عبوة ناسفة بسيارة مدنية في البلدة.\nوأعلنت الشرطة مقتل ثلاثة أشخاص."
    (e,) = _events(text, [])
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.fatalities is not None and e.fatalities.best == 3
    assert e.specificity == "specific"  # انفجرت: the device went off, one incident


def test_a_definite_noun_refers_back_to_its_event() -> None:
    text = "قصفت الطائرات الحربية بلدة سراقب في ريف إدلب.\nوأدى القصف إلى دمار كبير في المنازل."
    events = _events(text, [_m(text, "place", "إدلب", IDLIB)])
    assert len(events) == 1 and events[0].sub_event_type == "Air/drone strike"


def test_an_answer_to_another_incident_stays_apart() -> None:
    text = "تبنى الحزب هجوما بسيارة مفخخة في المدينة ردا على الغارات الجوية على قواعده."
    subs = {e.sub_event_type for e in _events(text, [])}
    assert subs == {"Remote explosive/landmine/IED", "Air/drone strike"}


def test_a_year_before_the_report_is_background() -> None:
    # (a flight of then is no event at all: tests/test_recognise_triggers_flight.py)
    text = "ويستذكر أهالي القرية مجزرة ارتكبتها العصابات فيها عام 1948."
    v = view(Document("t", text, "ar", "t", published="2018-05-01"))
    found: list[Mention] = [_m(text, "date", "عام 1948", {"start": None, "year": 1948})]
    for rec in (SpecificityRecogniser(), CasualtyRecogniser(), TriggerRecogniser()):
        found += rec(v, found)
    found.sort(key=lambda m: (m.span.start, m.span.end, m.kind))  # as Reader.read does
    events, _ = assemble(v, found)
    assert [e.specificity for e in events] == ["historical"]


def test_a_day_in_the_sentence_makes_the_incident_specific() -> None:
    date = {"start": "2018-05-01", "end": "2018-05-01", "time_precision": 1, "relative": True,
            "resolved": True}
    text = "قال الجيش إن مسلحين فتحوا النار على مدنيين، الثلاثاء، في بلدة الطارمية."
    (e,) = _events(text, [_m(text, "date", "الثلاثاء", date)])
    assert e.specificity == "specific" and e.date.start == "2018-05-01"
