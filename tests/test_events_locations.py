"""One event per location: coordinated places split an act, nested or repeated places do not."""

from __future__ import annotations

from reading import admin1s as _admin1s
from reading import events_reader

_events = events_reader()



def test_strikes_on_two_cities_are_two_events_with_one_trigger() -> None:
    events = _events("شنت طائرات التحالف غارات على صنعاء ومأرب اليوم الخميس.")
    assert len(events) == 2
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}
    assert len({e.trigger.span for e in events}) == 1
    assert _admin1s(events)[1] == "Ma'rib"


def test_list_joined_by_in_addition_to_splits() -> None:
    events = _events("اعتقلت قسد، الأحد، عشرات الشبان في ريف الحسكة إضافة إلى مدينة الرقة.")
    assert sorted(str(a) for a in _admin1s(events)) == ["Al-Hasakah", "Raqqa"]


def test_two_towns_of_one_governorate_split_and_toll_stays_once() -> None:
    events = _events("قتل خمسة مدنيين في قصف مدفعي على بلدتي كفرنبل وخان شيخون بريف إدلب الجنوبي.")
    names = [e.location.name for e in events if e.location]
    assert len(events) == 2 and len(set(names)) == 2
    assert sum(e.fatalities.best for e in events if e.fatalities) == 5


def test_town_in_its_governorate_is_one_place() -> None:
    events = _events("قتل مدني بانفجار عبوة ناسفة في بلدة ذيبان بريف دير الزور الشرقي.")
    assert len(events) == 1


def test_city_and_its_countryside_nest() -> None:
    assert len(_events("قتل ثلاثة مدنيين في قصف على مدينة حلب وريف حلب الشمالي.")) == 1


def test_road_between_two_cities_is_one_place() -> None:
    text = "اندلعت اشتباكات بين الجيش والمسلحين على الطريق الواصل بين حلب وإدلب."
    assert len(_events(text)) == 1


def test_countries_never_split() -> None:
    events = _events("نفذت الطائرات الأمريكية غارات على سوريا والعراق.")
    assert len(events) == 1


def test_place_then_direction_is_not_a_list() -> None:
    events = _events("انفجرت سيارة مفخخة أمام مسجد في مدينة جسر الشغور غربي مدينة إدلب.")
    assert len(events) == 1


def test_a_nationwide_list_is_no_set_of_events() -> None:
    text = "شنت طائرات النظام خلال الشهر الماضي آلاف الغارات على دمشق وحلب وإدلب وحماة وحمص ودرعا والرقة ودير الزور والحسكة واللاذقية."
    assert len(_events(text)) == 1


def _names(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in _events(text)]


def test_each_place_with_its_own_preposition_splits() -> None:
    names = _names("شنت طائرات التحالف غارات على صنعاء وعلى مأرب.")
    assert names == ["Sanaa", "Ma'rib"]


def test_list_with_generic_noun_before_the_next_place_splits() -> None:
    assert len(_names("شنت طائرات التحالف غارات على مواقع في صنعاء وأخرى في مأرب.")) == 2
    assert len(_names("شنت طائرات التحالف غارات على صنعاء ومناطق في مأرب.")) == 2


def test_direction_aside_after_a_place_keeps_the_list() -> None:
    assert len(_names("شنت طائرات التحالف غارات على صنعاء (شمال) ومأرب (شرق).")) == 2
    assert len(_names("شنت طائرات التحالف غارات على العاصمة صنعاء شمالا ومأرب شرقا.")) == 2


def test_surroundings_of_a_place_keep_the_list() -> None:
    assert len(_names("قصفت قوات النظام بلدة سراقب ومحيطها وبلدة كفرنبل.")) == 2


def test_in_addition_to_beside_splits() -> None:
    assert len(_names("شنت طائرات التحالف غارات على صنعاء إلى جانب مأرب.")) == 2


def test_town_with_its_governorate_then_another_town_splits() -> None:
    names = _names("قصف الطيران الروسي بلدة سراقب بريف إدلب الشرقي ومدينة معرة النعمان.")
    assert len(names) == 2 and "Idlib" not in names


def test_towns_each_with_a_direction_of_their_governorate_split() -> None:
    names = _names("قصفت قوات النظام بلدة كفرنبل جنوب إدلب وبلدة سراقب شرق إدلب.")
    assert len(names) == 2 and "Idlib" not in names
    assert len(_names("قصفت قوات النظام بلدة كفرنبل جنوب إدلب وبلدة صوران شمال حماة.")) == 2


def test_a_sources_places_are_no_scenes() -> None:
    assert _names("قال مصدران في صنعاء وعدن إن غارات استهدفت مأرب اليوم.") == ["Ma'rib"]
    assert len(_names("أفاد مراسلونا في صنعاء وعدن بأن غارات استهدفت مأرب.")) == 1


def test_places_fire_came_from_are_no_scenes() -> None:
    assert len(_names("أطلق الحوثيون صواريخ من صعدة وحجة على مأرب.")) == 1
    assert _names("قصفت قوات النظام مأرب بصواريخ انطلقت من صنعاء وعمران.") == ["Ma'rib"]


def test_arrests_from_two_cities_still_split() -> None:
    assert len(_names("اعتقلت قوات الاحتلال فلسطينيين من الخليل ونابلس.")) == 2


def test_generic_noun_with_a_short_description_before_the_next_place_splits() -> None:
    text = "شنت طائرات التحالف غارات على مواقع تابعة للحوثيين في صنعاء ومواقع تابعة لهم في صعدة."
    assert len(_names(text)) == 2
    assert len(_names("شنت طائرات التحالف غارات على صنعاء ومناطق متفرقة من مأرب.")) == 2


def test_bracketed_governorate_after_a_town_keeps_the_list() -> None:
    names = _names("قتل أربعة مدنيين في قصف على بلدتي سراقب (ريف إدلب) وكفرنبل.")
    assert len(names) == 2 and "Idlib" not in names


def test_adjective_after_a_place_keeps_the_list() -> None:
    assert len(_names("قصفت قوات النظام مدينة دوما المحاصرة وبلدة حرستا.")) == 2


def test_english_coordinators_join_places() -> None:
    from marsad.assemble.locations import _JOINER

    for between in (", ", " and ", ", and in ", " and the town of "):
        assert _JOINER.fullmatch(between), between
    assert not _JOINER.fullmatch(" west of ")


def test_protests_turning_out_in_two_towns_are_two_events() -> None:
    # "مظاهرات" names a protest by itself: no motive is needed as it is for a crowd turning out.
    events = _events("خرجت مظاهرات في حلب وفي إدلب اليوم.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"] * 2
    assert len({e.location.name for e in events if e.location}) == 2


def test_town_near_a_bigger_place_then_another_town_splits() -> None:
    names = _names("قصف التحالف بلدة ذيبان قرب مدينة الميادين وبلدة هجين.")
    assert names == ["Dhībān", "Hajīn"]
    assert len(_names("قصف التحالف بلدة ذيبان شرق دير الزور وبلدة هجين.")) == 2


def test_an_unknown_member_does_not_break_the_list() -> None:
    # The middle village is not in the gazetteer: the two known places still get an event each.
    assert _names("قصفت قوات النظام بلدات كفرنبل والتح وحيش.") == ["Kafranbel", "Ḩīsh"]
    assert len(_names("قصفت قوات النظام بلدات كفرنبل، التح، حيش.")) == 2


def test_the_capital_named_after_a_coordinator_is_a_list_member() -> None:
    assert _names("شنت طائرات التحالف غارات على صعدة والعاصمة صنعاء.") == ["Sa'dah", "Sanaa"]
    assert len(_names("شنت طائرات التحالف غارات على صنعاء والعاصمة المؤقتة عدن.")) == 2


def test_fighting_summed_up_over_fronts_stays_one_event() -> None:
    events = _events("تتواصل المعارك بين الجيش والحوثيين على جبهات صعدة وحجة والجوف.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].specificity in ("recurring", "trend")


def test_dated_clashes_at_two_places_still_split() -> None:
    events = _events("اندلعت اشتباكات عنيفة اليوم الخميس بين الجيش والحوثيين في مأرب وتعز.")
    assert sorted(str(a) for a in _admin1s(events)) == ["Ma'rib", "Ta'izz"]


def test_fire_from_one_province_onto_another_is_placed_at_the_target() -> None:
    events = _events("سقطت قذائف أطلقت من محافظة صعدة على منطقة جازان صباح اليوم.")
    assert _admin1s(events) == ["Jazan Region"]


def test_shelling_launched_from_a_border_province_is_placed_where_it_lands() -> None:
    text = "قصفت المدفعية التركية انطلاقا من ولاية كلس مواقع للوحدات الكردية في بلدة تل رفعت."
    assert _admin1s(_events(text)) == ["Aleppo"]


def test_a_place_after_from_with_no_aimed_place_stays_the_scene() -> None:
    events = _events("قتل ثلاثة مدنيين بقصف مدفعي على حي قريب من مدينة حرستا مساء أمس.")
    assert [e.location.text for e in events if e.location] == ["مدينة حرستا"]
