"""The clauses of a whole text, found in one search, are each sentence's clauses in turn."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.segment import Piece, all_clauses, clauses, sentences

TEXT = st.text(alphabet=st.sampled_from(list("قصف حلب، ادلب: ,.؟!؛;\n\t\"' 12")), max_size=120)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_all_clauses_are_each_sentences_clauses(text: str) -> None:
    sents = sentences(text)
    found = all_clauses(text, sents)
    assert found == [c for s in sents for c in clauses(text, s)]
    assert all(type(c) is Piece for c in found)


def test_all_clauses_cut_at_commas_and_colons_inside_sentences_only() -> None:
    text = "قصف على حلب، وادلب: قتلى. اشتباك ثان،  ثم هدوء"
    assert [c.text for c in all_clauses(text, sentences(text))] == [
        "قصف على حلب،", "وادلب:", "قتلى.", "اشتباك ثان،", "ثم هدوء"]
