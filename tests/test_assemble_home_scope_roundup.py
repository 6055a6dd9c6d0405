"""A round-up's home place is lent only when its region leads the regions named so far: an act
told after another region's item, with that region named as often, stays unplaced
(``home_scope._leads``); one told before any rival is named keeps it."""

from __future__ import annotations

from reading import by_trigger, events_reader

_read = events_reader(published="2018-06-14")

# Two items on two governorates (one named again), then an act no sentence places.
_ROUNDUP = (
    "قتل ثلاثة مدنيين في قصف للحوثيين على مدينة تعز اليوم الخميس.{more}\n"
    "وفي محافظة مأرب، قتل جنديان في اشتباكات مع مسلحين قبليين.\n"
    "وأعلنت قوات الأمن اعتقال خمسة مطلوبين خلال حملة دهم."
)


def test_home_place_tied_with_another_region_is_not_lent() -> None:
    arrest = by_trigger(_read(_ROUNDUP.format(more="")), "اعتقال")
    assert arrest.location is None
    assert "another region named as often as the home place so far: not lent" in arrest.notes


def test_home_place_named_more_than_any_other_region_is_lent() -> None:
    more = " وتعيش مدينة تعز حصارا خانقا منذ ثلاث سنوات."
    arrest = by_trigger(_read(_ROUNDUP.format(more=more)), "اعتقال")
    assert arrest.location is not None and arrest.location.admin1 == "Ta'izz"


def test_a_place_named_for_another_role_is_no_rival() -> None:
    # A capital standing for its government (دعت صنعاء) counts for no region.
    text = ("قتل ثلاثة مدنيين في قصف على مدينة تعز اليوم الخميس.\n"
            "ودعت صنعاء إلى التهدئة.\n"
            "وأعلنت قوات الأمن اعتقال خمسة مطلوبين خلال حملة دهم.")
    arrest = by_trigger(_read(text), "اعتقال")
    assert arrest.location is not None and arrest.location.admin1 == "Ta'izz"


def test_an_act_told_before_the_other_region_keeps_the_home_place() -> None:
    text = ("اندلعت اشتباكات عنيفة بين مسلحين قبليين اليوم الخميس.\n"
            "وقال سكان إن المعارك تدور في مدينة تعز منذ الصباح.\n"
            "وفي محافظة مأرب، قتل جنديان في هجوم لمسلحين.")
    clash = by_trigger(_read(text), "اشتباكات")
    assert clash.location is not None and clash.location.admin1 == "Ta'izz"
