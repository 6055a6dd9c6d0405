"""First-level units carry the English name news writes, not GeoNames' prefixed transliteration."""

from __future__ import annotations

from reading import READER

from marsad.geocode.store import default_gazetteer
from marsad.model import Document

_PREFIXES = ("Muhafazat ", "Imarat ", "Baladiyat ")


def test_no_admin1_display_name_keeps_a_unit_prefix() -> None:
    names = [e.name for e in default_gazetteer().entries() if e.level == "admin1"]
    assert names
    assert not [n for n in names if n.startswith(_PREFIXES)]


def test_hadramawt_keeps_its_geonames_name_as_an_alternate() -> None:
    unit = default_gazetteer().admin("admin1", "YE", "04")
    assert unit is not None
    assert unit.name == "Hadramawt"
    assert "Muhafazat Hadramaout" in unit.names


def test_event_in_hadramawt_shows_the_usual_name() -> None:
    text = "قتل ثلاثة جنود في هجوم شنه مسلحون على نقطة عسكرية في حضرموت أمس."
    ex = READER.read(Document("t", text, "ar", "t"))
    assert [e.location.admin1 for e in ex.events if e.location] == ["Hadramawt"]
