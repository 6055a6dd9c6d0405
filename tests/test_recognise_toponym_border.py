"""A country named as the other side of a border is no scene: the act happened on this side.
Own sentences in the style of reports."""

from __future__ import annotations

from reading import events_reader, place_values

read = events_reader(published="2018-06-03")


def _countries(text: str) -> list[str | None]:
    return [e.location.country if e.location else None for e in read(text)]


def test_neighbour_after_border_with_only_locates() -> None:
    values = place_values("قتل ستة مسلحين في هجوم على مواقع للجيش قرب الحدود مع أفغانستان.")
    assert values["أفغانستان"].get("locates") is True


def test_country_of_the_act_is_not_the_neighbour() -> None:
    text = ("قال الجيش العراقي إن تنظيم الدولة شن أمس هجوما على الجيوب الواقعة على طول الحدود "
            "مع سوريا في العراق.")
    assert "SY" not in _countries(text)


def test_a_country_named_as_the_scene_still_places_the_act() -> None:
    values = place_values("قتل ستة مسلحين في هجوم على مواقع للجيش في أفغانستان.")
    assert values["أفغانستان"].get("locates") is not True


def test_english_border_with() -> None:
    read_en = events_reader(published="2018-06-03", language="en")
    near = "Pakistani troops clashed with militants near the border with Afghanistan on Sunday."
    inside = "Pakistani troops clashed with militants in Afghanistan on Sunday."
    assert [e.location.country for e in read_en(inside) if e.location] == ["AF"]
    assert "AF" not in [e.location.country for e in read_en(near) if e.location]
