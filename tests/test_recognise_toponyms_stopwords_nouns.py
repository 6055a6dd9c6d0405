"""Nouns that name a village elsewhere but mostly mean something else (الحراك "the movement",
العبور "the crossing", الصعيد "the level") are places only with a cue word."""

from __future__ import annotations

from marsad.geocode.store import default_gazetteer
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _places(text: str) -> dict[str, object]:
    found = RECOGNISER(view(Document("d", text, "ar", "d")), [])
    return {m.text: m.value for m in found}


def test_the_nouns_alone_are_no_places() -> None:
    got = _places("قال قادة الحراك الشعبي في البصرة إن المظاهرات مستمرة، وحاول المهاجرون العبور "
                  "إلى أوروبا، وعلى الصعيد الميداني تقدمت القوات.")
    assert set(got) == {"البصرة"}


def test_with_a_cue_they_are_places() -> None:
    got = _places("قصفت قوات النظام بلدة الحراك بريف درعا، واندلعت مواجهات في مديرية الصعيد بمحافظة شبوة.")
    assert {"بلدة الحراك", "مديرية الصعيد"} <= set(got)
