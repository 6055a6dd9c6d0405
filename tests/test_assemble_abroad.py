"""An act its own clause places in another country keeps that country, not the home place."""

from __future__ import annotations

from reading import by_trigger, events_reader

_read = events_reader(published="2018-06-14")

# A story on Yemen (three mentions of Ibb); its last sentence tells of an act abroad.
_STORY = (
    "قتل ثلاثة مدنيين في قصف للحوثيين على مدينة إب اليوم الخميس.\n"
    "وقال مصدر محلي في محافظة إب إن القصف استهدف أحياء سكنية وسط إب.\n"
    "{other}"
)


def test_act_in_another_country_takes_that_country() -> None:
    events = _read(_STORY.format(other="وفي سياق آخر اعتقلت الشرطة في ألمانيا شابا يشتبه بانتمائه لتنظيم داعش."))
    arrest = by_trigger(events, "اعتقل")
    assert arrest.location is not None
    assert arrest.location.country == "DE" and arrest.location.admin1 is None
    assert by_trigger(events, "قصف").location is not None


def test_act_with_no_country_keeps_the_home_place() -> None:
    events = _read(_STORY.format(other="وفي سياق آخر اعتقلت الشرطة شابا يشتبه بانتمائه لتنظيم داعش."))
    arrest = by_trigger(events, "اعتقل")
    assert arrest.location is not None and arrest.location.admin1 == "Ibb"


def test_country_that_acts_or_lies_far_from_the_trigger_places_nothing() -> None:
    # A country as the one who speaks, and one named far along the clause, leave the home place.
    events = _read(_STORY.format(
        other="واعتقلت الشرطة شابا قالت ألمانيا إنه كان يعمل منذ سنوات طويلة لصالح التنظيم في ألمانيا."))
    arrest = by_trigger(events, "اعتقل")
    assert arrest.location is not None and arrest.location.admin1 == "Ibb"


def test_english_act_in_another_country_takes_that_country() -> None:
    text = ("Three civilians were killed in Houthi shelling on the city of Ibb on Thursday. "
            "A local official in Ibb said the shelling hit homes in central Ibb.\n"
            "Separately, police arrested a man in Germany suspected of links to the group.")
    arrest = by_trigger(_read(text, language="en"), "arrest")
    assert arrest.location is not None
    assert arrest.location.country == "DE" and arrest.location.admin1 is None


# A story on Riyadh (three mentions); its last sentence tells of strikes on another country.
_RIYADH = (
    "اعترضت الدفاعات الجوية السعودية صاروخا بالستيا فوق الرياض اليوم الخميس.\n"
    "وقال مسؤول في الرياض إن شظايا الصاروخ سقطت في حي سكني شمال الرياض.\n"
    "{other}"
)


def test_strikes_aimed_at_another_country_land_there() -> None:
    events = _read(_RIYADH.format(other="وشنت طائرات التحالف لاحقا غارات جديدة على اليمن."))
    strikes = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strikes.location is not None and strikes.location.country == "YE"


def test_country_aimed_at_before_the_trigger_is_another_acts() -> None:
    events = _read(_STORY.format(
        other="وأطلق الحوثيون صواريخ باتجاه السعودية وقتل قائدهم في غارة جوية."))
    strike = by_trigger(events, "غارة")
    assert strike.location is not None and strike.location.admin1 == "Ibb"
