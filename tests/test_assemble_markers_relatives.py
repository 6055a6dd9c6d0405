"""Relative pronouns are said once (markers.RELATIVE_WRITTEN) and read alike by every reader,
in each written form (الذى، التى with a final ى; the duals): a year in a relative clause about
another act does not make a dated arrest historical. Our own sentences."""

from __future__ import annotations

import pytest
from reading import events_reader

from marsad.assemble.markers import RELATIVE_WRITTEN

_events = events_reader(published="2018-06-13")


def test_every_written_form_is_listed() -> None:
    assert {"الذي", "التي", "الذين", "اللذان", "اللتان", "الذى", "التى"} <= set(RELATIVE_WRITTEN)


@pytest.mark.parametrize("relative", ["الذي", "الذى", "والذي"])
def test_a_year_in_a_relative_clause_dates_the_other_act(relative: str) -> None:
    found = _events(f"اعتقلت الشرطة أمس رجلا متورطا في الهجوم {relative} استهدف كنيسة عام 2013.")
    assert [(e.specificity, e.date.start if e.date else None) for e in found] == [("specific", "2018-06-12")]


def test_a_dual_relative_opens_a_clause_too() -> None:
    found = _events("اعتقلت الشرطة أمس رجلا متورطا في الهجمات اللتان استهدفتا كنيستين عام 2013.")
    assert [e.specificity for e in found] == ["specific"]
