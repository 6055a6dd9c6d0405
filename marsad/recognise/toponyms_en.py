"""English place names that the gazetteer's exact spellings miss or mistake.

Arabic place names come into English in many spellings (Khan Shaykhun, Khan Sheikhoun, Khan
Shaikhoun), and their generic first word (Khan, Tall, Ain, Deir) or a person's first name (Badr,
Safwan) is often itself a gazetteer name. A one-word match followed by another capitalised word
is read as the start of a longer name: it becomes the gazetteer's name of that head word nearest
in spelling (rapidfuzz ratio), or, when none is near, no place (a generic head word alone, or a
first name before a surname and a speech verb, never names the place).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from marsad.geocode.namesakes import LATIN_ARTICLES
from marsad.geocode.store import Entry
from marsad.recognise.cues import word_kinds
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens
from marsad.text.view import TextView

_NEAR = 85  # rapidfuzz ratio from which a two-word spelling names the gazetteer's place
_ARTICLES = frozenset(LATIN_ARTICLES)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_kinds("marsad.recognise", "toponym_names_en.tsv")


def heads() -> frozenset[str]:
    return _words()["head"]


# The index's head-word table, kept with the index it was built from (the gazetteer's name
# index is built once and never changed; an identity check guards against a reused id).
_LONGER: dict[int, tuple[object, dict[str, dict[str, tuple[Entry, ...]]]]] = {}


def longer_names(index: dict[str, tuple[Entry, ...]]) -> dict[str, dict[str, tuple[Entry, ...]]]:
    """Head word -> the gazetteer's two-word Latin names starting with it -> their entries."""
    hit = _LONGER.get(id(index))
    if hit is None or hit[0] is not index:
        if len(_LONGER) >= 4:
            _LONGER.clear()
        out: dict[str, dict[str, tuple[Entry, ...]]] = {}
        for key, entries in index.items():
            words = key.split(" ")
            if len(words) == 2 and words[0] in heads():
                out.setdefault(words[0], {})[key] = entries
        hit = _LONGER[id(index)] = (index, out)
    return hit[1]


def next_name_word(view: TextView, toks: Tokens, j: int) -> int | None:
    """The token after ``j`` when it continues a proper name: a capitalised (not all-capital)
    word right after it, one space or a hyphen between them."""
    k = j + 1
    if k < len(toks) and toks.texts[k] == "-":
        k += 1
    elif k + 2 < len(toks) and toks.texts[k] in _ARTICLES and toks.texts[k + 1] == "-":
        k += 2  # "Deir az-Zour": the article and its hyphen belong to the name
    if k >= len(toks):
        return None
    before = j if k == j + 1 else k - 1  # the head, or the hyphen before the word
    here, there = view.span(toks.starts[before], toks.ends[before]), view.span(toks.starts[k], toks.ends[k])
    word = view.original[there.start : there.end]
    gap = view.original[here.end : there.start]
    if gap not in ("", " ", "-") or not word[:1].isupper() or word.isupper() or not word.isalpha():
        return None
    return k


def longer_name(
    index: dict[str, tuple[Entry, ...]], head: str, word: str
) -> tuple[str, tuple[Entry, ...]] | None:
    """The gazetteer's name "head word" nearest in spelling to the text's ``word`` (what
    follows the head, as written), with its entries."""
    names = longer_names(index).get(head)
    if not names:
        return None
    found = process.extractOne(f"{head} {normalise_phrase(word).strip('- ')}", list(names),
                               scorer=fuzz.ratio, score_cutoff=_NEAR)
    return None if found is None else (found[0], names[found[0]])


def possessives(
    view: TextView, toks: Tokens, taken: list[tuple[int, int]], index: dict[str, tuple[Entry, ...]]
) -> list[tuple[int, str, tuple[Entry, ...]]]:
    """Place names written as a possessive with its apostrophe lost ("Aleppos countryside",
    "Idlibs eastern countryside"): a capitalised word ending in s that no name matched, whose
    stem is a one-word name (not a country's: "Syrias civil war" needs no scene) and which is
    followed by a word that names a part or the people of a place (``possessed``). Without that
    word the s stays part of the word ("Hamas recent upsurge", "Idris said"). (token, stem key,
    entries) for each."""
    parts = _words()["possessed"]
    texts = toks.texts
    covered = {t for a, b in taken for t in range(a, b + 1)}
    out = []
    for i in range(len(texts) - 1):
        w = texts[i]
        if texts[i + 1] not in parts or len(w) < 5 or w[-1] != "s" or i in covered:
            continue
        entries = index.get(w[:-1])
        if not entries or w in index or any(e.level == "country" for e in entries) or (
                not view.original[view.span(toks.starts[i], toks.ends[i]).start].isupper()):
            continue
        out.append((i, w[:-1], entries))
    return out


def arabic_namesakes(
    entries: tuple[Entry, ...], arabic_index: dict[str, tuple[Entry, ...]], country: str
) -> tuple[Entry, ...]:
    """The places in ``country`` that bear one of the Arabic names of ``entries`` ("Mansoura"
    spells Egypt's city in the English index; المنصورة is also a Yemeni and a Syrian place). The
    gazetteer's Arabic names are its fullest: through them the article's country weighs an
    English name among the same places as the Arabic one."""
    out: dict[str, Entry] = {}
    for e in entries:
        for n in e.names:
            if not n.isascii():
                for other in arabic_index.get(normalise_phrase(n), ()):
                    if other.country == country:
                        out.setdefault(other.key, other)
    return tuple(out.values())


def names_a_speaker(toks: Tokens, k: int) -> bool:
    """The name ending at token ``k`` is followed by a speech verb ("Badr Jamous said")."""
    return k + 1 < len(toks) and toks.texts[k + 1].lower() in _words()["speech"]


def unmatched_heads(view: TextView, toks: Tokens, taken: list[tuple[int, int]]) -> list[int]:
    """Capitalised head words that no gazetteer name matched (tokens ``taken`` by one are not
    read): "Deir Ezzor" when no entry is called "Deir"."""
    words = heads()
    covered = {t for a, b in taken for t in range(a, b + 1)}
    return [i for i, w in enumerate(toks.texts) if w in words and i not in covered
            and view.original[view.span(toks.starts[i], toks.ends[i]).start].isupper()]
