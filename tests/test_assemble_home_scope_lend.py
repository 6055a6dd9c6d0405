"""A place from outside an act's clause is lent once, by one predicate; never lent and taken back.

The scene country an act's own clause names (``scene.scene_country``) is one test for both
readers: the home place's lending and the choice against a place of another country.
"""

from __future__ import annotations

from reading import by_trigger, events_reader

from marsad.assemble.candidate import Candidate
from marsad.model import Mention, Place, Span

_read = events_reader(published="2018-06-14")

# A story on Yemen (three mentions of Ibb); its last sentence tells of another act.
_STORY = (
    "قتل ثلاثة مدنيين في قصف للحوثيين على مدينة إب اليوم الخميس.\n"
    "وقال مصدر محلي في محافظة إب إن القصف استهدف أحياء سكنية وسط إب.\n"
    "{other}"
)


# A story on Riyadh (three mentions); its last sentence tells of fire aimed at another country.
_RIYADH = (
    "اعترضت الدفاعات الجوية السعودية صاروخا بالستيا فوق الرياض اليوم الخميس.\n"
    "وقال مسؤول في الرياض إن شظايا الصاروخ سقطت في حي سكني شمال الرياض.\n"
    "{other}"
)


def test_fire_aimed_towards_another_country_lands_there() -> None:
    # تجاه / اتجاه name where fire is aimed as باتجاه does.
    for towards in ("تجاه", "اتجاه", "باتجاه"):
        events = _read(_RIYADH.format(other=f"وأطلقت المدفعية لاحقا قذائف {towards} اليمن."))
        fire = by_trigger(events, "قذائف")
        assert fire.location is not None
        assert fire.location.country == "YE" and fire.location.admin1 is None


def test_old_act_in_another_country_keeps_that_country() -> None:
    # A background act dated years back borrows no home place, but its own clause's country
    # is its own.
    events = _read(_STORY.format(other="وكان المتهم قد اعتقل في لبنان عام 2013 قبل أن يطلق سراحه."))
    arrest = by_trigger(events, "اعتقل")
    assert arrest.location is not None and arrest.location.country == "LB"


def test_old_act_with_no_place_of_its_own_borrows_none() -> None:
    events = _read(_STORY.format(other="وكان مسلحون قد اختطفوا صحفيا عام 2015 وأطلقوا سراحه لاحقا."))
    abduction = next(e for e in events if e.sub_event_type == "Abduction/forced disappearance")
    assert abduction.location is None
    assert "background act: home place not lent" in abduction.notes


def test_refused_place_leaves_no_trace_of_having_been_lent() -> None:
    # The home place refused to the old act is not named in its notes as dropped after lending.
    events = _read(_STORY.format(other="وكان مسلحون قد اختطفوا صحفيا عام 2015 وأطلقوا سراحه لاحقا."))
    for e in events:
        assert "dropped" not in e.notes


def test_unplacing_drops_an_offered_place_and_its_flag() -> None:
    place = Place(text="إب", span=Span(0, 2), name="Ibb", admin1="Ibb", country="YE")
    c = Candidate(Mention("trigger", Span(5, 8), "قصف", None, "t"), 0, 0, 0, False,
                  "Battles", "Armed clash", None, "clash", "noun", "strong")
    assert c.location is None and c.location_rank > 4 and not c.offered
    c.location, c.location_rank, c.offered = place, 3, True
    c.unplace("test")
    assert c.location is None and c.location_rank > 4 and not c.offered
