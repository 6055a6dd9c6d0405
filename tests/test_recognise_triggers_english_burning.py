"""English burning and destruction of property (triggers_property_en.py): a bare burning verb
with property named in its clause is Looting/property destruction, or the crowd's riot; with no
property ("burned copies of the bill") or beside a fire told as a mishap it is none; an effigy
burned is a protest; arson and the destruction of property are acts on property; people burned
to death are killed. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")

_LOOTING = "Looting/property destruction"


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_property_burned_with_no_demonstration_is_destruction() -> None:
    for text in (
        "Gunmen burned down the police station in Owerri on Monday.",
        "Dozens of market stalls were burned overnight during attacks on traders in the port city.",
        "Two patrol cars were burnt outside the district office overnight.",
    ):
        assert _subs(text) == [_LOOTING], (text, _subs(text))


def test_rioters_burning_property_riot() -> None:
    assert _subs("Rioters burned shops and cars in the old city of Delhi on Monday.") == [
        "Violent demonstration"]


def test_burning_without_property_or_beside_a_mishap_is_no_destruction() -> None:
    assert _subs("A fire burned 20 houses in the slum in Dhaka on Sunday, firefighters said.") == []
    assert _subs("Protesters burned copies of the farm bill in Amritsar on Monday.") == [
        "Peaceful protest"]


def test_an_effigy_burned_is_a_peaceful_protest() -> None:
    assert _subs("Party workers set fire to an effigy of the prime minister outside the "
                 "collectorate in Bhopal on Friday.") == ["Peaceful protest"]


def test_arson_and_destruction_of_property_are_acts_on_property() -> None:
    assert _subs("Unknown men carried out an arson attack on the party office in Kannur on "
                 "Tuesday.") == [_LOOTING]
    assert _subs("The governor condemned the destruction of government property across the "
                 "state.") == [_LOOTING]


def test_people_burned_to_death_by_militants_were_killed() -> None:
    assert _subs("Two children were burned to death when militants raided their village in "
                 "Kivu on Sunday.") == ["Attack"]
    assert _subs("Five people were burned to death in a house fire in Lagos on Sunday.") == []
