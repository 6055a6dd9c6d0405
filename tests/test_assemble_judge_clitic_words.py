"""A judged word whose first letter is also a clitic letter is read whole too: فجرا is "at dawn"
(not ف + جرا), وقع "took place" (not و + قع), each also after a conjunction."""

from __future__ import annotations

from reading import events_reader

from marsad.text.lexicon_scan import with_proclitics

_events = events_reader(published="2018-05-10T12:00:00+00:00")


def _specificity(text: str) -> str:
    found = _events(text)
    assert len(found) == 1, [(e.trigger.text, e.specificity) for e in found]
    return found[0].specificity


def test_a_word_starting_with_a_clitic_letter_is_kept_whole_and_after_a_conjunction() -> None:
    forms = with_proclitics({"فجرا", "وقع"})
    assert {"فجرا", "وفجرا", "ففجرا", "وقع", "ووقع", "فوقع"} <= forms
    assert "جرا" not in forms and "قع" not in forms


def test_at_dawn_makes_a_gathering_one_incident() -> None:
    assert _specificity("وفي المدينة اعتصام للعمال فجرا أمام مبنى البلدية.") == "specific"
    assert _specificity("وفي المدينة اعتصام للعمال وفجرا أمام مبنى البلدية.") == "specific"


def test_a_support_verb_starting_with_waw_governs_the_noun_after_it() -> None:
    assert _specificity("وقالت الشرطة إن المنطقة التي وقع بها الانفجار مغلقة.") == "specific"
    assert _specificity("وقالت الشرطة إن الحادث وقع نتيجة لانفجار عبوة ناسفة في السوق.") == "specific"
