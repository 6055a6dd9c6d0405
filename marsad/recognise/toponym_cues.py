"""The words around a place name that say what it is (toponym_cues.tsv), found per token.

A cue word is read through its proclitics (بمدينة، وريف، لمحافظة): ``token_cues`` finds the
few tokens of a document that are cue words with one C-level set test per token (in the
document's shared token pass), then reads each through its clitics once (memoised).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress

from marsad.recognise.cues import read_phrases
from marsad.recognise.token_scan import hits, scan
from marsad.text.lexicon_scan import PARTICLES, proclitic_sequences
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens, clitic_variants


@dataclass(frozen=True, slots=True)
class CueWord:
    kind: str
    features: frozenset[str]


CueHit = tuple[str, CueWord, int]  # (stem, cue, offset of the phrase in the token)


def _data(name: str) -> str:
    return resources.files("marsad.recognise").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def cue_words() -> dict[str, CueWord]:
    out: dict[str, CueWord] = {}
    for line in _data("toponym_cues.tsv").splitlines():
        if line and not line.startswith("#"):
            cells = [*line.split("\t"), ""]
            feats = frozenset(f for f in cells[2].split(",") if f)
            out[normalise_phrase(cells[0])] = CueWord(cells[1], feats)
    return out


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Names that are also common words (need a cue), each also as spelt without a final
    hamza (الأربعا، الشهدا): every such word, a superset of the spellings the gazetteer adds
    (geocode.namesakes.hamza_variants keeps only long names), so both spellings stay stopwords."""
    words = set(map(normalise_phrase, read_phrases("marsad.recognise", "toponym_stopwords.txt")))
    return frozenset(words | {w[:-1] for w in words if w.endswith("اء")})


@lru_cache(maxsize=1)
def anaphors() -> frozenset[str]:
    """Names that are also nouns pointing back at a place (المدينة "the city"): names only
    after a name cue, never after a modifier alone (toponym_anaphors.txt)."""
    return frozenset(map(normalise_phrase, read_phrases("marsad.recognise", "toponym_anaphors.txt")))


@lru_cache(maxsize=65536)
def _cue_of(word: str) -> CueHit | None:
    """The cue word ``word`` is (through clitics): (stem, cue, offset of the stem)."""
    words = cue_words()
    for offset, stem in clitic_variants(word):
        if stem in words:
            if offset >= 2 and word[offset - 2 : offset] == "ال":
                offset -= 2  # the article belongs to the phrase: الريف الشرقي
            return stem, words[stem], offset
    return None


@lru_cache(maxsize=1)
def cue_surfaces() -> frozenset[str]:
    """Every word that may be a cue word through proclitics (a superset: ``_cue_of`` decides).

    A clitic reading is the word minus a proclitic prefix, or that with an ا restored (للقوات),
    so a cue word is some prefix + a stem, or a prefix + a stem less its first ا."""
    prefixes = proclitic_sequences((*PARTICLES, "لل"))
    stems = [w for w in cue_words() if " " not in w]
    return frozenset({p + w for p in prefixes for w in stems}
                     | {p + w[1:] for p in prefixes for w in stems if w.startswith("ا")})


def token_cues(texts: Sequence[str]) -> dict[int, CueHit]:
    """Token index -> the cue word it is, for the (few) tokens that are cue words."""
    maybe = compress(range(len(texts)), map(cue_surfaces().__contains__, texts))
    return {k: c for k in maybe if (c := _cue_of(texts[k])) is not None}


def document_cues(tokens: Tokens, text: str) -> dict[int, CueHit]:
    """``token_cues`` of a document's tokens, read from its shared token pass (``token_scan``),
    which the date and quantity readers then read too."""
    surfaces = cue_surfaces()
    texts = tokens.texts
    maybe = hits(scan(tokens, surfaces, text), surfaces)
    return {k: c for k in maybe if (c := _cue_of(texts[k])) is not None}
