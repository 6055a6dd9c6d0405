"""The past verbs saying an act took place are said once (markers.OCCURRED): the reporting-day
reader and the specificity judge both read حصل as they read وقع. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.markers import HAPPENED_VERBS, OCCURRED

_events = events_reader(published="2018-06-13")


def test_the_past_verbs_of_occurrence_are_among_the_happened_verbs() -> None:
    assert {"وقع", "وقعت", "حصل", "حصلت"} <= OCCURRED <= HAPPENED_VERBS


def test_a_noun_with_a_verb_of_occurrence_after_it_tells_one_incident() -> None:
    for verb in ("وقعت", "حصلت"):
        found = _events(f"وقالت المنظمة إن مجزرة {verb} في ريف المدينة راح ضحيتها مدنيون.")
        assert [e.specificity for e in found] == ["specific"], verb
