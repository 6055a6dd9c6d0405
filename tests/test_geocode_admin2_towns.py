"""Towns named after their province or district in the admin1-only countries (admin2_ar.tsv),
bank nouns, nouns pointing back at a town, and towns said to lie in a direction from another."""

from __future__ import annotations

from reading import place_values

from marsad.geocode.build import ADMIN1_COUNTRIES, DEFAULT_COUNTRIES, _rows, curated_admin2
from marsad.geocode.store import embedded


def test_curated_admin2_units_are_built_and_only_for_admin1_countries() -> None:
    gaz = embedded()
    codes = curated_admin2()
    assert codes and all(c.split(".")[0] in ADMIN1_COUNTRIES - DEFAULT_COUNTRIES for c in codes)
    for code in codes:
        cc, a1, a2 = code.split(".")
        assert gaz.admin("admin2", cc, a1, a2) is not None, code
    # Units nobody named in Arabic are not built: the country keeps only its curated ones.
    built = [e for e in gaz.entries() if e.level == "admin2" and e.country == "MA"]
    assert {f"MA.{e.admin1}.{e.admin2}" for e in built} == {c for c in codes if c.startswith("MA.")}
    assert all(len(cells) == 2 and cells[1] for cells in _rows("admin2_ar.tsv"))


def test_moroccan_town_gives_its_region() -> None:
    got = place_values("اندلعت مواجهات بين الشرطة ومحتجين في مدينة جرادة المنجمية مساء أمس.")
    town = got["مدينة جرادة"]
    assert (town["country"], town["admin1"], town["level"]) == ("MA", "Oriental", "admin2")


def test_somali_town_gives_its_region_not_the_capital() -> None:
    got = place_values("انفجرت سيارة مفخخة في سوق بلدة وانلاوين الواقعة على بعد 90 كلم "
                             "شمال غربي مقديشو.")
    assert got["بلدة وانلاوين"]["admin1"] == "Lower Shabeelle"
    assert got["شمال غربي مقديشو"]["locates"] is True


def test_a_town_said_to_lie_north_of_another_is_not_there() -> None:
    got = place_values("قتل خمسة في هجوم على قرية صغيرة تقع شمال بنغازي.")
    assert got["شمال بنغازي"]["locates"] is True
    got = place_values("قتل خمسة في هجوم على قرية صغيرة شمال بنغازي.")
    assert "locates" not in got["شمال بنغازي"]


def test_a_bank_with_an_adjective_is_no_west_bank() -> None:
    got = place_values("هاجم مسلحون قرية على الضفة النيجرية من البحيرة، وقصفت المدفعية "
                             "مواقع على الضفة الشرقية لنهر الفرات.")
    assert not any(v["admin1"] == "West Bank" for v in got.values())
    got = place_values("اعتقلت القوات الإسرائيلية عشرة فلسطينيين في الضفة المحتلة.")
    assert got["الضفة"]["admin1"] == "West Bank"
    got = place_values("اعتقلت القوات الإسرائيلية عشرة فلسطينيين في الضفة وقطاع غزة.")
    assert got["الضفة"]["admin1"] == "West Bank"


def test_the_city_near_which_is_no_town_called_the_city() -> None:
    got = place_values("تجمع محتجون أمام منجم في قرية قرب المدينة، وتظاهر آخرون وسط الحي.")
    assert got == {}
    got = place_values("خرجت مظاهرات سلمية في عدة مدن، وقصف الطيران مدينة سلمية بريف حماة.")
    assert got["مدينة سلمية"]["admin1"] == "Hama"
    assert "سلمية" not in got


def test_iranian_and_turkish_spellings() -> None:
    got = place_values("خطف مسلحون جنودا في محافظة سيستان بلوشستان، وقتل جنديان في ولاية سيعرت.")
    assert got["محافظة سيستان بلوشستان"]["admin1"] == "Sistan and Baluchestan"
    assert got["ولاية سيعرت"]["admin1"] == "Siirt"


def test_a_hospital_the_wounded_were_taken_to_is_no_scene() -> None:
    got = place_values("أصيب خمسة في اشتباكات بمدينة القصرين، وتم نقل اثنين منهم إلى أحد "
                             "المستشفيات الجامعية بصفاقس.")
    assert got["صفاقس"]["locates"] is True
    assert "locates" not in got["مدينة القصرين"]
    got = place_values("قصفت الطائرات مستشفى في صفاقس.")
    assert "locates" not in got["صفاقس"]


def test_tunisian_delegation_cue_names_its_governorate() -> None:
    got = place_values("تجددت الاشتباكات بين أهالي قريتين من معتمدية قبلي الجنوبية.")
    assert got["معتمدية قبلي"]["admin1"] == "Kebili Governorate"
    assert place_values("اندلع نزاع قبلي في المنطقة.") == {}
