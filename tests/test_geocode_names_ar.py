"""Curated Arabic names (marsad/geocode/data/names_ar.tsv) of Yemeni districts and Turkish
district seats that GeoNames names in Latin script only, and the curated Saudi towns
(facilities.tsv)."""

from __future__ import annotations

from reading import place_values

from marsad.geocode.build import _rows
from marsad.geocode.store import embedded


def test_every_row_names_an_entry_of_the_shipped_gazetteer() -> None:
    gaz = embedded()
    rows = list(_rows("names_ar.tsv"))
    assert len(rows) > 150
    for key, names, *_ in rows:
        entry = gaz.get(key)
        assert entry is not None and entry.country in ("YE", "TR", "LY"), key
        assert set(names.split("|")) <= set(entry.names), key


def test_yemeni_districts_give_their_governorate() -> None:
    got = place_values("شنت مقاتلات التحالف غارات على مواقع الحوثيين في مديرية نهم، وتقدمت "
                       "القوات في مديرية صبر الموادم.")
    assert got["مديرية نهم"]["admin1"] == "Sanaa"
    assert got["مديرية صبر الموادم"]["admin1"] == "Ta'izz"


def test_turkish_border_towns_are_found() -> None:
    got = place_values("قتل 32 شخصا في تفجير في بلدة سروج، وعثر على جثتي شرطيين في جيلان بينار "
                       "قرب الحدود السورية.")
    assert got["بلدة سروج"]["admin1"] == "Sanliurfa"
    assert got["جيلان بينار"]["admin1"] == "Sanliurfa"


def test_district_names_that_are_common_words_need_a_cue() -> None:
    assert place_values("غمرت المياه الشوارع بعد أمطار غزيرة، وقال أحد مشايخ بني حشيش إن "
                        "الطرق قطعت.") == {}
    got = place_values("اندلعت اشتباكات في مديرية بني حشيش شرق صنعاء.")
    assert got["مديرية بني حشيش"]["admin1"] == "Sanaa"


def test_saudi_towns_give_their_region() -> None:
    got = place_values("سقطت مقذوفات أطلقها الحوثيون على مدينة أبها وعلى أطراف نجران، واعترضت "
                       "الدفاعات صاروخا فوق خميس مشيط.")
    assert got["مدينة أبها"]["admin1"] == "'Asir Region"
    assert got["أطراف نجران"]["admin1"] == "Najran Region"
    assert got["خميس مشيط"]["admin1"] == "'Asir Region"


def test_jeddah_needs_its_cue_as_jdh_is_also_his_grandfather() -> None:
    assert place_values("تدهورت حالة جده الصحية بعد الحادث.") == {}
    assert place_values("وصل الوفد إلى مدينة جدة مساء أمس.")["مدينة جدة"]["admin1"] == "Mecca Region"
