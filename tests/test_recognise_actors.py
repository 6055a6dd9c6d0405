"""Actor dictionary: clitics, hostile and quoted names, generic actors' country, time-awareness."""

from __future__ import annotations

from reading import actor_mentions

_actors = actor_mentions


def _ids(text: str, published: str | None = None) -> list[str]:
    return [m.value["id"] for m in _actors(text, published)]


def test_names_match_through_clitics_and_keep_the_stem_span() -> None:
    found = _actors("قتل عنصران من قوات سوريا الديمقراطية بهجوم لمسلحين مجهولين في ريف دير الزور.")
    by_id = {m.value["id"]: m for m in found}
    assert by_id["qsd-syrian-democratic-forces"].text == "قوات سوريا الديمقراطية"
    gunmen = by_id["unidentified-armed-group-syria"]
    assert gunmen.text == "مسلحين مجهولين"  # the ل of لمسلحين is not part of the name
    assert gunmen.value["name"] == "Unidentified Armed Group (Syria)"
    assert gunmen.value["type"] == 3


def test_hostile_names_resolve_and_carry_their_framing() -> None:
    found = _actors("وهاجمت ميليشيا قسد مواقع قرب الحسكة بدعم من جيش الاحتلال الأمريكي.")
    by_id = {m.value["key"]: m for m in found}
    assert by_id["sdf"].value["framing"] == ["militia-label"]
    assert by_id["us-army"].text == "جيش الاحتلال الأمريكي"
    assert by_id["us-army"].value["framing"] == ["occupation"]
    assert by_id["us-army"].value["type"] == 8


def test_quoted_names_resolve_through_the_quotes() -> None:
    text = 'دخلت قوات "قسد" البلدة، ثم انسحبت مليشيا “قسد” منها تحت ضغط تنظيم «داعش».'
    found = _actors(text)
    assert [m.value["key"] for m in found] == ["sdf", "sdf", "islamic-state"]
    assert found[0].text == 'قوات "قسد"'  # the closing quote of a quote opened inside
    assert found[1].text == "مليشيا “قسد”"
    assert found[1].value["framing"] == ["militia-label"]


def test_the_publication_date_picks_the_period() -> None:
    text = "قصف الجيش السوري مواقع في ريف ادلب."
    assert _ids(text, "2018-05-01T10:00:00+03:00") == ["military-forces-of-syria-2000-2024"]
    assert _ids(text, "2025-03-01") == ["military-forces-of-syria-2024"]
    iraq = "اعلن الجيش العراقي مقتل مسلحين في الانبار."
    assert _ids(iraq, "2018-03-01")[0] == "military-forces-of-iraq-2014-2018"
    assert _ids(iraq, "2023-01-10")[0] == "military-forces-of-iraq-2022"


def test_same_words_change_class_over_time() -> None:
    text = "انتشرت قوات الدعم السريع في الخرطوم."
    (before,) = _actors(text, "2019-06-03")
    (after,) = _actors(text, "2023-06-03")
    assert (before.value["type"], after.value["type"]) == (1, 2)
    assert before.value["id"] != after.value["id"]


def test_unknown_date_prefers_the_latest_and_says_so() -> None:
    (m,) = _actors("قصف الجيش السوري مواقع في ريف ادلب.")
    assert m.value["id"] == "military-forces-of-syria-2024"
    assert m.value["as_of"] is None
    assert "military-forces-of-syria-2000-2024" in m.value["alternatives"]


def test_regime_words_stay_with_the_former_regime() -> None:
    (m,) = _actors("تقدمت قوات النظام نحو البلدة.", "2025-02-01")
    assert m.value["id"] == "military-forces-of-syria-2000-2024"
    assert "regime-label" in m.value["framing"]


def test_generic_actors_take_the_documents_country() -> None:
    (m,) = _actors("أطلق مسلحون مجهولون النار على سيارة في بغداد.")
    assert m.value["id"] == "unidentified-armed-group-iraq"
    (m,) = _actors("أطلق مسلحون مجهولون النار على سيارة مدنية.")
    assert (m.value["id"], m.value["name"], m.value["country"]) == (
        "unidentified-armed-group", "Unidentified Armed Group", None
    )
    kinds = {m.value["key"]: m.value["type"] for m in _actors(
        "خرج متظاهرون في درعا، وأصيب مدنيون، وألقي القبض على مهربين قرب الحدود."
    )}
    assert kinds == {"protesters": 6, "civilians": 7, "smugglers": 3}


def test_bare_army_needs_a_country_context() -> None:
    assert _ids("قصف الجيش مواقع قرب حلب.", "2018-01-01") == ["military-forces-of-syria-2000-2024"]
    assert _ids("قصف الجيش مواقع قرب تعز في اليمن.", "2018-01-01") == [
        "military-forces-of-yemen-2012-2022"
    ]
    assert _ids("قصف الجيش مواقع المسلحين.") == []


def test_blockers_and_non_actors() -> None:
    assert _ids("عثر على جثث مجهولي الهوية قرب النهر في حمص.") == []
    assert _ids("ناقش المجتمع المدني في بيروت خطة التعليم.") == []


def test_english_names() -> None:
    found = _actors(
        "Syrian Democratic Forces said Islamic State sleeper cells attacked a checkpoint in Raqqa.",
        "2019-02-01",
        "en",
    )
    assert [m.value["key"] for m in found] == ["sdf", "islamic-state", "unidentified"]


def test_a_base_is_not_al_qaeda() -> None:
    assert _ids("اندلعت معارك عنيفة في القاعدة الجوية شمال لحج.") == []
    assert _ids("تبنى تنظيم القاعدة الهجوم في أبين.") == ["al-qaeda"]


def test_repeated_names_get_values_of_their_own() -> None:
    text = "هاجمت ميليشيا قسد البلدة، ثم انسحبت ميليشيا قسد منها."
    first, second = (m.value for m in _actors(text, "2019-01-05"))
    assert first == second and first is not second
    assert first["framing"] is not second["framing"] and first["period"] is not second["period"]
    again = _actors(text, "2019-01-05")[0].value  # read from what the first call remembered
    assert again == first
    first["framing"].append("changed")
    assert _actors(text, "2019-01-05")[0].value["framing"] == ["militia-label"]
