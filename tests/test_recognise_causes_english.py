"""One English list of non-conflict causes of death (causes_en.txt) serves both the trigger
lexicon (a toll in their sentence is no event) and the casualty lexicon (its figures are not
given). Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader
from marsad.recognise import casualties_en, triggers_lexicon
from marsad.recognise.cues import CAUSES_EN, read_phrases
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import tokens

READER = Reader.default()


def test_both_lexicons_read_every_cause_of_the_one_list() -> None:
    causes = read_phrases("marsad.recognise", CAUSES_EN)
    assert len(causes) > 50
    triggers = dict(triggers_lexicon.lexicon().surfaces())
    casualties = dict(casualties_en.lexicon().surfaces())
    for phrase in causes:
        key = " ".join(t.text for t in tokens(normalise_phrase(phrase)))
        assert any(e.value.strength == "cause" for e in triggers[key]), phrase
        assert any(e.value.kind == "cause" for e in casualties[key]), phrase


def test_a_storm_toll_is_no_event_and_gives_no_figure() -> None:
    doc = Document("t", "Seven people were killed when a storm tore through the town of Sylhet "
                   "on Monday.", "en", "t", published="2021-03-10")
    extraction = READER.read(doc)
    assert not extraction.events
    assert not [m for m in extraction.mentions if m.kind == "casualty"]
