"""Name rules of the gazetteer build (marsad/geocode/namesakes.py): a unit's Arabic names given
to the town it is named after, unhamzated spellings, and which Latin alternates are kept."""

from __future__ import annotations

from reading import place_values

from marsad.geocode.namesakes import arabic, hamza_variants, latin_kept, plain, seat_names
from marsad.geocode.store import Entry, embedded
from marsad.model import Document
from marsad.recognise.toponym_cues import stopwords
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

_TOWN = Entry("geonames:1", 1, "‘Ayn al ‘Arab", "place", "P.PPLA2", "SY", "09", "", 36.89, 38.35,
              50000, "", ("‘Ayn al ‘Arab", "Kobani", "عين العرب"))
_UNIT = Entry("ocha:SY020600", None, "Ain al Arab", "admin3", "A.ADM3", "SY", "09", "ocha:SY0206",
              36.80, 38.39, 78000, "SY020600",
              ("Ain al Arab", "عين العرب", "كوباني", "ناحية عين العرب", "الحسكة"))
_OTHER = Entry("geonames:2", 2, "Al Hasakah", "place", "P.PPLA", "SY", "01", "", 36.5, 40.75,
               180000, "", ("Al Hasakah", "الحسكة"))


def test_plain_names_drop_marks_articles_and_unit_words() -> None:
    assert plain("‘Ayn al ‘Arab") == "aynalarab"
    assert plain("Suruç İlçesi") == "suruc"
    assert plain("At Tuhayat District") == "tuhayat"


def test_names_ending_in_hamza_are_also_spelt_without_it() -> None:
    assert hamza_variants(["التحيتاء", "كربلاء", "صنعاء", "سيناء", "ماء", "حلب"]) == ["التحيتا", "كربلا"]


def test_a_unit_gives_its_town_the_names_no_other_place_bears() -> None:
    got = seat_names([_TOWN, _UNIT, _OTHER])
    assert got == {"geonames:1": ["كوباني"]}  # not ناحية X, nor a name another place bears
    far = Entry(**{**{f: getattr(_UNIT, f) for f in _UNIT.__slots__}, "lat": 36.2, "lon": 38.35})
    assert seat_names([_TOWN, far]) == {}  # 76 km away: named after another place
    assert seat_names([_TOWN, _UNIT, _OTHER]).get(_UNIT.key) is None  # the unit takes nothing


def test_a_village_keeps_spellings_of_its_name_only() -> None:
    village = Entry("geonames:3", 3, "Bozhüyük", "place", "P.PPL", "TR", "21", "", 37.9, 41.4,
                    1140, "", ())
    assert latin_kept(village, "Bozhuyuk") and latin_kept(village, "Bozhuyuek")
    assert not latin_kept(village, "Taliban")
    assert latin_kept(village, "بوزهويوك")  # Arabic names are not judged here


def test_larger_places_keep_their_other_names_but_not_short_ones() -> None:
    seat = Entry("geonames:4", 4, "Tadmur", "place", "P.PPLA2", "SY", "11", "", 34.56, 38.28,
                 51000, "", ())
    town = Entry("geonames:5", 5, "Al-Hamdaniya", "place", "P.PPL", "IQ", "15", "", 36.27,
                 43.38, 50000, "", ())
    capital = Entry("geonames:6", 6, "Agri", "place", "P.PPLA", "TR", "04", "", 39.7, 43.05,
                    92000, "", ())
    assert latin_kept(seat, "Palmyra") and latin_kept(town, "Qaraqosh")
    assert not latin_kept(capital, "Ali") and latin_kept(seat, "Tdm") is False
    assert latin_kept(Entry("geonames:7", 7, "Al Kut", "place", "P.PPLA", "IQ", "16"), "Kut")


def test_the_shipped_gazetteer_was_built_with_the_rules() -> None:
    entries = list(embedded().entries())
    assert all(latin_kept(e, n) for e in entries for n in e.names)
    names = {n for e in entries for n in e.names}
    assert "التحيتا" in names and "كربلا" in names and "صنعا" not in names


def test_tuhayta_district_and_kobani_in_a_turkish_report_are_found() -> None:
    got = place_values("تقدمت القوات الحكومية في مديرية التحيتا جنوب محافظة الحديدة.")
    assert got["مديرية التحيتا"]["admin1"] == "Al Hudaydah"
    got = place_values("فرقت الشرطة التركية في إسطنبول محتجين تضامنوا مع مدينة كوباني السورية، "
                       "وقالت أنقرة إن الحدود التركية مغلقة.")
    assert got["مدينة كوباني"]["country"] == "SY"
    assert got["مدينة كوباني"]["admin1"] == "Aleppo"


def test_a_villages_old_name_is_no_place_in_english() -> None:
    recogniser = ToponymRecogniser(embedded())
    found = recogniser(view(Document("d", "Taliban fighters stormed a police post on Monday, "
                                     "officials told EFE.", "en", "d")), [])
    assert [m.text for m in found] == []


def test_common_words_stay_stoplisted_without_their_hamza() -> None:
    assert {"الاربعاء", "الاربعا", "الشهداء", "الشهدا"} <= stopwords()
    got = place_values("سقط ثلاثة من الشهدا في قصف على مدينة حلب يوم الاربعا.")
    assert list(got) == ["مدينة حلب"]


def test_a_first_level_unit_named_like_its_seat_but_for_marks_has_the_seats_arabic_names() -> None:
    gaz = embedded()
    for key in ("geonames:163342", "geonames:298298"):  # Tartus (seat Ţarţūs), Usak (seat Uşak)
        unit = gaz.get(key)
        assert unit is not None and unit.level == "admin1"
        seat = gaz.seat(unit)
        assert seat is not None and seat.name != unit.name and plain(seat.name) == plain(unit.name)
        seat_arabic = set(arabic(seat.names))
        assert seat_arabic and seat_arabic <= set(unit.names)
