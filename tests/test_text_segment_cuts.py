"""Sentence and clause cuts found from the marks' positions are the boundary patterns' matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.segment import _CLAUSE_END, _SENTENCE_END, _clause_cuts, _sentence_cuts

TEXT = st.text(alphabet=st.sampled_from(list("قصف حلب، 3,5 10:30 ,.؟!؛;?:\n\t\u00a0\"'")), max_size=80)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_sentence_cuts_are_the_sentence_end_matches(text: str) -> None:
    assert _sentence_cuts(text) == [m.end() for m in _SENTENCE_END.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_clause_cuts_are_the_clause_end_matches(text: str) -> None:
    assert _clause_cuts(text) == [m.end() for m in _CLAUSE_END.finditer(text)]


def test_cuts_skip_decimals_and_times_but_not_runs_of_marks() -> None:
    text = "قتل 3 في 10:30، وبلغ 2,500... قال:\"نعم\"!\n\nانتهى"
    assert [text[:c][-2:] for c in _sentence_cuts(text)] == ["..", "\"!", "\n\n"]
    assert [text[:c][-2:] for c in _clause_cuts(text)] == ["0،", "ل:"]
