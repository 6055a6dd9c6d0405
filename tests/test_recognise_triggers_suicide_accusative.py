"""The accusative of the suicide adjective (هجوما انتحاريا، تفجيرا انتحاريا) names a suicide
bombing like its nominative. Own sentences in the style of reports."""

from __future__ import annotations

from reading import events_reader

read = events_reader(published="2018-03-01")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")


def _codings(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in read(text)]


def test_accusative_suicide_attack_is_a_suicide_bomb() -> None:
    assert _codings("شن التنظيم أمس هجوما انتحاريا بسيارة مفخخة على حاجز للجيش في الرمادي.") == [
        SUICIDE]


def test_accusative_suicide_bombing_is_a_suicide_bomb() -> None:
    assert _codings("نفذ مسلح أمس تفجيرا انتحاريا في سوق شعبي ببغداد أسقط عشرات القتلى.") == [
        SUICIDE]


def test_an_attack_with_no_suicide_word_is_no_suicide_bomb() -> None:
    assert SUICIDE not in _codings("شن مسلحون أمس هجوما على حاجز للجيش في الرمادي.")
