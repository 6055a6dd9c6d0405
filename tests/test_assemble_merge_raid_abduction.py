"""A raid made to abduct is the abduction, as one made to arrest is the arrest: storming a
building and taking the people inside is one Abduction, not an Armed clash; a takeover and the
abductions after it stay two events: our own sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-06-13")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text, "2018-06-13")]


def test_storming_to_abduct_is_an_abduction() -> None:
    for text in (
        "اقتحم مسلحون حوثيون مقر جمعية خيرية في مدينة إب صباح أمس، وقاموا باختطاف العاملين فيها.",
        "داهم مسلحو الميليشيا مدرسة في مديرية ذي السفال، واختطفوا ثلاثة معلمين.",
    ):
        assert _subtypes(text) == ["Abduction/forced disappearance"], text


def test_storming_to_arrest_stays_an_arrest() -> None:
    text = "داهمت قوات الأمن منزلا في حي الزهور ببغداد واعتقلت ثلاثة مطلوبين."
    assert _subtypes(text) == ["Arrests"]


def test_a_takeover_and_abductions_stay_apart() -> None:
    text = ("خطف مسلحو تنظيم داعش عشرات المدنيين بعدما سيطروا على بلدة القريتين في ريف حمص "
            "الشرقي أمس.")
    subtypes = _subtypes(text)
    assert "Abduction/forced disappearance" in subtypes
    assert "Non-state actor overtakes territory" in subtypes
