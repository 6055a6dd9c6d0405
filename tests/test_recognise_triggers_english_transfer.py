"""English territory taken where the other side withdrew, with no fighting told, is a Non-violent
transfer of territory, and the withdrawal is its own part (triggers_transfer_en.py); with fighting
in the sentence it stays a takeover, and a withdrawal alone stays a change of activity. Our own
sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_ground_taken_after_a_withdrawal_is_a_transfer() -> None:
    for text in (
        "Rebel fighters took control of the town of Afrin on Sunday after Kurdish forces pulled out.",
        "Militants seized the area following the withdrawal of government forces, residents said.",
    ):
        assert _subs(text) == ["Non-violent transfer of territory"], (text, _subs(text))


def test_ground_taken_in_fighting_stays_a_takeover() -> None:
    text = "Rebels took control of the town of Afrin on Sunday after heavy clashes, and Kurdish forces withdrew."
    assert "Non-violent transfer of territory" not in _subs(text), _subs(text)
    assert "Non-state actor overtakes territory" in _subs(text), _subs(text)


def test_a_withdrawal_alone_is_a_change_of_activity() -> None:
    assert _subs("Government forces withdrew from the town of Kidal on Monday.") == [
        "Change to group/activity"]


def test_a_withdrawal_told_in_another_sentence_of_a_calm_report_makes_a_transfer() -> None:
    subs = _subs("Militants have taken control of the village of Balad, 40 km south of the port. "
                 "They moved in after the withdrawal of regional forces, residents said.")
    assert subs == ["Non-violent transfer of territory"], subs


def test_fighting_told_in_another_sentence_keeps_the_takeover() -> None:
    subs = _subs("Militants have taken control of the village of Balad on Monday. Regional "
                 "forces withdrew from their posts. Heavy clashes continued nearby on Tuesday.")
    assert "Non-violent transfer of territory" not in subs, subs


def test_have_controlled_a_town_after_a_withdrawal_is_a_transfer() -> None:
    subs = _subs("Federal forces have controlled the town of Makhmour after Kurdish forces "
                 "withdrew from it on Monday.")
    assert subs == ["Non-violent transfer of territory"], subs


def test_ground_taken_without_a_fight_is_a_transfer() -> None:
    for text in (
        "Rebels took control of the town of Bria without resistance on Monday.",
        "Government troops took control of several towns in the prefecture without any armed "
        "clashes, the army said.",
    ):
        assert _subs(text) == ["Non-violent transfer of territory"], (text, _subs(text))
