"""A party's own aim told in the present tense after "إنها/أنه" is no incident; its acts told
in the past tense or with a day still are."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-03-10")


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in read(text)]


def test_a_stated_aim_is_no_event() -> None:
    text = ("وتواصل القوات التركية عمليتها في منطقة عفرين، وتقول أنقرة إنها تستهدف مقاتلي "
            "وحدات حماية الشعب الكردية.")
    assert "تستهدف" not in _triggers(text)


def test_a_masculine_aim_and_a_denial_are_no_events() -> None:
    text = ("ويقول التحالف إنه يستهدف مواقع المسلحين فقط، ويؤكد أنه لا يستهدف المدنيين في "
            "محافظة صعدة.")
    assert "يستهدف" not in _triggers(text)


def test_the_incident_of_the_same_report_stays() -> None:
    text = ("قتل أربعة مدنيين الجمعة في قصف تركي على بلدة جنديرس، وتقول أنقرة إنها تستهدف "
            "المسلحين الأكراد.")
    triggers = _triggers(text)
    assert "قصف" in triggers
    assert "تستهدف" not in triggers


def test_a_present_act_without_the_complement_is_read() -> None:
    # The same verb with a noun for its subject reports the act itself.
    text = "قال الإعلام الرسمي إن طائرات إسرائيلية تستهدف مطار التيفور العسكري قرب حمص."
    assert "تستهدف" in _triggers(text)
