"""An English act told as the answer to another (``assemble.answers``) is a new act by the other
side: never merged into the act it answers, and one act when that act was one. Our own
sentences."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2021-03-10", "en")


def test_a_retaliation_in_the_next_sentence_is_its_own_event() -> None:
    events = read("Militants shelled Azaz on Wednesday. The army retaliated with air strikes on "
                  "rebel positions near Azaz.")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and len(events) == 2
    # one act answering one dated act: specific, and dated from that day
    assert strikes[0].specificity == "specific"
    assert strikes[0].date.start == "2021-03-10"


def test_an_answer_of_the_same_kind_stays_apart() -> None:
    events = read("Rebels shelled the town of Azaz on Monday. In response, government forces "
                  "shelled rebel positions near Azaz.")
    assert [e.sub_event_type for e in events].count("Shelling/artillery/missile attack") == 2


def test_what_follows_to_is_the_act_answered_not_the_answer() -> None:
    # "responded to the shelling with mortars": the mortars answer, the shelling is answered
    events = read("Government forces shelled Douma on Monday, killing four people. Rebels "
                  "responded to the shelling with a barrage of mortars on Damascus, wounding "
                  "ten civilians.")
    assert len(events) == 2


def test_two_weapons_of_one_retaliation_are_one_event() -> None:
    events = read("The army retaliated with air strikes and shelling on rebel positions near "
                  "Azaz on Wednesday.")
    assert len(events) == 1


def test_a_plain_telling_in_two_sentences_still_merges() -> None:
    # no answer word: the second sentence tells the same air strike again
    events = read("Warplanes struck the town of Azaz on Wednesday, killing five civilians. "
                  "The air strikes hit a market near the town centre.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
