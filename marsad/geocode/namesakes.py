"""Name rules of the gazetteer build: an admin unit's Arabic names given to the town it is named
after, the unhamzated spelling of names ending in ـاء, and which Latin alternate names
of GeoNames a place keeps.

Why: OCHA's Syrian units carry spellings their towns lack (كوباني); news writes
التحيتا for GeoNames' التحيتاء; and GeoNames' Latin alternates of minor villages include other
languages' and old names that are common English words (Taliban, Dar, Catalan), which an
English reader would take for places.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping

import regex
from rapidfuzz import fuzz

from marsad.geocode.distance import km
from marsad.geocode.store import Entry
from marsad.text.normalise import normalise_phrase

_ARABIC = regex.compile(r"\p{Arabic}")
# Words of a unit's name that its town's name lacks (Suruç İlçesi, Ain al Arab Subdistrict).
_UNIT_WORDS = ("subdistrict", "district", "ilcesi", "nahiyat", "nahiya", "markaz", "governorate",
               "muhafazat", "mudiriyat")
# The Arabic article as romanised names write it (al-Hudaydah, ash-Shaddadah, Deir ez-Zor).
LATIN_ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "adh", "en", "es",
                  "ed", "ez")
# ... and before the rest of a name (a space or a hyphen after it).
_ARTICLES = tuple(art + sep for art in LATIN_ARTICLES for sep in " -")
# Arabic names that say what a unit is (ناحية عين العرب، مركز تل أبيض): not a town's name.
_ARABIC_UNIT_WORDS = ("ناحية", "ناحيه", "منطقة", "منطقه", "مركز", "مديرية", "مديريه", "قضاء",
                      "محافظة", "محافظه", "ولاية", "ولايه", "مدينة", "مدينه", "لواء")
# Towns that seat an admin unit (district and sub-district seats and above).
_SEATS = ("P.PPLC", "P.PPLA", "P.PPLA2", "P.PPLA3", "P.PPLA4")
# Places too well known for their Latin alternates to be doubted (capitals, seats of the first
# and second level): their old and other-language names are read too (Palmyra, Kobani, Dayrik).
_MAJOR = ("P.PPLC", "P.PPLA", "P.PPLA2", "P.PPLA3")
SAME_NAME = 80  # rapidfuzz ratio from which two romanised names are one name (and a name of
# three letters or fewer a spelling of its place's own)
SPELLING = 70  # ... from which a village's Latin alternate is a spelling of its own name
VILLAGE = 10_000  # people below which a place that seats no major unit is a village
SEAT_KM = 30.0  # farthest a unit's centroid lies from the town it is named after


def plain(name: str) -> str:
    """A romanised name compared letter for letter: lower case, no diacritics, article, unit
    word, space or punctuation (‘Ayn al ‘Arab -> aynalarab, Suruç İlçesi -> suruc)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    text = text.lower()
    for word in _UNIT_WORDS:
        text = text.replace(word, "")
    text = text.strip(" '`‘’")
    for art in _ARTICLES:
        if text.startswith(art):
            text = text[len(art):]
            break
    return "".join(ch for ch in text if ch.isalpha())


def arabic(names: Iterable[str]) -> list[str]:
    """The Arabic-script names among ``names``."""
    return [n for n in names if _ARABIC.search(n)]


def hamza_variants(names: Iterable[str]) -> list[str]:
    """Arabic names ending in ـاء spelt without the final hamza as news often writes them
    (التحيتاء -> التحيتا، كربلاء -> كربلا). Not for names of three letters before ـاء: written
    so they are words (صنعاً، ابن سينا، المدينة الخضرا), and the press keeps the hamza of
    صنعاء and سيناء."""
    return [n[:-1] for n in names if n.endswith("اء") and len(n.removeprefix("ال")) >= 6]


def _km(a: Entry, b: Entry) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return km(a.lat, a.lon, b.lat, b.lon)


def _fits(unit: Entry, town: Entry) -> bool:
    """Whether ``town`` can be the seat ``unit`` is named after (its admin codes, or where a
    unit has a centroid, its distance)."""
    if unit.lat is not None:
        return _km(unit, town) <= SEAT_KM
    if unit.level == "admin2" and town.admin2:
        return town.admin2 == unit.admin2
    return town.feature in ("P.PPLA", "P.PPLA2")  # (a district seat with no admin2 code)


def seat_names(entries: Iterable[Entry]) -> dict[str, list[str]]:
    """Arabic names to add, by entry key: the town in the same admin1 that an admin2/admin3
    unit is named after (romanised names alike, ``_fits``) takes the unit's Arabic names (كوباني
    from OCHA's sub-district), less those that name a unit (ناحية X) or that another entry
    bears (OCHA gives a sub-district the names of its region or of another village: الغوطة
    الشرقية، الحديدة). The unit does not take the town's: it would then compete with its town
    for every mention of the name."""
    every = list(entries)
    bearers: dict[str, set[str]] = {}
    for e in every:
        for n in arabic(e.names):
            bearers.setdefault(normalise_phrase(n), set()).add(e.key)
    towns: dict[tuple[str, str], list[Entry]] = {}
    units: list[Entry] = []
    for e in every:
        if e.level == "place" and e.feature in _SEATS:
            towns.setdefault((e.country, e.admin1), []).append(e)
        elif e.level in ("admin2", "admin3"):
            units.append(e)
    out: dict[str, list[str]] = {}
    for unit in units:
        town = _namesake(unit, towns.get((unit.country, unit.admin1), ()))
        if town is None:
            continue
        given = [n for n in _town_names(unit) if bearers[normalise_phrase(n)] <= {unit.key}]
        if given:
            out.setdefault(town.key, []).extend(given)
    return out


def _namesake(unit: Entry, towns: Iterable[Entry]) -> Entry | None:
    """The town ``unit`` is named after, if any: the most alike in name, then the largest."""
    name = plain(unit.name)
    best: tuple[float, int, Entry] | None = None
    for town in towns:
        sim = fuzz.ratio(name, plain(town.name))
        if sim >= SAME_NAME and _fits(unit, town) and (
                best is None or (sim, town.population) > best[:2]):
            best = (sim, town.population, town)
    return None if best is None else best[2]


def _town_names(e: Entry) -> list[str]:
    """``e``'s Arabic names that do not say what a unit is (not ناحية X، مدينة X)."""
    return [n for n in arabic(e.names) if not n.startswith(_ARABIC_UNIT_WORDS)]


def latin_kept(e: Entry, name: str) -> bool:
    """Whether a Latin alternate name of GeoNames entry ``e`` is worth matching in English: a
    spelling of its own name, or another name (Palmyra, Qaraqosh) of a unit, a seat of an
    admin unit or a town of 10,000 people. Other names of three letters or fewer (Dar, Ali,
    Wan) and a village's other names (its old or other-language names: Taliban, Catalan) are
    common words more often than names read in news."""
    if not name.isascii() or name == e.name or e.scheme != "geonames":
        return True
    short = plain(name)
    alike = fuzz.ratio(short, plain(e.name))
    if len(short) <= 3:
        return alike >= SAME_NAME
    if e.level != "place" or e.feature in _MAJOR or e.population >= VILLAGE:
        return True
    return alike >= SPELLING


def filtered(e: Entry, extra: Mapping[str, list[str]]) -> tuple[str, ...]:
    """``e``'s names for the built file: its Latin alternates that ``latin_kept`` keeps, the
    extra names (curated, shared with its unit or seat), then the unhamzated spellings."""
    names = [n for n in e.names if latin_kept(e, n)] + extra.get(e.key, [])
    names += hamza_variants(arabic(names))
    return tuple(dict.fromkeys(names))
