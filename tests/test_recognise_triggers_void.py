"""Triggers that report no act (demands, threats, fears, purposes, rejections, questions), the
content of an agreement, ضربة as an air strike, and common misspellings: our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-13")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type or e.event_type for e in _events(text)]


def test_fear_of_renewed_clashes_is_no_clash() -> None:
    subs = _subs("نزحت عشرات العائلات من قرى ريف حماة الشمالي خوفاً من تجدد الاشتباكات.")
    assert "Armed clash" not in subs
    assert "marsad:Displacement/Migration" in subs


def test_a_demand_to_withdraw_is_no_withdrawal() -> None:
    text = "طلب الوفد الروسي من فصائل المعارضة الانسحاب من معبر نصيب وتسليم السلاح الثقيل."
    assert "Change to group/activity" not in _subs(text)


def test_a_demand_to_stop_abuses_keeps_the_abuses() -> None:
    text = ("دعا مجلس الأمن الميليشيات إلى وقف انتهاكاتها بحق المدنيين، ومنها استمرارها في "
            "تجنيد الأطفال في محافظة صعدة.")
    assert "marsad:Recruitment" in _subs(text)


def test_purpose_and_threat_are_no_events() -> None:
    assert _subs("فككت الفرق الهندسية صواريخ كانت تهدف لقصف مواقع الجيش في مأرب.") == [
        "Disrupted weapons use"
    ]
    assert "Air/drone strike" not in _subs("هدد التحالف بشن غارات جوية على ميناء الحديدة.")


def test_rejected_agreement_is_no_agreement() -> None:
    text = "انتقلت الفصائل إلى إدلب بعد رفضها اتفاقات المصالحة مع الحكومة في ريف دمشق."
    assert "Agreement" not in _subs(text)


def test_whether_there_were_casualties_is_a_question() -> None:
    text = ("قتل ثلاثة مدنيين بانفجار عبوة ناسفة في مدينة عدن. ولم يعرف ما إذا كان هناك قتلى "
            "من المسلحين.")
    events = _events(text)
    assert len(events) == 1 and events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_cautious_calm_is_not_a_warning() -> None:
    text = "يسود هدوء حذر مدينة درعا بعد توصل الفصائل والوفد الروسي إلى هدنة في المحافظة."
    events = [e for e in _events(text) if e.sub_event_type == "Agreement"]
    assert events and events[0].specificity == "specific"


def test_agreement_content_is_the_agreement() -> None:
    text = "أفادت تقارير بالتوصل إلى اتفاق بشأن إجلاء الجرحى من مدينة دوما."
    assert _subs(text) == ["Agreement"]


def test_strike_with_a_nationality_is_an_air_strike() -> None:
    text = "قال الجيش إن ضربة أميركية أمس على سيارة قرب مدينة سبها أسفرت عن مقتل قيادي في التنظيم."
    assert "Air/drone strike" in _subs(text)
    ground = "شنت القوات ضربات مدفعية على مواقع المسلحين في ريف حلب أمس."
    assert "Shelling/artillery/missile attack" in _subs(ground)


def test_figurative_blow_is_no_strike() -> None:
    assert _subs("وجه القضاء ضربة قوية لشبكات الفساد في الوزارة.") == []


def test_misspelled_clashes_are_clashes() -> None:
    assert "Armed clash" in _subs("تتواصل الاشباكات بين مسلحي داعش وقسد قرب مدينة هجين.")


def test_a_past_verb_next_to_a_noun_cue_makes_one_incident() -> None:
    text = "بعد معارك عنيفة اقتحمت القوات الحكومية مطار الحديدة."
    clashes = [e for e in _events(text) if e.sub_event_type == "Armed clash"]
    assert clashes and clashes[0].specificity == "specific"


def test_missiles_fired_from_an_area_being_cleared_are_not_cleared() -> None:
    text = ("تسعى القوات إلى تطهير المناطق المحاذية للمدينة التي تنطلق منها صواريخ الحوثي "
            "وتستهدف المواطنين.")
    assert "Disrupted weapons use" not in _subs(text)


def test_negation_governs_only_the_next_word() -> None:
    assert "Agreement" not in _subs("وقالت المرأة للشرطة في اسطنبول لن أستسلم قبل أن تطلق النار.")
    kept = _subs("انفجرت عبوة ناسفة قرب دورية للجيش في مدينة العريش أمس ولم يسفر الانفجار عن إصابات.")
    assert kept == ["Remote explosive/landmine/IED"]


def test_permission_is_a_maybe_and_purpose_no_event() -> None:
    text = "وافقت تركيا الشهر الماضي على السماح لطائرات أمريكية بشن ضربات جوية ضد تنظيم داعش."
    assert all(e.specificity == "hypothetical" and e.date.start is None for e in _events(text))
    assert "Agreement" not in _subs("يحاصر المقاتلون المسلحين وتجري مفاوضات من أجل استسلامهم.")


def test_a_crash_toll_is_no_attack() -> None:
    assert _subs("قتل أكثر من 30 شخصا عندما سقطت حافلة سياحية من على جسر في كوريا الشمالية.") == []


def test_provided_is_not_fled() -> None:
    text = "تقدمت القوات تؤازرها الدبابات والعربات العسكرية التي وفرتها قوات التحالف في لحج."
    assert "marsad:Displacement/Migration" not in _subs(text)


def test_a_crushing_blow_is_figurative() -> None:
    assert _subs("تمثل السيطرة على المدينة ضربة قاصمة للمتمردين في محافظة الحديدة.") != [
        "Air/drone strike"]


def test_a_death_sentence_is_no_killing() -> None:
    for text in ("أصدرت محكمة الجنايات الأحد أحكاما بالإعدام على سبعة أشخاص.",
                 "حكمت المحكمة العسكرية بإعدام ثلاثة متهمين غيابيا.",
                 "قضت محكمة أمن الدولة بالإعدام على أربعة مدانين."):
        assert [e for e in _events(text) if e.trigger.text.endswith("إعدام")] == [], text
    # an execution carried out is still one
    assert "Attack" in _subs("أعدم مسلحو التنظيم خمسة مدنيين في ساحة البلدة أمس.")
