"""The document's home place is lent to the story's own acts, not to background acts of long ago."""

from __future__ import annotations

from reading import by_trigger, events_reader

_read = events_reader(published="2018-06-14")

# A story placed in one governorate by three mentions; its last paragraph recalls an old act
# that names no place.
_STORY = (
    "قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة العريش بمحافظة شمال سيناء اليوم الخميس.\n"
    "وقال مصدر أمني في شمال سيناء إن المسلحين فروا بعد الهجوم نحو مناطق صحراوية جنوب العريش.\n"
    "{background}"
)


def test_old_dated_background_act_keeps_no_borrowed_place() -> None:
    events = _read(_STORY.format(background="وكان مسلحون قد اختطفوا عشرة من عمال الإغاثة في يناير 2016."))
    old = by_trigger(events, "اختطف")
    assert old.specificity == "historical"
    assert old.location is None
    assert by_trigger(events, "هجوم").location is not None


def test_story_act_without_a_place_of_its_own_still_gets_the_home_place() -> None:
    events = _read(_STORY.format(background="واعتقلت قوات الأمن مساء اليوم خمسة مشتبه بهم."))
    arrest = by_trigger(events, "اعتقل")
    assert arrest.location is not None and arrest.location.admin1 == "North Sinai"


def test_undated_earlier_act_keeps_the_home_place() -> None:
    # An earlier act with no day of its own may be the one the story follows up.
    events = _read(_STORY.format(background="وكان مسلحون قد اختطفوا عشرة من عمال الإغاثة من قبل."))
    old = by_trigger(events, "اختطف")
    assert old.location is not None and old.location.admin1 == "North Sinai"


_TOWN = "قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة العريش بمحافظة شمال سيناء اليوم الخميس.\n"


def test_country_wide_act_borrows_no_place() -> None:
    events = _read(_TOWN + "وخرجت مظاهرات في عدد من المدن تنديدا بالهجوم.")
    demo = by_trigger(events, "مظاهرات")
    assert demo.location is None
    events = _read(_TOWN + "وشنت قوات الأمن حملة اعتقالات واسعة في أنحاء البلاد.")
    assert by_trigger(events, "اعتقال").location is None


def test_cities_of_a_named_region_or_a_place_the_relative_clause_is_about_are_kept() -> None:
    events = _read(_TOWN + "وخرجت مظاهرات في عدد من المدن بمحافظة شمال سيناء تنديدا بالهجوم.")
    demo = by_trigger(events, "مظاهرات")
    assert demo.location is not None and demo.location.admin1 == "North Sinai"
    events = _read("وعاد المقاتلون إلى مدينة تعز، التي شهدت أعنف المعارك في البلاد منذ سنوات.")
    fight = by_trigger(events, "معارك")
    assert fight.location is not None and fight.location.admin1 == "Ta'izz"


# An act its own clause dates to an earlier year (or that a charge names) borrows no place.
def test_act_of_an_earlier_year_keeps_no_home_place() -> None:
    events = _read(_STORY.format(background="وكان مسلحون قد اختطفوا عشرة من عمال الإغاثة عام 2015."))
    old = by_trigger(events, "اختطف")
    assert old.specificity == "historical"
    assert old.location is None
    assert by_trigger(events, "هجوم").location is not None


def test_act_of_an_earlier_year_keeps_no_place_of_an_earlier_sentence() -> None:
    text = ("وقتل جنديان في هجوم على حاجز في مدينة العريش اليوم الخميس. "
            "وكان التنظيم قد أعدم عشرات الأسرى عام 2014.")
    events = _read(text)
    old = by_trigger(events, "أعدم")
    assert old.specificity == "historical"
    assert old.location is None


def test_act_of_an_earlier_year_keeps_the_place_its_sentence_points_back_to() -> None:
    text = ("وقتل جنديان في هجوم على حاجز في مدينة العريش اليوم الخميس. "
            "وكان التنظيم قد أعدم عشرات الأسرى في المدينة عام 2014.")
    old = by_trigger(_read(text), "أعدم")
    assert old.specificity == "historical"
    assert old.location is not None and old.location.admin1 == "North Sinai"


def test_act_a_charge_names_borrows_no_place() -> None:
    events = _read(_STORY.format(background="ومثل أمام المحكمة أمس رجل متهم بالتخطيط لتفجير عبوة ناسفة."))
    plot = by_trigger(events, "تفجير")
    assert plot.location is None
