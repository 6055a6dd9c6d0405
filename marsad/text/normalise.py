"""The normalised view of a text for matching, with an OffsetMap back to the original.

What changes (Arabic): alef variants -> ا, ى -> ي, ة -> ه, Persian ی ک -> ي ك, tatweel and
diacritics removed, Arabic-Indic and Persian digits -> 0-9, presentation forms unfolded
(ﻻ -> لا), known misspelt stems corrected (spelling.tsv), and words split by a stray space
after a non-joining letter repaired (الحقو ل -> الحقول). Everywhere: quote, dash and space
variants unified, invisible format characters (ZWNJ, ZWJ, RLM, bidi marks, BOM) removed,
ASCII upper case lowered. The original text is never changed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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
_PAIRS = tuple(_ONE_TO_ONE.items())


def translate(text: str) -> str:
    """The 1:1 character mapping (same length, same offsets).

    A replace per mapped character, skipped when absent, is ~4x faster than ``str.translate``
    with a dict table on Arabic text (measured in bench/bench_text.py); no value is also a key,
    so the order of the replacements does not matter.
    """
    for char, target in _PAIRS:
        if char in text:
            text = text.replace(char, target)
    return text

# Characters removed from the view: tatweel, Arabic diacritics and Quranic marks, invisible
# format characters (ZWSP/ZWNJ/ZWJ, LRM/RLM, ALM, bidi embeddings and isolates, BOM, soft hyphen).
_DELETE = (
    "\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
)
_TRAILING_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]+")
_MARK_CHARS = frozenset("\u0640\u0670" + "".join(map(chr, range(0x064B, 0x0660))))  # its class
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"
_ARABIC_LETTERS = "\u0621-\u064a"


def _load_spelling() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    data = resources.files("marsad.text").joinpath("spelling.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            wrong, right = line.split("\t")[:2]
            rows.append((wrong.translate(TABLE), right.translate(TABLE)))
    return rows


_SPELLING = _load_spelling()
# All edits are found on the 1:1-translated text, whose offsets equal the original's.
_REMOVED_OR_FOLDED = re.compile(f"[{_DELETE}]+|[{_PRESENTATION}]+")
# Their union as one class: found by a fast single-class search, split by the pattern above.
# Written "[c][c]*", not "[c]+": a pattern that opens with a class (not a repeat) lets the
# search skip in a tight loop to a character of it instead of trying a match at every
# character (~2.3x fewer instructions on a text with none).
_ANY_REMOVED_OR_FOLDED = re.compile(f"[{_DELETE}{_PRESENTATION}][{_DELETE}{_PRESENTATION}]*")
# A stray space inside a word: a stem ending in a non-joining letter, a space, then one lone
# letter that is not the conjunction و and is not followed by another lone letter (أ ف ب).
# The space comes first so the search skips to spaces; the look-behind re-reads it.
_SPLIT_WORD = re.compile(
    f" (?<=[{_ARABIC_LETTERS}]{{2}}[اأإآدذرزوؤ] )(?=[{_ARABIC_LETTERS}](?<![وا])(?!\\w)(?! \\w(?!\\w)))"
)


@lru_cache(maxsize=4096)
def _unfold(chars: str) -> str:
    folded = unicodedata.normalize("NFKC", chars)
    return _DELETE_ONLY.sub("", folded).translate(TABLE)


_DELETE_ONLY = re.compile(f"[{_DELETE}]+")


def _edits(base: str) -> list[tuple[int, int, str]]:
    """Non-1:1 edits ``(start, end, replacement)`` on the translated text, sorted, disjoint."""
    edits: list[tuple[int, int, str]] = []
    for run in _ANY_REMOVED_OR_FOLDED.finditer(base):
        for m in _REMOVED_OR_FOLDED.finditer(base, run.start(), run.end()):
            chars = m.group()
            edits.append((m.start(), m.end(), "" if _DELETE_ONLY.fullmatch(chars) else _unfold(chars)))
    for wrong, right in _SPELLING:
        i = base.find(wrong)
        while i >= 0:
            edits.append((i, i + len(wrong), right))
            i = base.find(wrong, i + len(wrong))
    for m in _SPLIT_WORD.finditer(base):
        edits.append((m.start(), m.end(), ""))
    if len(edits) < 2:
        return edits
    edits.sort()
    disjoint = [edits[0]]
    for edit in edits[1:]:
        if edit[0] >= disjoint[-1][1]:
            disjoint.append(edit)
    return disjoint


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """The original text, its normalised view and the map between them."""

    original: str
    text: str
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets for a normalised span, widened over the word's trailing marks."""
        offsets = self.offsets
        if offsets.unchanged and start < end:
            return start, end  # 1:1 maps delete nothing, so the text holds no mark
        orig_start, orig_end = offsets.span(start, end)
        original = self.original
        if 0 <= orig_end < len(original) and original[orig_end] not in _MARK_CHARS:
            return orig_start, orig_end  # no mark follows (a set test, not a regex call)
        marks = _TRAILING_MARKS.match(original, orig_end)
        return orig_start, marks.end() if marks else orig_end


def normalise(original: str) -> NormalisedText:
    """Build the normalised view of ``original``.

    >>> normalise("قصفٌ بريفِ إدلب").text
    'قصف بريف ادلب'
    """
    base = translate(original)
    edits = _edits(base)
    if not edits:
        return NormalisedText(original, base, OffsetMap.identity(len(base)))
    pieces: list[str] = []
    segments: list[Segment] = []
    norm_pos = 0
    orig_pos = 0
    for start, end, replacement in edits:
        if start > orig_pos:
            pieces.append(base[orig_pos:start])
            segments.append(Segment(norm_pos, start - orig_pos, orig_pos, start - orig_pos))
            norm_pos += start - orig_pos
        pieces.append(replacement)
        segments.append(Segment(norm_pos, len(replacement), start, end - start))
        norm_pos += len(replacement)
        orig_pos = end
    if orig_pos < len(base):
        pieces.append(base[orig_pos:])
        segments.append(Segment(norm_pos, len(base) - orig_pos, orig_pos, len(base) - orig_pos))
        norm_pos += len(base) - orig_pos
    return NormalisedText(original, "".join(pieces), OffsetMap(segments, norm_pos, len(original)))


@lru_cache(maxsize=8192)
def normalise_phrase(phrase: str) -> str:
    """Normalise a lexicon entry the same way as text (no offsets needed); remembered, as
    the assembler normalises the same trigger and cue words in document after document."""
    return " ".join(normalise(phrase).text.split())
