"""South Sudan's and India's first-level units have Arabic names: a report placed in ولاية جونقلي
or ولاية البنغال الغربية gets its admin1; South Sudan's states of 2015-2020 (فشودة، نهر ياي)
resolve to the GeoNames state that holds them, and common words named like a state need ولاية."""

from __future__ import annotations

from reading import place_admin

_places = place_admin


def test_south_sudan_states_and_capital() -> None:
    got = _places("اندلعت اشتباكات في ولاية جونقلي، وهاجم مسلحون بلدة في ولاية فشودة ومنطقة في "
                  "ولاية نهر ياي، فيما هدأ الوضع في جوبا.")
    assert got["ولاية جونقلي"] == ("SS", "Jonglei", 3)
    assert got["ولاية فشودة"] == ("SS", "Upper Nile", 3)
    assert got["ولاية نهر ياي"][:2] == ("SS", "Central Equatoria")
    assert got["جوبا"] == ("SS", "Central Equatoria", 1)


def test_indian_states_and_capital() -> None:
    got = _places("قتل ثلاثة في أعمال شغب في ولاية البنغال الغربية، وقتل جندي في هجوم في كشمير، "
                  "وقالت الحكومة في نيودلهي إنها ستعزز الأمن في الهند.")
    assert got["ولاية البنغال الغربية"] == ("IN", "West Bengal", 3)
    assert got["كشمير"][:2] == ("IN", "Jammu and Kashmir")
    assert got["نيودلهي"] == ("IN", "Delhi", 1)
    assert got["الهند"][0] == "IN"


def test_common_words_named_like_states_need_the_unit_word() -> None:
    got = _places("دعا البيان إلى الوحدة الوطنية، وزار الوفد منطقة البحيرات في أوغندا، "
                  "وقال إن الشيطان غوا بعضهم في باكستان.")
    assert all(country != "SS" and country != "IN" for country, _, _ in got.values())
