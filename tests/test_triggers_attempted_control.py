"""An attempt at control with its subject between (لمحاولة القوات السيطرة على) is control tried,
not won: no territory event; control won stays one."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-04-28")
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def test_attempt_with_subject_between_is_no_territory() -> None:
    for text in ("قالت الحركة إنها تصدت لمحاولة القوات الحكومية السيطرة على أحد مواقعها في الجبل.",
                 "حاولت الميليشيات مرارا السيطرة على التلال المحيطة بالمدينة."):
        assert not any(e.sub_event_type in _TERRITORY for e in read(text)), text


def test_control_won_is_territory() -> None:
    events = read("سيطرت القوات الحكومية على بلدة في ريف حماة أمس بعد معارك عنيفة.")
    assert any(e.sub_event_type in _TERRITORY for e in events)
    # a finite verb after the attempt is a new act: the attempt foiled, the ground retaken
    events = read("أفشلت قوات الجيش محاولات الميليشيا واستعادت سيطرتها على عدة مواقع في المديرية أمس.")
    assert any(e.sub_event_type in _TERRITORY for e in events)


def test_an_assassination_attempt_is_still_an_attack() -> None:
    assert [e.sub_event_type for e in read("نجا المحافظ من محاولة اغتيال في عدن أمس.")] == ["Attack"]
