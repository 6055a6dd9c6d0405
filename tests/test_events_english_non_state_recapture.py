"""English territory: with no known actor, rebels or militants named as the subject of a
recapture verb ("militants recaptured the village") took the ground from the government: Non-state
actor overtakes territory, whatever the verb's "re-" says; the government's or pro-government
forces regain it. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_militants_recapturing_a_village_overtake_it() -> None:
    for text in (
        "Al-Shabab militants recaptured the village of Basra from government forces on Monday.",
        "Rebel fighters retook the town of Saraqeb on Thursday.",
    ):
        assert _subs(text) == ["Non-state actor overtakes territory"], (text, _subs(text))


def test_government_and_pro_government_forces_regain_it() -> None:
    for text in (
        "Government forces recaptured the town of Saraqeb from rebels on Thursday.",
        "Pro-government fighters recaptured the town of Saraqeb on Thursday.",
    ):
        assert _subs(text) == ["Government regains territory"], (text, _subs(text))


def test_militants_driven_out_lost_the_ground() -> None:
    # (a passive: the militants named before it are who lost the town)
    assert _subs("The militants were driven out of the town of Hit on Monday.") == [
        "Government regains territory"]
    assert _subs("Government forces recovered control of two villages in Idlib from rebel fighters on Monday.") == [
        "Government regains territory"]
