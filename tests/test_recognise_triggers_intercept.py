"""A missile or shell governed by an interception verb, its subject between them allowed, is
Disrupted weapons use (one act when the verb is past); a weapon something was downed with, and
a crewed aircraft shot down, are not."""

from __future__ import annotations

from reading import events_reader

_events = events_reader()


def test_an_intercepted_missile_is_disrupted_weapons_use() -> None:
    events = _events("واعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته الميليشيات الحوثية "
                     "باتجاه مدينة جازان.")
    assert [(e.sub_event_type, e.specificity) for e in events] == [
        ("Disrupted weapons use", "specific")]
    events = _events("وقال الجيش إن منظومات الدفاع الجوي تصدت لصواريخ أطلقتها القوات المعادية فجر السبت.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_fired_missile_and_a_downed_aircraft_are_attacks() -> None:
    assert [e.sub_event_type for e in _events("وأطلق الحوثيون صاروخا على مدينة جازان.")] == [
        "Shelling/artillery/missile attack"]
    subs = [e.sub_event_type for e in _events("وأسقطت مروحية عسكرية في ريف المدينة أثناء المعارك.")]
    assert "Disrupted weapons use" not in subs and subs


def test_interceptions_told_with_a_managing_verb_or_tasadda_are_one_act() -> None:
    for text in ("وتمكنت قوات الدفاع الجوي الملكي السعودي من اعتراض صاروخ أطلقه الحوثيون باتجاه "
                 "خميس مشيط.",
                 "وتصدت الدفاعات الجوية لصاروخ أطلقه الحوثيون على جازان."):
        assert [(e.sub_event_type, e.specificity) for e in _events(text)] == [
            ("Disrupted weapons use", "specific")], text
