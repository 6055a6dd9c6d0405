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
