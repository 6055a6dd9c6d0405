"""English rules that read through one shared helper (voice, "worst since", passive gaps): a
passive with an adverb, a group's capital initials that are no auxiliary, a toll verb "maimed",
a base noun with an adverb before its passive verb. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def test_a_passive_with_an_adverb_tells_who_lost_the_ground() -> None:
    subs = [e.sub_event_type for e in _events(
        "The militants were reportedly driven out of the town of Hit on Monday.")]
    assert subs == ["Government regains territory"], subs


def test_capital_initials_are_no_auxiliary() -> None:
    # ("(IS) militants attacked": IS is the group, the attacker, not "is" of a passive)
    events = _events("The Islamic State (IS) militants attacked an army convoy south of Mosul on Monday.")
    assert [e.actor1.name if e.actor1 else None for e in events] == ["Islamic State (Iraq)"], events


def test_a_perfect_maimed_toll_of_a_mass_is_a_trend() -> None:
    for text in (
        "Landmines have maimed hundreds of children in Saada province.",
        "Roadside bombs have maimed 40 soldiers in Helmand since the spring.",
    ):
        assert {e.specificity for e in _events(text)} == {"trend"}, text


def test_the_worst_since_stays_one_incident() -> None:
    text = "A truck bomb has killed 60 people in the city, the biggest toll since 2017."
    assert {e.specificity for e in _events(text)} == {"specific"}


def test_a_base_set_up_later_is_established() -> None:
    subs = [e.sub_event_type for e in _events(
        "Three posts were then set up by the army near Zakho on Sunday.")]
    assert subs == ["Headquarters or base established"], subs


def test_a_withdrawal_in_an_arabic_document_is_not_read_as_english() -> None:
    text = "Rebels took control of the town of Kafr Nabl after government forces pulled out on Sunday."
    assert "Non-violent transfer of territory" in [e.sub_event_type for e in _events(text)]
    arabic = [e.sub_event_type for e in _events(text, language="ar")]
    assert "Non-violent transfer of territory" not in arabic, arabic
