"""A deterministic reader for runner/store tests: one event and one mention per document.

The real pipeline's events are still being built; the store must be proven on documents that
do carry events, evidence and mentions, so this reader makes them from the text itself (spans are
real: they point at the first word). ``delay`` slows it down so a test can kill a run midway.
"""

from __future__ import annotations

import sys
import time

import orjson

from marsad.model import (
    Actor,
    DateValue,
    Document,
    Event,
    Extraction,
    Fatalities,
    Mention,
    Place,
    Span,
    Trigger,
)

TEMPLATE = "اشتباكات عنيفة بين مسلحين ودورية في القرية رقم {n} بريف المحافظة الشرقي صباح اليوم."


def write_corpus(path: str, count: int) -> None:
    """``count`` distinct short reports as JSONL (our own sentences, numbered)."""
    with open(path, "wb") as handle:
        for n in range(count):
            handle.write(orjson.dumps({"id": f"doc-{n}", "text": TEMPLATE.format(n=n),
                                       "published": "2024-03-05", "source": "test"}) + b"\n")


class FakeReader:
    """Reads a document into one specific event (trigger = first word) and one mention."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def read(self, document: Document) -> Extraction:
        if self.delay:
            time.sleep(self.delay)
        text = document.text
        end = text.index(" ")
        trigger = Span(0, end)
        place_start = text.index("القرية")
        place = Place(text="القرية", span=Span(place_start, place_start + 6), name="Village",
                      admin1="Deir ez-Zor", country="SY", lat=35.3, lon=40.1, geo_precision=1)
        actor_start = text.index("مسلحين")
        actor = Actor("gunmen", "Unidentified Armed Group (Syria)", 3, "مسلحين",
                      Span(actor_start, actor_start + 6))
        event = Event(
            id="e1", event_type="Battles", sub_event_type="Armed clash", plover="ASSAULT",
            specificity="specific", trigger=Trigger(text[:end], trigger), actor1=actor,
            location=place, date=DateValue("2024-03-05", "2024-03-05", 1, "اليوم",
                                           Span(text.index("اليوم"), text.index("اليوم") + 5)),
            fatalities=Fatalities(1, 1, 1, text[:end], trigger), confidence=0.9, notes="test",
        )
        mention = Mention("trigger", trigger, text[:end], "Armed clash", "test.fake.v1")
        return Extraction(document, (mention,), (event,), ())


def slow_reader() -> FakeReader:
    return FakeReader(delay=0.02)


if __name__ == "__main__":  # python tests/store_fakes.py SOURCE STORE_URL WORKERS
    from marsad.runner import RunOptions, run

    run([sys.argv[1]], sys.argv[2], RunOptions(workers=int(sys.argv[3]), chunk_size=4),
        reader_factory=slow_reader)
