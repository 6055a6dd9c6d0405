"""Al-Shabaab, Boko Haram and the Taliban are armed actors (and conflict context for the weak
cues of their sentences); killing "رميا بالرصاص" (shot dead, an execution) is an Attack."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-10-10")


def test_named_armed_groups_are_the_actor_of_their_acts() -> None:
    cases = {
        "قتلت حركة الشباب ثلاثة مدنيين في مدينة كسمايو أمس.": "Al Shabaab",
        "هاجم مسلحو جماعة بوكو حرام قرية في ولاية بورنو أمس.": "Boko Haram",
        "قتلت حركة طالبان ثلاثة مدنيين في ولاية قندهار الأفغانية أمس.": "Taliban",
    }
    for text, name in cases.items():
        events = _events(text)
        assert events, text
        assert events[0].actor1 is not None and events[0].actor1.name.startswith(name), text


def test_men_shot_dead_by_an_armed_group_are_attacked_civilians() -> None:
    events = _events("قتلت حركة الشباب خمسة رجال رميا بالرصاص بتهمة التجسس في مدينة كسمايو أمس.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")]


def test_a_sentence_to_be_shot_is_still_no_event() -> None:
    assert _events("قضت المحكمة بإعدام ثلاثة مدانين رميا بالرصاص في مدينة بغداد أمس.") == []


def test_a_youth_movement_outside_somalia_is_no_armed_group() -> None:
    events = _events("نظمت حركة الشباب المصري وقفة احتجاجية سلمية في القاهرة أمس.")
    assert all(e.actor1 is None or "Shabaab" not in e.actor1.name for e in events)
