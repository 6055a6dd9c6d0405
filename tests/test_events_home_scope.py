"""The document's home place is lent to the story's own acts, not to background acts of long ago."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_read = events_reader(published="2018-06-14")

# A story placed in one governorate by three mentions; its last paragraph recalls an old act
# that names no place.
_STORY = (
    "قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة العريش بمحافظة شمال سيناء اليوم الخميس.\n"
    "وقال مصدر أمني في شمال سيناء إن المسلحين فروا بعد الهجوم نحو مناطق صحراوية جنوب العريش.\n"
    "{background}"
)


def _by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if word in e.trigger.text)


def test_old_dated_background_act_keeps_no_borrowed_place() -> None:
    events = _read(_STORY.format(background="وكان مسلحون قد اختطفوا عشرة من عمال الإغاثة في يناير 2016."))
    old = _by_trigger(events, "اختطف")
    assert old.specificity == "historical"
    assert old.location is None
    assert _by_trigger(events, "هجوم").location is not None


def test_story_act_without_a_place_of_its_own_still_gets_the_home_place() -> None:
    events = _read(_STORY.format(background="واعتقلت قوات الأمن مساء اليوم خمسة مشتبه بهم."))
    arrest = _by_trigger(events, "اعتقل")
    assert arrest.location is not None and arrest.location.admin1 == "North Sinai"


def test_undated_earlier_act_keeps_the_home_place() -> None:
    # An earlier act with no day of its own may be the one the story follows up.
    events = _read(_STORY.format(background="وكان مسلحون قد اختطفوا عشرة من عمال الإغاثة من قبل."))
    old = _by_trigger(events, "اختطف")
    assert old.location is not None and old.location.admin1 == "North Sinai"
