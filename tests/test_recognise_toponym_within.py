"""A place the text puts inside a bigger one ("X بريف حمص"، "X في محافظة إدلب"، "X التونسية")
is read there: its namesake inside that unit, else an unknown place of the unit (its admin1, no
point); a bare capital or governorate named "in" somewhere else keeps its reading."""

from __future__ import annotations

from marsad.model import Document, Mention
from marsad.pipeline import Reader

_reader = Reader.default()


def _places(text: str) -> list[Mention]:
    doc = _reader.read(Document("t", text, "ar", "t", published="2018-06-14"))
    return [m for m in doc.mentions if m.kind == "place"]


def _value(text: str, surface: str) -> dict[str, object]:
    m = next(m for m in _places(text) if surface in m.text)
    assert isinstance(m.value, dict)
    return m.value


def test_namesake_inside_the_named_country_wins() -> None:
    v = _value("شن التنظيم هجوما على منطقة سنجار في العراق.", "سنجار")
    assert v["country"] == "IQ"


def test_town_unknown_in_the_named_governorate_keeps_its_admin1_and_no_point() -> None:
    # The gazetteer's only الخانق / القصر lie in Yemen / Jordan: the text says Idlib / Homs.
    for text, admin1 in (("قتل جندي في اشتباكات في بلدة الخانق في محافظة إدلب.", "Idlib"),
                         ("قتل مدنيان في قصف على بلدة القصر بريف حمص.", "Homs")):
        v = _value(text, "بلدة")
        assert v["country"] == "SY" and v["admin1"] == admin1
        assert v["lat"] is None and v["name"] is None and v["geo_precision"] == 2


def test_district_with_its_cue_in_a_governorate_is_read_there() -> None:
    v = _value("قتل ثلاثة في غارة على مديرية همدان بمحافظة صنعاء.", "همدان")
    assert v["country"] == "YE" and v["admin1"] == "Sanaa"


def test_event_takes_the_governorate_of_the_unknown_town() -> None:
    doc = _reader.read(Document("t", "قتل جندي في اشتباكات في بلدة الخانق في محافظة إدلب.",
                                "ar", "t", published="2018-06-14"))
    located = [e.location for e in doc.events if e.location is not None]
    assert located and all(p.admin1 == "Idlib" for p in located)


def test_country_adjective_after_a_town_names_its_country() -> None:
    v = _value("قتل 38 سائحا في هجوم على فندق في مدينة سوسة التونسية.", "سوسة")
    assert v["country"] == "TN"


def test_bare_capital_named_in_another_country_keeps_its_reading() -> None:
    v = _value("قصفت طائرات التحالف أهداف طهران في سوريا.", "طهران")
    assert v["country"] == "IR" and v["name"] == "Tehran"


def test_place_already_inside_the_unit_is_left_alone() -> None:
    v = _value("قتل ثلاثة مدنيين في قصف على بلدة القصير بريف حمص.", "القصير")
    assert v["admin1"] == "Homs" and v["name"] is not None and v["lat"] is not None


def test_governorate_without_its_seat_town_stands_for_the_town() -> None:
    # The gazetteer holds Tunisia's governorates, not its towns: "مدينة سوسة" with no country
    # named is Sousse, not the small Libyan Susa; a country's own town of the name still wins.
    v = _value("قتل سياح بريطانيون في هجوم على فندق في مدينة سوسة.", "سوسة")
    assert v["country"] == "TN"
    v = _value("قتل ثلاثة مدنيين في غارة على صنعاء.", "صنعاء")
    assert v["level"] == "place"


def test_a_short_distance_before_a_re_read_town_keeps_it_near_the_town() -> None:
    # The distance makes the act near the town (precision 2); re-reading the town inside the
    # country its adjective names keeps that, not the namesake's own point precision.
    near = _value("قتل جنديان في هجوم على حاجز على بعد 10 كلم من مدينة سوسة الليبية.", "سوسة")
    there = _value("قتل جنديان في هجوم على حاجز في مدينة سوسة الليبية.", "سوسة")
    assert near["country"] == there["country"] == "LY" and near["name"] == there["name"]
    assert there["geo_precision"] == 1
    assert near["distance_km"] == 10.0 and near["geo_precision"] == 2 and not near.get("locates")
