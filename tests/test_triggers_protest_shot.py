"""A protester killed "by the bullets of" someone (برصاص X, in construct) is force used on a
protest even when the day and place stand between the victim and the means."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-07-20")


def test_protester_shot_far_from_the_means_phrase() -> None:
    for text in ("لقي متظاهر مصرعه أمس في الكوت برصاص عناصر حماية مقر حزب.",
                 "لقي محتج مصرعه، مساء الخميس، في مدينة الكوت جنوب بغداد، وأصيب ثلاثة آخرون بجروح، "
                 "برصاص حراس مقر أحد الأحزاب."):
        kinds = [e.sub_event_type for e in read(text)]
        assert kinds == ["Excessive force against protesters"], text


def test_a_soldier_shot_is_no_force_on_protesters() -> None:
    kinds = [e.sub_event_type for e in read("قتل جندي في الكوت أمس برصاص مسلحين مجهولين.")]
    assert "Excessive force against protesters" not in kinds


def test_a_protester_called_a_civilian_is_still_the_protester() -> None:
    kinds = [e.sub_event_type for e in read("قال مصدر طبي في الكوت إن متظاهرا مدنيا توفي في المستشفى "
                                            "متأثرا بإصابته برصاص حراس مقر إحدى الميليشيات.")]
    assert kinds == ["Excessive force against protesters"]
