"""One event per listed place (CODING §2): copies of one act at places of one region stay apart,
a second conjunct takes the place after it, and a place named only by a direction from a bigger
one, or a stretch "between" two governorates, is no second scene."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2018-05-10")


def _places(text: str) -> list[str | None]:
    return sorted(e.location.name or "" if e.location else "" for e in read(text))


def test_provinces_of_one_region_each_keep_their_protest() -> None:
    events = read("خرجت مظاهرات الجمعة في جرادة والناظور ووجدة.")
    assert len(events) == 3
    assert {e.location.admin1 for e in events if e.location} == {"Oriental"}
    assert len({e.location.name for e in events if e.location}) == 3


def test_second_conjunct_takes_the_place_after_it() -> None:
    events = read("اختطف مسلحون ناشطا في مدينة إب واختطفوا صحفيا في مدينة ذمار.")
    assert sorted(e.location.admin1 or "" for e in events if e.location) == ["Dhamar", "Ibb"]


def test_second_conjunct_without_a_place_keeps_the_one_before() -> None:
    events = read("اعتقلت قوات الاحتلال شابا في مدينة نابلس واعتقلت شقيقه.")
    assert events
    assert {e.location.name for e in events if e.location} == {"Nablus"}


def test_direction_from_a_bigger_place_is_no_second_scene() -> None:
    events = read("قصفت طائرات التحالف مواقع الدفاع الجوي في الصليف، شمالي مدينة الحديدة.")
    assert len(events) == 1


def test_a_stretch_between_two_governorates_is_one_scene() -> None:
    events = read("شنت مقاتلات التحالف غارات على مواقع الحوثيين في منطقة قانية بين محافظتي "
                  "البيضاء ومأرب.")
    assert len(events) == 1


def test_two_coordinated_governorates_still_split() -> None:
    assert len(_places("شنت طائرات التحالف غارات على محافظتي البيضاء ومأرب.")) == 2


def test_hashtagged_places_form_a_list() -> None:
    assert len(_places("شنت مقاتلات التحالف غارات على مواقع الحوثيين في #صعدة و#عمران.")) == 2


def test_places_in_sequence_are_a_list() -> None:
    events = read("قصفت قوات النظام مدينة دوما ثم مدينة حرستا.")
    assert sorted(e.location.name or "" for e in events if e.location) == ["Dūmā", "Ḩarastā"]
