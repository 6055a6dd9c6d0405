"""First-level units and capitals of the countries covered by admin1 only (Saudi Arabia, Tunisia ...)."""

from __future__ import annotations

import re

from reading import place_values

from marsad.geocode.build import ADMIN1_COUNTRIES, _data
from marsad.geocode.store import embedded


def test_saudi_regions_resolve_to_saudi_arabia() -> None:
    got = place_values("اعترضت الدفاعات الجوية صاروخين أطلقا باتجاه جازان، وسقطت شظايا في منطقة نجران.")
    assert (got["جازان"]["country"], got["جازان"]["admin1"]) == ("SA", "Jazan Region")
    assert (got["منطقة نجران"]["country"], got["منطقة نجران"]["admin1"]) == ("SA", "Najran Region")
    assert got["جازان"]["level"] == "admin1"


def test_tunisian_governorate_and_capital() -> None:
    got = place_values("قتل جندي في انفجار لغم في ولاية القصرين، وأعلنت السلطات في تونس العاصمة الحداد.")
    assert (got["ولاية القصرين"]["country"], got["ولاية القصرين"]["admin1"]) == (
        "TN", "Kasserine Governorate")
    capital = got["تونس العاصمة"]
    assert capital["country"] == "TN" and capital["level"] == "place" and capital["lat"] is not None


def test_common_words_named_like_units_need_their_unit_word() -> None:
    got = place_values("بعد يوم عسير من القصف عاد إلى مسقط رأسه في ريف إدلب إثر صراع قبلي.")
    assert "عسير" not in got and "مسقط" not in got and "قبلي" not in got
    assert got["ريف إدلب"]["country"] == "SY"


def test_a_yemeni_governorate_stays_yemeni_beside_saudi_names() -> None:
    # الجوف is also a Saudi region: listed there only as منطقة الجوف, so the coalition's Saudi
    # context does not pull Yemen's governorate across the border.
    got = place_values("استعادت قوات الجيش بدعم من التحالف بقيادة السعودية مواقع في محافظة "
                             "الجوف من الحوثيين، فيما اعترضت الدفاعات صاروخا فوق منطقة الجوف السعودية.")
    assert (got["محافظة الجوف"]["country"], got["محافظة الجوف"]["admin1"]) == ("YE", "Al Jawf")
    assert got["منطقة الجوف السعودية"]["country"] == "SA"


def test_every_admin1_of_the_added_countries_has_an_arabic_name() -> None:
    gaz = embedded()
    arabic = re.compile(r"[\u0600-\u06ff]")
    codes = [line.split("\t")[0] for line in _data("admin1_ar.tsv").read_text(encoding="utf-8")
             .splitlines() if line and not line.startswith("#")]
    for cc in sorted(ADMIN1_COUNTRIES):
        units = [e for e in gaz.entries() if e.level == "admin1" and e.country == cc]
        assert units, cc
        for e in units:
            assert any(arabic.search(n) for n in e.names), (cc, e.name)
    assert len(codes) == len(set(codes))
