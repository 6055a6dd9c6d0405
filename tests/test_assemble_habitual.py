"""Present-tense acts that characterise a party, state an aim or repeat a speaker's charge are
no incidents; present-tense reports with a day, a place of their own, a pattern word or in a
headline still are."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-04-12")


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in read(text)]


def test_a_relative_clause_describes_a_party() -> None:
    text = ("وانضمت دول جديدة إلى التحالف الدولي الذي يقصف تنظيم الدولة في العراق وسوريا، "
            "بحسب وزارة الخارجية.")
    assert "يقصف" not in _triggers(text)


def test_whoever_does_it_is_no_incident() -> None:
    text = "ورد الرئيس بأن بلاده لن تقبل دروسا ممن يهاجم المدنيين الأكراد."
    assert "يهاجم" not in _triggers(text)


def test_an_object_pronoun_does_not_hide_the_relative() -> None:
    text = "واستثنى القرار الفصائل المسلحة التي تستهدفها القوات الحكومية في حملتها."
    assert not any(t.startswith("تستهدف") for t in _triggers(text))


def test_a_subjunctive_is_an_aim() -> None:
    text = "وتسعى الميليشيات إلى أن تهاجم مواقع الجيش قبل وصول التعزيزات، وفق مصدر عسكري."
    assert "تهاجم" not in _triggers(text)


def test_the_clitic_of_purpose_is_an_aim() -> None:
    text = "وحشد التنظيم مقاتليه في الصحراء ليهاجم القرى الحدودية."
    assert "يهاجم" not in _triggers(text)


def test_a_speakers_charge_without_a_place_is_no_incident() -> None:
    text = ("قال وزير الداخلية في مؤتمر صحفي إن الحركة والتنظيم يستهدفان المدنيين بهدف "
            "نشر الفوضى.")
    assert "يستهدفان" not in _triggers(text)


def test_a_charge_with_a_noun_row_present_is_no_incident() -> None:
    text = "وقال المتحدث إن الميليشيات تختطف الناشطين والمعارضين لترهيبهم."
    assert "تختطف" not in _triggers(text)


def test_pretending_is_no_demonstration() -> None:
    text = "وكشف التحقيق أن عناصر الخلية يتظاهرون بأنهم باعة متجولون لرصد المواقع الأمنية."
    assert not any(e.event_type == "Protests" for e in read(text))


def test_a_pattern_word_keeps_the_practice() -> None:
    text = "وأكد ناشطون أن الطائرات الحربية تقصف بانتظام الأحياء الشرقية من المدينة."
    events = read(text)
    assert [e.trigger.text for e in events] == ["تقصف"]
    assert events[0].specificity == "recurring"


def test_a_period_keeps_the_report() -> None:
    text = "وتقصف القوات الحكومية منذ أيام مواقع التنظيم في الأحياء الجنوبية من دمشق."
    assert "تقصف" in _triggers(text)


def test_a_report_with_its_own_place_stays() -> None:
    text = "وقالت وكالة الأنباء الرسمية إن طائرات حربية تقصف بلدة كفرنبل في ريف إدلب."
    assert "تقصف" in _triggers(text)


def test_a_demonstration_in_the_present_stays() -> None:
    text = "وخرج المئات في شوارع المدينة يتظاهرون ضد غلاء الأسعار يوم الجمعة."
    assert any(e.event_type == "Protests" for e in read(text))


def test_a_speaker_telling_what_goes_on_now_is_a_report() -> None:
    text = "وقال شهود إن الطائرات الحربية تقصف الآن الأحياء الشرقية بكثافة."
    assert "تقصف" in _triggers(text)


def test_an_operation_to_liberate_a_city_is_no_takeover() -> None:
    text = "وانطلقت فجر الأربعاء عملية عسكرية واسعة لتحرير مدينة الحديدة ومينائها."
    assert not any(e.event_type == "Battles" for e in read(text))


def test_an_attempt_to_regain_areas_is_no_takeover() -> None:
    text = "وصدت القوات محاولة للمسلحين لاستعادة مناطق محررة في المديرية."
    assert not any(e.event_type == "Battles" for e in read(text))


def test_a_takeover_told_as_done_stays() -> None:
    text = "وتمكنت القوات من تحرير مدينة زنجبار الأربعاء بعد معارك عنيفة."
    assert "Government regains territory" in [e.sub_event_type for e in read(text)]
