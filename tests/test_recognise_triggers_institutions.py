"""An agreement word after a body's noun is the body's name (وزارة المصالحة، وزير المصالحة،
لجنة الهدنة), no agreement: the noun is read whole as well as after a conjunction, so وزارة and
وزير (whose first letter is و) are not lost to a wrong split. Our own sentences."""

from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.recognise.triggers import _not_institutions
from marsad.recognise.triggers_lexicon import lexicon
from marsad.text.view import view


def _agreements(text: str) -> tuple[int, int]:
    """Agreement cues found, and those left once body names are taken out."""
    toks = view(Document("t", text, "ar", "t")).tokens
    found = [m for m in lexicon().matches(toks) if m.value.family == "agree"]
    return len(found), len(_not_institutions(found, toks.texts))


@pytest.mark.parametrize("text", [
    "وقال وزير المصالحة إن الحكومة ستواصل العمل.",
    "وقال مسؤول في وزارة المصالحة إن العمل مستمر.",
    "وقال مسؤول في مركز المصالحة ووزارة المصالحة إن العمل مستمر.",
])
def test_a_body_named_for_an_agreement_is_no_agreement(text: str) -> None:
    found, kept = _agreements(text)
    assert found >= 1 and kept == 0


def test_an_agreement_word_alone_stays() -> None:
    assert _agreements("وقال مسؤول إن المصالحة مستمرة في المدينة.") == (1, 1)
