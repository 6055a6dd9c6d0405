"""A withdrawal from an agreement, talks or a session, or by lawyers or a delegation, is a civil
act, not a movement of forces; a withdrawal of troops from a town still is one."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-05-10")

_CONTEXT = "بعد أسابيع من المعارك التي قتل فيها عشرات المسلحين، "


def _changes(text: str) -> list[str]:
    return [e.trigger.text for e in read(text) if e.sub_event_type == "Change to group/activity"]


def test_withdrawing_from_the_agreement_is_no_event() -> None:
    assert _changes(_CONTEXT + "أعلنت واشنطن أمس انسحاب الولايات المتحدة من الاتفاق النووي.") == []


def test_lawyers_walking_out_is_no_event() -> None:
    assert _changes(_CONTEXT + "توقفت محاكمة المتهمين أمس بعدما انسحب المحامون احتجاجا على "
                    "المحكمة العسكرية.") == []


def test_withdrawing_from_the_talks_is_no_event() -> None:
    assert _changes(_CONTEXT + "أعلن الوفد الحكومي أمس انسحابه من المفاوضات في جنيف.") == []


def test_troops_withdrawing_from_a_town_is_still_an_event() -> None:
    assert _changes("وقال المرصد إن القوات الحكومية انسحبت أمس من مواقعها في بلدة القريتين إثر "
                    "هجوم عنيف لمسلحي التنظيم.") == ["انسحبت"]


def test_leaving_a_delegation_named_without_its_article_is_no_event() -> None:
    # (وفد starts with و: it is no conjunction to strip)
    assert _changes("وقال ناشطون إن ممثلي الفصائل أعلنوا انسحابهم من وفد المفاوضات في بلدة "
                    "القريتين.") == []
