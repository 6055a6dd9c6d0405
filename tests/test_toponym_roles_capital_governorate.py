"""A capital whose name the gazetteer reads as its governorate (الخرطوم -> Khartoum state) still
stands for the government after a verb of speech or decision, and so do verbs of planning."""

from __future__ import annotations

from reading import event_admin1s, place_values


def test_governorate_named_like_its_capital_is_the_government_after_a_speech_verb() -> None:
    assert place_values("وتقول الخرطوم إن الحرب في الإقليم انتهت منذ سنوات.")["الخرطوم"].get("government")
    assert place_values("رحبت الحركة بالهدنة التي أعلنتها الخرطوم من جانب واحد.")["الخرطوم"].get("government")


def test_the_same_name_after_a_preposition_stays_a_scene() -> None:
    assert not place_values("قتل شخصان في انفجار قنبلة في الخرطوم أمس.")["الخرطوم"].get("government")
    assert not place_values("تظاهر المئات وسط الخرطوم مساء الأحد.")["وسط الخرطوم"].get("government")


def test_a_capital_that_plans_is_its_government() -> None:
    assert place_values("ذكرت صحف أن أنقرة تخطط لإقامة قاعدة عسكرية قرب الحدود.")["أنقرة"].get("government")
    assert place_values("وقالت مصادر إن دمشق تعتزم إرسال قوات إضافية إلى الشمال.")["دمشق"].get("government")


def test_an_event_is_not_placed_at_a_metonymic_capital() -> None:
    text = "قالت الحركة إن معارك عنيفة اندلعت مع الجيش في الإقليم، وتقول الخرطوم إن الوضع هادئ."
    assert "Khartoum" not in event_admin1s(text)


def test_a_capital_doing_an_act_named_by_a_verbal_noun_is_its_government() -> None:
    text = "وقال الوزير إن بغداد ترفض قيام أنقرة بشن عمليات عسكرية على أراضيها."
    assert place_values(text)["أنقرة"].get("government")
