"""The normalised view of a text for matching, with an OffsetMap back to the original.

What changes (Arabic): alef variants -> ا, ى -> ي, ة -> ه, Persian ی ک -> ي ك, tatweel and
diacritics removed, Arabic-Indic and Persian digits -> 0-9, presentation forms unfolded
(ﻻ -> لا), known misspelt stems corrected (spelling.tsv), and words split by a stray space
after a non-joining letter repaired (الحقو ل -> الحقول). Everywhere: quote, dash and space
variants unified, invisible format characters (ZWNJ, ZWJ, RLM, bidi marks, BOM) removed,
ASCII upper case lowered. The original text is never changed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from marsad.text.offsets import OffsetMap, Segment

_ONE_TO_ONE: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ھ": "ه", "ہ": "ه",
    "ک": "ك", "ڪ": "ك",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "〝": '"', "〞": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "٫": ".", "٬": ",", "⹁": "،", "٪": "%", "٭": "*",
    "\u00a0": " ", "\u1680": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ",
    "\u2028": "\n", "\u2029": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)
for _cp in range(0x2000, 0x200B):
    _ONE_TO_ONE[chr(_cp)] = " "
for _cp in range(ord("A"), ord("Z") + 1):
    _ONE_TO_ONE[chr(_cp)] = chr(_cp + 32)

TABLE = str.maketrans(_ONE_TO_ONE)

# Characters removed from the view: tatweel, Arabic diacritics and Quranic marks, invisible
# format characters (ZWSP/ZWNJ/ZWJ, LRM/RLM, ALM, bidi embeddings and isolates, BOM, soft hyphen).
_DELETE = (
    "\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
)
_TRAILING_MARKS = regex.compile("[\u0640\u064b-\u065f\u0670]+")
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"
_NON_JOINING = "اأإآدذرزوؤة"


def _load_spelling() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    data = resources.files("marsad.text").joinpath("spelling.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            wrong, right = line.split("\t")[:2]
            rows.append((wrong, right))
    return rows


def _loose(stem: str) -> str:
    """A regex for a stem written in the view's letters that accepts the raw variants."""
    classes = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}
    return "".join(classes.get(ch, regex.escape(ch)) for ch in stem)


_SPELLING = _load_spelling()
_SPELLING_FIX = {wrong: right for wrong, right in _SPELLING}
_SPECIAL = regex.compile(
    "|".join(
        [
            f"(?P<spell>{'|'.join(_loose(w) for w, _ in _SPELLING)})" if _SPELLING else "(?!)",
            # A stray space inside a word: a stem ending in a non-joining letter, a space, then
            # one lone letter that is not the conjunction و, closing the word.
            rf"(?<=\p{{Arabic}}{{2}}[{_NON_JOINING}])(?P<split> )(?=[\p{{Arabic}}--[وأاإآ]](?![\p{{L}}\p{{M}}])(?! \p{{Arabic}}(?![\p{{L}}\p{{M}}])))",
            f"(?P<delete>[{_DELETE}]+)",
            f"(?P<present>[{_PRESENTATION}])",
        ]
    ),
    regex.V1,
)


@lru_cache(maxsize=4096)
def _unfold(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return "".join(c for c in folded if not regex.match(f"[{_DELETE}]", c)).translate(TABLE)


def _replacement(match: regex.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "spell":
        return _SPELLING_FIX[match.group().translate(TABLE)]
    if kind == "present":
        return _unfold(match.group())
    return ""  # delete, split


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """The original text, its normalised view and the map between them."""

    original: str
    text: str
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets for a normalised span, widened over the word's trailing marks."""
        orig_start, orig_end = self.offsets.span(start, end)
        marks = _TRAILING_MARKS.match(self.original, orig_end)
        return orig_start, marks.end() if marks else orig_end


def normalise(original: str) -> NormalisedText:
    """Build the normalised view of ``original``.

    >>> normalise("قصفٌ بريفِ إدلب").text
    'قصف بريف ادلب'
    """
    pieces: list[str] = []
    segments: list[Segment] = []
    norm_pos = 0
    orig_pos = 0
    for match in _SPECIAL.finditer(original):
        start, end = match.span()
        if start > orig_pos:
            gap = original[orig_pos:start].translate(TABLE)
            pieces.append(gap)
            segments.append(Segment(norm_pos, len(gap), orig_pos, len(gap)))
            norm_pos += len(gap)
        replacement = _replacement(match)
        pieces.append(replacement)
        segments.append(Segment(norm_pos, len(replacement), start, end - start))
        norm_pos += len(replacement)
        orig_pos = end
    if not segments:
        text = original.translate(TABLE)
        return NormalisedText(original, text, OffsetMap.identity(len(text)))
    if orig_pos < len(original):
        gap = original[orig_pos:].translate(TABLE)
        pieces.append(gap)
        segments.append(Segment(norm_pos, len(gap), orig_pos, len(gap)))
        norm_pos += len(gap)
    return NormalisedText(original, "".join(pieces), OffsetMap(segments, norm_pos, len(original)))


def normalise_phrase(phrase: str) -> str:
    """Normalise a lexicon entry the same way as text (no offsets needed)."""
    return " ".join(normalise(phrase).text.split())
