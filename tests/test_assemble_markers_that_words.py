""""That" words are said once: THAT_SELF (that + a pronoun subject) is the part of THAT_WORDS
the claimed-aims reader takes, so a party's stated aim after بأنها or بأنهما is no incident
while the act of a bare إن clause stays one. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.assemble.markers import THAT_SELF, THAT_WORDS

_events = events_reader(published="2018-06-13")


def test_that_with_a_pronoun_is_part_of_the_that_words() -> None:
    assert THAT_SELF < THAT_WORDS
    assert {"انها", "بانهم", "بانهما"} <= THAT_SELF
    assert "ان" in THAT_WORDS and "ان" not in THAT_SELF


def test_a_stated_aim_is_no_incident() -> None:
    assert _events("وتقول أنقرة بأنها تستهدف مواقع المسلحين الأكراد في المنطقة.") == []
