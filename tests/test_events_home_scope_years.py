"""A background act its own clause dates to an earlier year borrows no place from elsewhere."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_read = events_reader(published="2018-06-14")

_STORY = (
    "قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة العريش بمحافظة شمال سيناء اليوم الخميس.\n"
    "وقال مصدر أمني في شمال سيناء إن المسلحين فروا بعد الهجوم نحو مناطق صحراوية جنوب العريش.\n"
    "{background}"
)


def _by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if word in e.trigger.text)


def test_act_of_an_earlier_year_keeps_no_home_place() -> None:
    events = _read(_STORY.format(background="وكان مسلحون قد اختطفوا عشرة من عمال الإغاثة عام 2015."))
    old = _by_trigger(events, "اختطف")
    assert old.specificity == "historical"
    assert old.location is None
    assert _by_trigger(events, "هجوم").location is not None


def test_act_of_an_earlier_year_keeps_no_place_of_an_earlier_sentence() -> None:
    text = ("وقتل جنديان في هجوم على حاجز في مدينة العريش اليوم الخميس. "
            "وكان التنظيم قد أعدم عشرات الأسرى عام 2014.")
    events = _read(text)
    old = _by_trigger(events, "أعدم")
    assert old.specificity == "historical"
    assert old.location is None


def test_act_of_this_year_still_gets_the_home_place() -> None:
    events = _read(_STORY.format(background="واعتقلت قوات الأمن مساء اليوم خمسة مشتبه بهم."))
    arrest = _by_trigger(events, "اعتقل")
    assert arrest.location is not None and arrest.location.admin1 == "North Sinai"


def test_act_of_an_earlier_year_keeps_the_place_its_sentence_points_back_to() -> None:
    text = ("وقتل جنديان في هجوم على حاجز في مدينة العريش اليوم الخميس. "
            "وكان التنظيم قد أعدم عشرات الأسرى في المدينة عام 2014.")
    old = _by_trigger(_read(text), "أعدم")
    assert old.specificity == "historical"
    assert old.location is not None and old.location.admin1 == "North Sinai"


def test_act_a_charge_names_borrows_no_place() -> None:
    events = _read(_STORY.format(background="ومثل أمام المحكمة أمس رجل متهم بالتخطيط لتفجير عبوة ناسفة."))
    plot = _by_trigger(events, "تفجير")
    assert plot.location is None
