"""Actor dictionary, wider coverage: state forces and armed groups of Egypt, the Maghreb, the Sahel,
Somalia, South Sudan, the Gulf, Jordan, Turkey, South Asia and the Philippines (own sentences)."""

from __future__ import annotations

from reading import actor_mentions

from marsad.model import Mention

_actors = actor_mentions


def _by_id(text: str, published: str | None = None, language: str = "ar") -> dict[str, Mention]:
    return {str(m.value["id"]): m for m in _actors(text, published, language)}


def test_a_clitic_before_a_new_state_force_keeps_the_stem_span() -> None:
    found = _by_id("قتل جنديان بنيران مسلحين هاجموا دورية للجيش المصري قرب العريش.", "2017-03-02")
    army = found["military-forces-of-egypt-2014"]
    assert army.text.endswith("جيش المصري")  # the clitic ل is left out of the span
    assert not army.text.startswith("لل")
    assert army.value["type"] == 1
    assert army.value["country"] == "EG"


def test_named_forces_of_a_country_need_its_adjective() -> None:
    text = "أعلنت قوات الأمن التركية توقيف خمسة مشتبه بهم بعد انفجار في أنقرة."
    found = _by_id(text, "2016-03-13")
    assert found["police-forces-of-turkey-2002"].text == "قوات الأمن التركية"
    # a bare word for the army or police in such a report names no state's forces: a report
    # about one country often tells of another's army in the next paragraph
    bare = _by_id("قالت الشرطة إن الجيش أغلق الطرق المؤدية إلى العريش في مصر.", "2018-02-10")
    assert not any(
        k.startswith(("police-forces-of-egypt", "military-forces-of-egypt")) for k in bare
    )


def test_ansar_bayt_al_maqdis_is_islamic_state_after_its_pledge() -> None:
    before = _by_id("تبنت جماعة أنصار بيت المقدس تفجير خط الغاز في سيناء.", "2014-02-05")
    assert before["ansar-bayt-al-maqdis"].value["type"] == 2
    after = _by_id("تبنت جماعة أنصار بيت المقدس تفجير خط الغاز في سيناء.", "2016-02-05")
    assert "ansar-bayt-al-maqdis" not in after
    assert any(k.startswith("islamic-state") for k in after)


def test_french_forces_follow_the_presidency() -> None:
    text = "قالت قيادة قوة برخان إن غارة قتلت عشرة مسلحين في شمال مالي."
    assert "military-forces-of-france-2012-2017" in _by_id(text, "2016-01-20")
    assert "military-forces-of-france-2017" in _by_id(text, "2019-11-20")


def test_the_national_guard_needs_its_country() -> None:
    tunis = _by_id("قتل عنصر من الحرس الوطني في كمين بجبال القصرين غرب تونس.", "2018-07-09")
    assert tunis["police-forces-of-tunisia-2014-2019-national-guard"].value["country"] == "TN"
    # a national guard of an unnamed country is no actor
    assert not any("national-guard" in k for k in _by_id("انتشرت قوات من الحرس الوطني في الشوارع."))


def test_sahel_groups_and_armies() -> None:
    found = _by_id(
        "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين موقعا للجيش المالي، وتبنى تنظيم القاعدة"
        " في بلاد المغرب الإسلامي هجوما آخر.",
        "2019-04-01",
    )
    assert "jnim-group-for-support-of-islam-and-muslims" in found
    assert "military-forces-of-mali-2013-2020" in found
    aqim = found["aqim-al-qaeda-in-the-islamic-maghreb"]
    assert aqim.text.startswith("تنظيم القاعدة")  # not read as plain Al Qaeda
    assert "al-qaeda" not in found


def test_south_sudan_sides_and_the_african_union_in_somalia() -> None:
    found = _by_id("اتهم الجيش الحكومي قوات ريك مشار بمهاجمة بلدة في جنوب السودان.", "2016-07-10")
    assert (
        found["splm-a-io-sudan-peoples-liberation-movement-army-in-opposition"].value["type"] == 2
    )
    somalia = _by_id(
        "قتل ثلاثة جنود من قوات الاتحاد الأفريقي في هجوم قرب مقديشو بالصومال.", "2018-05-01"
    )
    amisom = somalia["amisom-african-union-mission-in-somalia-2007-2022"]
    assert amisom.value["type"] == 8


def test_english_names() -> None:
    found = _by_id(
        "Nigerian troops repelled an attack by ISWAP fighters, while Abu Sayyaf Group gunmen seized two"
        " fishermen and Afghan forces said they cleared a district.",
        "2019-06-01",
        "en",
    )
    assert "military-forces-of-nigeria-2015-2023" in found
    assert "abu-sayyaf-group" in found
    assert "military-forces-of-afghanistan-2014-2021" in found


def test_pro_government_forces_take_the_documents_country_unless_named() -> None:
    text = "تقدمت القوات الموالية للحكومة نحو مطار الحديدة غرب اليمن بعد معارك مع الحوثيين."
    yemen = _by_id(text, "2018-06-14")
    assert yemen["military-forces-of-yemen-2012-2022"].text == "القوات الموالية للحكومة"
    syria = _by_id("قصفت طائرات مواقع للقوات الموالية للحكومة في ريف حماة بسوريا.", "2018-03-01")
    assert "military-forces-of-syria-2000-2024" in syria
    assert "military-forces-of-yemen-2012-2022" not in syria
    # the southern forces in Yemen are not the government's army
    south = _by_id("سيطرت القوات اليمنية الجنوبية على معسكر في عدن.", "2018-01-30")
    assert "military-forces-of-yemen-2012-2022" not in south
    assert "stc-southern-transitional-council" in south


def test_kurdish_forces_are_the_ypg_in_syria_and_the_peshmerga_in_iraq() -> None:
    syria = _by_id("اعتقلت القوات الكردية عنصرين من تنظيم داعش في الحسكة بسوريا.", "2018-04-19")
    assert syria["ypg-peoples-protection-units"].text == "القوات الكردية"
    iraq = _by_id("انسحبت القوات الكردية من مواقعها قرب كركوك في العراق.", "2017-10-17")
    assert "military-forces-of-iraq-kurdistan-regional-government-peshmerga" in iraq
    assert "ypg-peoples-protection-units" not in iraq


def test_tebu_and_tuareg_are_libyan_identity_militias_only_in_libya() -> None:
    libya = _by_id(
        "تجددت الاشتباكات بين مسلحين من التبو والطوارق في أوباري جنوب ليبيا.", "2015-07-20"
    )
    assert libya["tebu-ethnic-militia-libya"].value["type"] == 4
    assert "tuareg-ethnic-militia-libya" in libya
    # the Tuareg named in a Malian report are not a Libyan militia
    mali = _by_id("وقعت الحكومة اتفاقا مع حركات الطوارق في شمال مالي.", "2015-06-20")
    assert "tuareg-ethnic-militia-libya" not in mali


def test_kataib_hezbollah_is_not_lebanons_hezbollah() -> None:
    found = _by_id("تبنت كتائب حزب الله هجوما صاروخيا على قاعدة قرب بغداد في العراق.", "2018-07-01")
    assert found["kataib-hezbollah"].text == "كتائب حزب الله"
    assert "hezbollah" not in found
    rebels = _by_id("قصفت الطائرات مواقع لفيلق الرحمن قرب بلدة عربين بريف دمشق.", "2018-03-01")
    assert rebels["faylaq-al-rahman"].text == "فيلق الرحمن"  # the ل of لفيلق is left out


def test_a_bare_abu_sayyaf_is_the_group_only_in_philippine_documents() -> None:
    # (أبو سياف is also a common kunya, e.g. of an Islamic State official in Syria)
    assert "abu-sayyaf-group" not in _by_id("قتل القيادي في تنظيم داعش أبو سياف في دير الزور.",
                                            "2015-05-17")
    assert "abu-sayyaf-group" in _by_id("خطف مسلحو أبو سياف صيادين في جزيرة جولو جنوب الفلبين.",
                                        "2019-06-01")
