"""Trigger lexicon: cue words to ACLED/PLOVER codings, with the type disambiguations."""

from __future__ import annotations

from marsad.model import Document, Mention
from marsad.recognise.triggers import TriggerRecogniser
from marsad.text.view import view


def _triggers(text: str) -> list[Mention]:
    found = TriggerRecogniser()(view(Document("t", text, "ar", "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(m.value["event_type"], m.value["sub_event_type"]) for m in _triggers(text)]


def test_shelling_platform_decided_by_air_words() -> None:
    assert _codes("قصفت الطائرات الحربية بلدة كفرنبل جنوب ادلب.") == [
        ("Explosions/Remote violence", "Air/drone strike")
    ]


def test_shelling_platform_decided_by_ground_words() -> None:
    assert _codes("قصفت قوات النظام بقذائف الهاون أطراف البلدة.")[0] == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack"
    )


def test_bare_shelling_defaults_to_ground_and_says_so() -> None:
    (m,) = _triggers("قصفت قوات النظام أطراف البلدة.")
    assert m.value["sub_event_type"] == "Shelling/artillery/missile attack"
    assert m.value["decided"] == "default"


def test_ied_suicide_and_grenade_are_told_apart() -> None:
    assert _codes("انفجرت عبوة ناسفة بدورية للشرطة.") == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    ]
    assert ("Explosions/Remote violence", "Suicide bomb") in _codes(
        "فجر انتحاري حزاما ناسفا وسط السوق."
    )
    assert _codes("ألقى مجهول قنبلة يدوية على منزل.") == [("Explosions/Remote violence", "Grenade")]


def test_defused_device_is_disrupted_weapons_use() -> None:
    assert _codes("تمكنت الشرطة من تفكيك عبوة ناسفة على الطريق.") == [
        ("Strategic developments", "Disrupted weapons use")
    ]


def test_arrest_carries_an_actor_decision_and_abduction_does_not() -> None:
    (arrest,) = _triggers("اعتقلت قوات الأمن عشرة أشخاص في المدينة.")
    assert arrest.value["sub_event_type"] == "Arrests" and arrest.value["decide"] == "actor"
    (abduct,) = _triggers("اختطف مسلحون مجهولون طبيبا في المدينة.")
    assert abduct.value["sub_event_type"] == "Abduction/forced disappearance"
    assert "decide" not in abduct.value


def test_attack_on_a_patrol_hints_an_armed_target() -> None:
    (m,) = _triggers("هاجم مسلحون دورية للجيش قرب البلدة.")
    assert m.value["decide"] == "target" and m.value["target"] == "armed"


def test_attack_on_civilians_hints_a_civilian_target() -> None:
    (m,) = _triggers("أطلق مسلحون النار على مدنيين في السوق.")
    assert m.value["target"] == "civilian"


def test_weak_cue_yields_to_a_strong_cue_in_its_clause() -> None:
    codes = _codes("قتل ثلاثة مدنيين في غارة جوية على البلدة.")
    assert codes == [("Explosions/Remote violence", "Air/drone strike")]


def test_weak_cue_needs_conflict_context() -> None:
    assert _triggers("انفجار في أسعار العقارات هذا العام.") == []


def test_control_areas_are_not_a_territory_event() -> None:
    assert _triggers("تقع البلدة في مناطق سيطرة قوات النظام.") == []
    codes = _codes("سيطرت قوات المعارضة على البلدة بعد معارك عنيفة.")
    assert ("Battles", "Non-state actor overtakes territory") in codes


def test_extensions_have_no_sub_type() -> None:
    codes = _codes("تصاعدت عمليات تهريب البشر وحالات التجنيد الإجباري.")
    assert codes == [("marsad:Displacement/Migration", None), ("marsad:Recruitment", None)]


def test_smugglers_count_only_next_to_flight() -> None:
    assert _triggers("ضبطت الشرطة مهربين للسجائر.") == []
    families = [m.value["family"] for m in _triggers("يفر الشبان من مناطق القتال مع مهربين إلى تركيا.")]
    assert families == ["flight", "smuggling"]


def test_protest_and_riot() -> None:
    assert _codes("تظاهر المئات في الساحة.") == [("Protests", "Peaceful protest")]
    assert ("Riots", "Violent demonstration") in _codes("أحرق محتجون الإطارات وقطعوا الطرق.")


def test_ceasefire_needs_context_but_is_an_agreement() -> None:
    assert _codes("أعلنت الفصائل وقف إطلاق النار في المنطقة.") == [
        ("Strategic developments", "Agreement")
    ]
    assert _triggers("وقعت الشركتان اتفاقا تجاريا جديدا.") == []


def test_masdar_with_article_is_a_noun_and_past_verb_is_a_verb() -> None:
    (noun,) = _triggers("تزايدت حالات الخطف على أيدي المسلحين في المدينة.")
    assert noun.value["form"] == "noun"
    (verb,) = _triggers("اختطف مسلحون طبيبا في المدينة.")
    assert verb.value["form"] == "verb"


def test_a_casualty_word_yields_to_the_incident_of_its_sentence() -> None:
    codes = _codes("قتل خمسة أشخاص وأصيب آخرون، أمس، في سقوط قذائف هاون على حي سكني.")
    assert codes == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert [m.value["family"] for m in _triggers("أعلن الجيش مقتل ثلاثة من جنوده.")] == ["toll"]


def test_deaths_and_flight_from_a_disaster_are_no_event() -> None:
    assert _triggers("لقي عشرة أشخاص مصرعهم في زلزال ضرب الجزيرة وقالت الشرطة إن الآلاف نزحوا.") == []
    assert _triggers("قتل ثلاثة جنود في حادث سير على الطريق الدولي.") == []
    # a building or a bridge that collapses is a disaster too (not one hit by a strike)
    assert _triggers("ارتفعت حصيلة انهيار جسر الطريق السريع إلى عشرين قتيلا.") == []
    assert _triggers("انهار مبنى سكني في حي الميدان ما أدى إلى مقتل أربعة أشخاص.") == []


def test_without_conflict_context_polysemous_cues_need_a_place_or_a_toll() -> None:
    assert _triggers("خطف المغني الأضواء في الحفل وانتزع ثلاث جوائز.") == []
    assert _triggers("ارتفعت نسبة الهجرة بين الشباب هذا العام.") == []
    assert _codes("تظاهر مئات الطلاب أمام الجامعة.") == [("Protests", "Peaceful protest")]


def test_a_clash_between_crowds_is_a_riot() -> None:
    (m,) = _triggers("اندلعت اشتباكات بين أنصار الحزبين في الحي، وتدخلت الشرطة.")
    assert (m.value["event_type"], m.value["sub_event_type"]) == ("Riots", "Mob violence")
    (m,) = _triggers("اندلعت اشتباكات بين مسلحي العشائر وقوات الجيش قرب البلدة.")
    assert m.value["event_type"] == "Battles"


def test_a_cleared_mine_is_disrupted_weapons_use() -> None:
    codes = _codes("نزعت الفرق الهندسية مئات الألغام التي زرعها المسلحون في القرية.")
    assert codes == [("Strategic developments", "Disrupted weapons use")]
    assert _codes("انفجر لغم أرضي بسيارة مدنية قرب القرية.") == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    ]


def test_stopping_the_shelling_is_no_shelling() -> None:
    codes = _codes("طالبت الفصائل بوقف القصف على المدينة.")
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") not in codes


def test_shooting_down_a_crewed_aircraft_is_a_missile_attack() -> None:
    assert _codes("قال الجيش إن مقاتلين أكرادا أسقطوا مروحية عسكرية في عفرين.") == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    ]
