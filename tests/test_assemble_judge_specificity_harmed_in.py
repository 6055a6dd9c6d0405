"""An act named as the cause of a harm told with a past verb (أصيب مدنيون نتيجة قصف) is one
incident that took place, even with no day or known place in its sentence; a toll of many acts
(أصيبوا نتيجة غارات) is not made one by it, nor is a harm not told as done."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2015-08-02")


def _specificities(text: str) -> list[str]:
    return [e.specificity for e in read(text)]


def test_civilians_wounded_as_a_result_of_shelling_is_an_incident() -> None:
    assert _specificities("وقالت مصادر طبية إن مدنيين أصيبوا نتيجة قصف الميليشيات على حي "
                          "سكني، بعضهم في حال خطرة.") == ["specific"]


def test_women_wounded_in_a_mine_blast_is_an_incident() -> None:
    assert _specificities("وقالت مصادر طبية إن امرأتين أصيبتا بجروح جراء انفجار لغم أرضي "
                          "زرعه المسلحون.") == ["specific"]


def test_the_same_act_with_no_harm_verb_stays_a_pattern() -> None:
    assert _specificities("وقالت مصادر طبية إن مدنيين تضرروا نتيجة قصف الميليشيات على حي "
                          "سكني، بعضهم في حال خطرة.") == ["recurring"]


def test_a_harm_not_told_as_done_stays_a_pattern() -> None:
    assert _specificities("وقالت مصادر طبية إن امرأتين قد تصابان جراء انفجار لغم أرضي زرعه "
                          "المسلحون.") == ["recurring"]


def test_wounded_by_air_strikes_in_the_plural_stays_a_pattern() -> None:
    assert _specificities("وقالت مصادر طبية إن مدنيين أصيبوا نتيجة غارات على أحياء "
                          "سكنية.") == ["recurring"]


def test_already_wounded_with_qad_is_an_incident() -> None:
    # (قد before a past verb: "had been", a harm done)
    assert _specificities("وقالت مصادر طبية إن مدنيين قد أصيبوا نتيجة قصف الميليشيات على حي "
                          "سكني، بعضهم في حال خطرة.") == ["specific"]


def test_wounded_after_that_is_an_incident() -> None:
    assert _specificities("وقالت مصادر طبية إن طفلا نقل إلى المستشفى بعد أن أصيب جراء انفجار لغم "
                          "زرعه المسلحون.") == ["specific"]


def test_a_harm_put_as_a_condition_stays_a_pattern() -> None:
    assert _specificities("وقالت مصادر طبية إنه إذا أصيب مدنيون نتيجة قصف الميليشيات على حي "
                          "سكني فسيحملون المسؤولية.") != ["specific"]
