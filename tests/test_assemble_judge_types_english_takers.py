"""English territory with no known actor: the government's forces named as the agent of a
passive ("recaptured by government troops") or as the subject in more words (troopers, federal
forces, armed forces) regain the ground (judge_types). Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_government_forces_as_agent_or_subject_regain() -> None:
    for text in (
        "The area was re-captured by government troops backed by local fighters on Monday.",
        "Troopers have captured two rebel camps in the province over the weekend.",
        "Federal forces took control of the town of Kirkuk on Monday.",
    ):
        assert _subs(text) == ["Government regains territory"], (text, _subs(text))


def test_militants_as_agent_overtake() -> None:
    assert _subs("The village was captured by militants on Monday.") == [
        "Non-state actor overtakes territory"]
