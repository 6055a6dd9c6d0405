"""Acts told in the future tense (سـ on the verb, or on a support verb before the noun) are
hypothetical and carry no date; a verb whose stem starts with س (سيطر، سقط) is no future."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10T12:00:00+00:00")


def _read(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.trigger.text: (e.specificity, e.date.start) for e in _events(text)}


def test_a_verb_with_the_future_prefix_is_hypothetical_and_undated() -> None:
    for text in (
        "وستقصف المدفعية مواقع التنظيم في الموصل.",
        "وقال الناطق إن الطائرات ستقصف مواقع المسلحين في ريف إدلب يوم الجمعة.",
        "وأكد القيادي أن التنظيم سيهاجم مواقع الجيش في درعا.",
    ):
        read = _read(text)
        assert read and all(v == ("hypothetical", None) for v in read.values()), (text, read)


def test_a_noun_after_a_future_support_verb_is_hypothetical() -> None:
    for text in (
        "قال المتحدث إن الطائرات الحربية ستشن غارات على مواقع المسلحين في ريف إدلب.",
        "وأعلن القائد أن الجيش سيشن هجوما واسعا على مواقع المسلحين في ريف حماة.",
        "وسيقوم الجيش بقصف مواقع المسلحين في ريف حلب.",
    ):
        read = _read(text)
        assert read and all(v[0] == "hypothetical" for v in read.values()), (text, read)


def test_the_same_acts_in_the_past_are_specific() -> None:
    for text in (
        "وقصفت المدفعية مواقع التنظيم في الموصل يوم الجمعة.",
        "شنت الطائرات الحربية غارات على مواقع المسلحين في ريف إدلب أمس.",
    ):
        read = _read(text)
        assert read and all(v[0] == "specific" for v in read.values()), (text, read)


def test_a_stem_starting_with_sin_is_no_future() -> None:
    for text in (
        "سيطر مسلحون على بلدة في ريف حماة يوم الثلاثاء.",
        "سقط ثلاثة قتلى في قصف على مدينة حلب أمس.",
        "قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد أمس.",
    ):
        read = _read(text)
        assert read and all(v[0] == "specific" for v in read.values()), (text, read)


def test_a_noun_after_a_sequence_word_was_done() -> None:
    read = _read("وسيواصل الجيش تقدمه بعد قصف مواقع المسلحين في ريف حلب أمس.")
    assert read["قصف"] == ("specific", "2021-03-09"), read


def test_a_noun_in_another_phrase_than_the_support_verbs_object_was_done() -> None:
    read = _read("وقالت فرنسا إنها ستشن هجوما عسكريا بسبب الهجوم الكيماوي على بلدة دوما يوم السبت.")
    assert read["هجوم الكيماوي"] == ("specific", "2021-03-06"), read
    read = _read("وسيبدأ الخبراء السبت التحقيق في الهجوم الكيماوي على بلدة دوما.")
    assert read["هجوم الكيماوي"][0] == "specific", read


def test_an_act_a_future_verb_takes_with_a_preposition_is_hypothetical() -> None:
    for text in (
        "وأكد القائد أن الجيش سيركز على السيطرة على مدينة الرمادي.",
        "وأكد القائد أن القوات ستعمل على استعادة مدينة الرمادي من مسلحي التنظيم.",
        "وقال المتحدث إن التحالف سيلجأ إلى قصف مواقع المسلحين في مدينة الرمادي.",
    ):
        read = _read(text)
        assert read and all(v[0] == "hypothetical" for v in read.values()), (text, read)


def test_years_since_an_act_are_no_future() -> None:
    # (سنوات starts as a future verb does: a noun, the act it counts from stays told)
    read = _read("وقال الأهالي إن مرور سنوات على القصف لم يمح آثاره في مدينة الرمادي.")
    assert read and all(v[0] != "hypothetical" for v in read.values()), read
