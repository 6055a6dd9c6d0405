"""An act a charge or suspicion names takes no day from the charge, the arrest or the statement:
only a day the text gives the act itself (after it, in its clause)."""

from __future__ import annotations

from reading import events_reader

PUBLISHED = "2018-05-10T12:00:00+00:00"  # a Thursday


_events = events_reader(published=PUBLISHED)


def _date_of(text: str, trigger: str) -> str | None:
    found = [e for e in _events(text) if trigger in e.trigger.text]
    assert found, [e.trigger.text for e in _events(text)]
    return found[0].date.start


def test_a_day_before_the_charge_dates_the_arrest_not_the_act() -> None:
    cases = [
        ("أعلنت الشرطة أمس اعتقال رجل يشتبه في تخطيطه لهجوم انتحاري في العاصمة.", "انتحاري"),
        ("أعلن مجلس القضاء الأربعاء أن خمسة متهمين بقتل عشرين مدنيا في القرية سيحاكمون قريبا.",
         "قتل"),
        ("اتهم الجيش أمس الميليشيا بتفجير عبوة ناسفة في السوق.", "تفجير"),
    ]
    for text, trigger in cases:
        assert _date_of(text, trigger) is None, text


def test_an_arrest_for_an_act_is_not_merged_into_it() -> None:
    text = "اعتقلت الشرطة أمس رجلا يشتبه في تورطه بتفجير سيارة مفخخة في العاصمة."
    subs = {e.sub_event_type: e.date.start for e in _events(text)}
    assert subs == {"Arrests": "2018-05-09", "Remote explosive/landmine/IED": None}


def test_a_day_after_the_charged_act_dates_it() -> None:
    text = ("اعتقلت القوات ثلاثة شبان للاشتباه بتورطهم في تفجير عبوة ناسفة صباح اليوم قرب "
            "الحاجز.")
    assert _date_of(text, "تفجير") == "2018-05-10"


def test_an_uncharged_act_keeps_the_day_before_it() -> None:
    text = "قصفت الطائرات أمس الأحياء السكنية في المدينة."
    assert _date_of(text, "قصف") == "2018-05-09"


def test_a_day_after_the_charge_word_is_the_acts_not_the_arrests() -> None:
    text = ("أكدت الشرطة توقيف مطلوب يشتبه بتورطه في قتل مزارع في القرية مطلع الشهر الحالي، "
            "وفق ما أفاد مصدر أمني.")
    dates = {e.sub_event_type: e.date.text for e in _events(text)}
    assert dates == {"Arrests": None, "Attack": "مطلع الشهر الحالي"}


def test_a_charge_verb_followed_by_the_acts_day_dates_the_act() -> None:
    text = "اتهمت الحكومة الطيران الحربي بقصف مستشفى البلدة في 9 أيار الجاري."
    assert _date_of(text, "قصف") == "2018-05-09"


def test_an_act_named_after_bituhmat_is_no_event_and_so_carries_no_day() -> None:
    text = "أعلن مجلس القضاء الأربعاء أن خمسة أشخاص سيحاكمون بتهمة قتل عشرين مدنيا في القرية."
    assert not [e for e in _events(text) if e.date.start is not None]


def test_the_document_precheck_sees_every_charge_word_a_token_reading_holds() -> None:
    """The per-document look-up (arguments._charge_tokens) must hold every token whose clitic
    readings hold a charge word, or charged acts would lose their rule."""
    from marsad.assemble.doc import readings_of
    from marsad.assemble.event_dates import CHARGE_WORDS, _charge_tokens
    from marsad.text.lexicon_scan import PREFIXES

    for word in CHARGE_WORDS:
        for prefix in PREFIXES:
            token = prefix + (word[2:] if prefix.endswith("لل") and word.startswith("ال") else word)
            if not readings_of(token).isdisjoint(CHARGE_WORDS):
                assert token in _charge_tokens(), token


def test_a_charge_after_a_lam_still_withholds_the_day() -> None:
    text = "أوقفت الشرطة أمس شابين للاشتباه بتفجير عبوة ناسفة في السوق."
    assert _date_of(text, "تفجير") is None
