"""An English telling repeated word for word (``merge_copies``): a headline run into the lead
and quoted again in the body is one incident, not two. Our own sentences."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2019-05-15", "en")

_LEAD = ("Gunmen executed villagers and members of their families who tried to leave the "
         "besieged town through the humanitarian corridor to areas held by the army.")


def test_a_lead_quoted_again_in_the_body_is_one_execution() -> None:
    # the lead takes its place from the sentence after it, the quote from its own: the two
    # tellings are placed apart, yet they are one incident
    text = (f"May 15 2019 {_LEAD} Fighters keep breaking the truce in the provinces of Idlib "
            "and Hama, the monitoring group said on Wednesday. \"In Latakia province the "
            f"{_LEAD[0].lower()}{_LEAD[1:]} In all 30 people were killed\" the group said.")
    attacks = [e for e in read(text) if e.sub_event_type == "Attack"]
    assert len(attacks) == 1
    assert attacks[0].fatalities is not None and attacks[0].fatalities.best == 30


def test_two_executions_told_in_other_words_stay_two() -> None:
    text = ("Gunmen executed five villagers in Kafr Nabl on Monday. In another village, gunmen "
            "executed three shepherds on Tuesday, residents said.")
    assert len([e for e in read(text) if e.sub_event_type == "Attack"]) == 2
