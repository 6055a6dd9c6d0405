"""A definite re-mention with no day of its own (الانفجار) takes the day of the sentence before
it that told the same word indefinitely (في انفجار … اليوم السبت)."""

from __future__ import annotations

from reading import READER, events_reader
from shared_data import DATA

from marsad.evaluate.gold import DatasetIndex
from marsad.model import Document

_events = events_reader(published="2018-06-23")


def test_a_blast_named_again_takes_the_day_it_was_first_told_with() -> None:
    # A corpus report: "a few killed in a blast at a rally in the capital, today Saturday", then
    # two sentences later "the organisers said the blast came from a bomb" (the one event found).
    row = DatasetIndex(DATA).row("ant_corpus_conflict", "AL-internationalNews-1747-20180623")
    doc = Document("t", str(row["content"]), "ar", "t", published="2018-06-23")
    blasts = [e for e in READER.read(doc).events if e.event_type == "Explosions/Remote violence"]
    assert blasts and all(e.date is not None and e.date.start == "2018-06-23" for e in blasts)


def test_a_word_told_before_with_no_day_lends_none() -> None:
    text = ("وقالت مصادر محلية إن انفجارا وقع قرب سوق المدينة. "
            "وأكد أحد السكان أن الانفجار ناجم عن قنبلة يدوية ألقاها مجهول.")
    events = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert events and all(e.date is None or e.date.start is None for e in events)
