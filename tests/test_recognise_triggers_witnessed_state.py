"""A place described by what it witnesses (سيناء التي تشهد هجمات) tells the place's state, not an
incident: the act noun after it is no trigger."""

from __future__ import annotations

from reading import READER, events_reader
from shared_data import DATA

from marsad.evaluate.gold import DatasetIndex
from marsad.model import Document


def test_a_place_described_by_what_it_witnesses_tells_no_incident() -> None:
    text = ("وقال المحافظ إن المحافظة التي تشهد مواجهات منذ أعوام ستحصل على دعم إضافي من "
            "الحكومة.")
    assert events_reader(published="2018-03-26")(text) == []


def test_the_bombing_stays_a_bombing_beside_the_described_place() -> None:
    # A corpus report: an officer and three soldiers killed by a bomb in North Sinai, "which
    # witnesses attacks by militants"; the attacks were read as a clash that absorbed the bombing.
    row = DatasetIndex(DATA).row("saudinewsnet_conflict", "2015-07-24#1070")
    doc = Document("t", str(row["content"]), "ar", "t", published="2015-07-24")
    subs = [e.sub_event_type for e in READER.read(doc).events]
    assert "Remote explosive/landmine/IED" in subs
