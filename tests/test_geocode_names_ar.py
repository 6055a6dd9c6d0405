"""Curated Arabic names (marsad/geocode/data/names_ar.tsv) of Yemeni districts and Turkish
district seats that GeoNames names in Latin script only."""

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
        assert entry is not None and entry.country in ("YE", "TR"), key
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
