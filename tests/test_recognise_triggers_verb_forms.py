"""The loader adds the regular person/number forms of the lexicon's single-word verb phrases
(هاجم -> هاجموا، هاجما; يهاجم -> تهاجم، يهاجمون), so the future prefix (سيهاجمون) and forms a
row forgot are read too; masdar-shaped stems and forms that are another word are left out."""

from __future__ import annotations

import pytest

from marsad.model import Document, Mention
from marsad.recognise.triggers import TriggerRecogniser
from marsad.recognise.triggers_lexicon import _AMBIGUOUS, _PAST, VERB_SKIP, lexicon
from marsad.recognise.verb_forms import generated, person_forms
from marsad.text.view import view


def _triggers(text: str) -> list[Mention]:
    found = TriggerRecogniser()(view(Document("t", text, "ar", "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def test_past_forms_of_a_past_stem() -> None:
    assert person_forms("هاجم", _PAST, _AMBIGUOUS) == ["هاجمت", "هاجموا", "هاجما", "هاجمتا"]


def test_present_forms_of_a_present() -> None:
    assert person_forms("يهاجم", _PAST, _AMBIGUOUS) == [
        "تهاجم", "يهاجمون", "يهاجمان", "تهاجمان", "يهاجمن"]


def test_a_masdar_shaped_stem_is_not_expanded_but_its_verb_forms_are() -> None:
    assert person_forms("قتل", _PAST, _AMBIGUOUS) == []
    # قتلت is a verb: its plural, but not the dual قتلا (an accusative noun's shape)
    assert person_forms("قتلت", _PAST, _AMBIGUOUS) == ["قتلوا"]


@pytest.mark.parametrize("word", ["اطفال", "مدينه", "تظاهرات", "يوم"])
def test_words_of_no_verb_shape_give_nothing(word: str) -> None:
    assert person_forms(word, _PAST, _AMBIGUOUS) == []


def test_generated_forms_reach_the_lexicon_but_skipped_ones_do_not() -> None:
    surfaces = {key for key, _ in lexicon().surfaces()}
    assert "يهاجمون" in surfaces and "استهدفتا" in surfaces
    made = generated(["يهرب", "اوقف", "هرب"], frozenset(), VERB_SKIP, _PAST, _AMBIGUOUS)
    assert "يهربون" in made and VERB_SKIP.isdisjoint(made)


@pytest.mark.parametrize("text", [
    "قال مصدر محلي إن مسلحين يهاجمون حاجزا للجيش قرب البلدة كل ليلة.",
    "شوهد مسلحون ملثمون يهاجمون حاجزا للشرطة عند مدخل البلدة.",
    "أكد القائد أن قواته ستهاجم مواقع التنظيم في الأيام المقبلة.",
])
def test_generated_forms_are_read_as_attack_cues(text: str) -> None:
    lemmas = [m.value["lemma"] for m in _triggers(text)]
    assert "هجوم" in lemmas


def test_a_generated_past_plural_is_read() -> None:
    text = "اعتصمت عشرات العاملات أمام مبنى المحافظة في حمص للمطالبة بصرف الرواتب."
    assert [m.text for m in _triggers(text)] == ["اعتصمت"]


def test_future_prefix_on_a_generated_plural() -> None:
    text = "قال مصدر محلي إن المسلحين سيهاجمون القرية."
    (hit,) = [m for m in _triggers(text) if m.value["lemma"] == "هجوم"]
    assert hit.text == "يهاجمون" and text[hit.span.start - 1] == "س"


# With more present forms read, "لا" + a present (or a noun) is a denial, as لم/لن + a verb is.
@pytest.mark.parametrize("text", [
    "أكد المتحدث العسكري أن الطائرات لا تقصف الأحياء السكنية في المدينة.",
    "قال المصدر إن القوات لا تشتبك مع المسلحين في حي الوعر بمدينة حمص.",
])
def test_la_right_before_a_cue_denies_it(text: str) -> None:
    assert _triggers(text) == []


def test_la_governs_only_the_next_word() -> None:
    text = "لا يزال القصف المدفعي مستمرا على أطراف البلدة منذ الصباح."
    assert any("قصف" in m.text for m in _triggers(text))
