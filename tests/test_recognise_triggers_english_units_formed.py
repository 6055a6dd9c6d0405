"""English: an armed unit said to have been formed or set up is a Change to group/activity
(triggers_formed_en.py); a committee formed or a base set up is not. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")

_CHANGE = "Change to group/activity"


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_an_armed_unit_formed_is_a_change_to_group() -> None:
    for text in (
        "Two new brigades of border troops have been formed in the eastern region.",
        "A local militia has been set up around Tal Afar to guard the roads.",
    ):
        assert _subs(text) == [_CHANGE], (text, _subs(text))


def test_a_committee_formed_or_a_base_set_up_is_no_change_to_group() -> None:
    assert _CHANGE not in _subs("A committee of elders was formed in Kirkuk to settle the "
                                "dispute between the forces.")
    assert _subs("A new military base was set up near Kirkuk by Turkish forces.") == [
        "Headquarters or base established"]
    assert _CHANGE not in _subs("A special task force has been set up in Kupwara to look into "
                                "the clashes between the forces.")
