"""One incident named by several cues (ACLED's hierarchy and unit of coding): our own
report-style sentences read by the full pipeline."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-07-14")


def _subs(text: str, published: str = "2018-07-14") -> list[str | None]:
    return [e.sub_event_type or e.event_type for e in _events(text, published)]


def test_clashes_through_which_a_place_was_taken_are_the_takeover() -> None:
    text = ("تمكن مسلحو تنظيم داعش، السبت، من استعادة السيطرة على حقل التنك النفطي في ريف دير "
            "الزور الشرقي بعد اشتباكات مع قوات سوريا الديمقراطية.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    e = events[0]
    assert e.actor1 is not None and e.actor2 is not None and e.actor1.id != e.actor2.id


def test_a_killing_and_an_arrest_in_one_sentence_are_one_attack() -> None:
    text = "أعلن الجيش الإسرائيلي قتل فلسطيني واعتقال آخر، السبت، قرب السياج شرقي خان يونس."
    assert _subs(text) == ["Attack"]


def test_a_raid_made_to_arrest_is_the_arrest() -> None:
    text = "اعتقلت القوات الإسرائيلية، السبت، خمسة شبان بعد اقتحامها قرية عزون شرق قلقيلية."
    assert _subs(text) == ["Arrests"]


def test_clashes_that_turned_into_riots_are_one_riot() -> None:
    text = "قالت الشرطة إن اشتباكات بين أنصار حزبين تحولت إلى أعمال شغب في مدينة كلكتا أمس."
    assert _subs(text) == ["Violent demonstration"]


def test_an_intercepted_missile_is_the_disrupted_attack() -> None:
    text = ('أعلنت قناة تابعة للحوثيين السبت قصف "مواقع عسكرية" في مدينة جازان. '
            "وقالت الدفاعات الجوية السعودية إنها اعترضت صاروخا باليستيا فوق جازان السبت.")
    assert _subs(text) == ["Disrupted weapons use"]


def test_an_agreement_named_twice_is_one_agreement() -> None:
    text = ("سيطرت قوات الحكومة، الجمعة، على معبر نصيب كجزء من الاتفاق مع المعارضة. وجاء ذلك "
            "تنفيذا لاتفاق في درعا توصل إليه الجانب الروسي مع الفصائل.")
    assert _subs(text, "2018-07-06").count("Agreement") == 1


def test_arrests_said_to_be_under_way_repeat_the_arrests_made() -> None:
    text = ("اعتقلت الشرطة نحو مئة شخص في مدينة كلكتا أمس لإنهاء العنف. وقال مسؤول إن عمليات "
            "اعتقال واسعة تجري في المدينة.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert events[0].specificity == "specific"


def test_those_clashes_refer_back() -> None:
    text = ("اندلعت مواجهات عنيفة مساء أمس بين الحوثيين والمقاومة في مدينة الضالع، واستمرت "
            "تلك الاشتباكات حتى صباح اليوم.")
    assert _subs(text) == ["Armed clash"]


def test_head_of_operations_is_a_post_not_a_pattern() -> None:
    text = ("قتل تسعة جنود في هجوم بسيارتين مفخختين على موقع عسكري في حضرموت أمس، وأصيب رئيس "
            "عمليات اللواء.")
    events = _events(text)
    assert events and all(e.specificity == "specific" for e in events)


def test_attacks_with_missiles_are_missile_attacks() -> None:
    text = "استهدف الحوثيون مدينة نجران بصواريخ باليستية عدة مرات في الأشهر الأخيرة."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_a_list_of_practices_stays_a_list() -> None:
    text = "تصاعدت عمليات الاغتيال وحالات الخطف في ريف دير الزور خلال الأشهر الماضية."
    assert sorted(s or "" for s in _subs(text)) == ["Abduction/forced disappearance", "Attack"]


def test_a_protest_dispersed_is_one_protest_with_intervention() -> None:
    text = "شهدت بغداد أمس مظاهرة فرقتها قوات الأمن بالغاز المسيل للدموع."
    assert _subs(text) == ["Protest with intervention"]


def test_a_citizen_shot_is_an_attack_on_civilians() -> None:
    text = "قتل مواطن جراء إصابته برصاص مجهولين في مدينة البصرة أمس."
    assert _subs(text) == ["Attack"]


def test_a_past_verb_after_qad_is_no_maybe() -> None:
    text = ("تعرض مركز حدودي في منطقة جازان لقذائف من داخل الأراضي اليمنية أمس، وقد نتج عن ذلك "
            "استشهاد جنديين.")
    events = _events(text)
    assert events and all(e.specificity == "specific" for e in events)


def test_a_bomber_named_after_a_pronoun_verb_makes_one_incident() -> None:
    text = "قتل 16 شخصا في هجوم على نقطة تفتيش في بغداد أمس. وقال مصدر إن الهجوم نفذه انتحاريان."
    assert len(_events(text)) == 1


def test_control_of_the_situation_and_plans_to_retake_are_no_events() -> None:
    assert _subs("تمكنت قوات الأمن من السيطرة على الموقف بعد اشتباك قصير في جازان أمس.") == [
        "Armed clash"
    ]
    assert _subs("يضع القادة خططا لاستعادة مدينة الرمادي من أيدي تنظيم داعش.") == []


def test_the_weapon_named_decides_the_platform() -> None:
    text = 'أعلنت قناة "المسيرة" السبت قصف مواقع عسكرية في جازان بدفعة من صواريخ بركان.'
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_an_undated_interception_stops_the_dated_attack() -> None:
    text = ("أعلن الحوثيون السبت قصف مطار جازان بصاروخ باليستي. وقالت الدفاعات الجوية إنها "
            "اعترضت صاروخا فوق جازان.")
    assert _subs(text) == ["Disrupted weapons use"]


def test_forces_loyal_to_the_president_regain_territory() -> None:
    text = "استكملت القوات الموالية للرئيس أمس السيطرة على منطقة التواهي في عدن."
    assert _subs(text) == ["Government regains territory"]


def test_control_with_its_taker_between_is_a_takeover() -> None:
    text = ("قال مصدر أمني إن سيطرة داعش على منطقة الملعب جاءت بعد انسحاب القوات العراقية على "
            "خلفية اشتباكات مسلحة مع داعش.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert events[0].actor1 is not None and "islamic-state" in events[0].actor1.id
    assert _subs("تعيش المدينة تحت سيطرة داعش على الرغم من القصف.") != [
        "Non-state actor overtakes territory"]


def test_proceeding_to_loot_is_one_act() -> None:
    events = _events("أقدم المتمردون على نهب الحواجز الخرسانية في صنعاء.")
    assert [(e.sub_event_type, e.specificity) for e in events] == [
        ("Looting/property destruction", "specific")]


def test_a_list_of_cleared_devices_is_all_cleared() -> None:
    text = ("نزعت الفرق الهندسية التابعة للجيش الوطني المئات من الألغام الأرضية والعبوات الناسفة "
            "في مديرية صرواح.")
    assert set(_subs(text)) == {"Disrupted weapons use"}


def test_fighting_across_a_country_is_the_war_not_an_event() -> None:
    text = "تواصل الميليشيات تجنيد الأطفال وزجهم في المعارك الدائرة في اليمن."
    assert _subs(text) == ["marsad:Recruitment"]


def test_the_place_of_the_act_answered_is_not_the_events() -> None:
    text = ("في ريف إدلب، قصفت الفصائل بلدتي الفوعة وكفريا بالقذائف أمس ردا على هجوم قوات النظام "
            "على بلدة الزبداني في ريف دمشق.")
    shelling = [e for e in _events(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and all(e.location is not None and e.location.admin1 == "Idlib"
                            for e in shelling)


def test_a_possible_attack_on_a_whole_country_is_no_event() -> None:
    text = "قالت الحكومة العراقية إنها لن تسمح بشن أي هجوم على جارتها الشمالية تركيا من أراضي العراق."
    assert _subs(text) == []


def test_one_clash_told_again_with_the_sides_swapped_is_one_event() -> None:
    # the army's fighting with the militants, then the militants' attack on an army post
    text = ("خاض الجيش اليمني أمس معارك مع تنظيم القاعدة في مدينة المكلا بمحافظة حضرموت. "
            "وأوضح مصدر أن مسلحي القاعدة هاجموا نقطة عسكرية في المكلا.")
    events = _events(text, "2015-08-01")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    e = events[0]
    assert {a.id for a in (e.actor1, e.actor2) if a is not None} >= {"al-qaeda"}


def test_clashes_with_another_side_stay_apart() -> None:
    text = ("خاض الجيش اليمني أمس معارك مع تنظيم القاعدة في مدينة المكلا بمحافظة حضرموت. "
            "وأوضح مصدر أن مسلحي الحوثي هاجموا نقطة للمقاومة الشعبية في المكلا.")
    assert len([e for e in _events(text, "2015-08-01") if e.sub_event_type == "Armed clash"]) == 2
