"""A country named as the scene right by the trigger ("اعتقلت الشرطة في ألمانيا") beats a place
of another country from elsewhere in the sentence or from a relative clause after it; a country
that only qualifies the place before it ("من كرمنشاه بإيران") is no scene. A toll told as the
outcome of "that" (نتج عن ذلك) belongs to the first act of the sentence before."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-05-10")


def _where(text: str, family: str) -> list[str | None]:
    return [e.location.country if e.location else None for e in read(text)
            if e.event_type.startswith(family) or (e.sub_event_type or "").startswith(family)]


def test_relative_clause_place_abroad_does_not_place_the_arrest() -> None:
    text = ("أوقفت أجهزة الأمن التركية في سوريا مشتبها به في التفجير الذي استهدف مدينة "
            "الريحانية التركية.")
    assert _where(text, "Arrests") == ["SY"]


def test_place_of_another_clause_does_not_beat_the_scene_country() -> None:
    text = ("بعد أيام من تفجير استهدف سوقا في مدينة إسطنبول، اعتقلت الشرطة في ألمانيا ثلاثة "
            "أشخاص يشتبه بانتمائهم إلى تنظيم داعش.")
    assert _where(text, "Arrests") == ["DE"]


def test_town_of_the_same_country_is_kept() -> None:
    text = "قتل جنديان في هجوم شنه مسلحون في مالي على قاعدة عسكرية قرب مدينة كيدال."
    events = [e for e in read(text) if e.location is not None]
    assert events and all(e.location.admin1 == "Kidal" for e in events)


def test_country_qualifying_a_launch_site_is_no_scene() -> None:
    text = ("وأطلقت ستة صواريخ باليستية من كرمنشاه بإيران، لتقصف أهدافا في منطقة البوكمال "
            "في شرق سوريا.")
    assert "IR" not in _where(text, "Shelling")


def test_toll_of_that_goes_to_the_first_act_before() -> None:
    text = ("تعرض مركز حدودي في منطقة عسير لقذائف كثيفة من داخل الأراضي اليمنية، وتم "
            "التعامل مع مصادر إطلاق القذائف بالأراضي اليمنية.\n"
            "وقد نتج عن ذلك مقتل ثلاثة من رجال حرس الحدود.")
    tolls = {(e.location.admin1 if e.location else None): e.fatalities.best
             for e in read(text) if e.fatalities is not None}
    assert tolls.get("'Asir Region") == 3


def test_a_strike_over_a_country_is_placed_there_not_from_over_it() -> None:
    read = events_reader(published="2015-07-25")
    text = ("قتل قيادي في تنظيم القاعدة في غارة أميركية في ولاية بكتيكا الأفغانية الشهر الجاري. "
            "وكانت غارة جوية لقوات التحالف فوق سوريا قد أدت مطلع يوليو إلى مقتل قيادي آخر.")
    assert [e.location.country if e.location else None for e in read(text)] == ["AF", "SY"]
    fired = read("قال مصدر عسكري إن طائرات حربية أطلقت صواريخ من فوق الأراضي اللبنانية على مطار "
                 "التيفور في ريف حمص أمس.")
    assert fired and all(e.location is None or e.location.country != "LB" for e in fired)
