"""One C-level pass over a document's tokens for every recogniser's surface set.

Toponyms (cue words), dates (anchor words) and quantities (number words, duals) each look for
the tokens that are one of a set of surfaces. The sets are joined as they are first asked
for, and the first caller of a document scans its tokens once for the union (a set test per
token, in C, with the text's digit runs found by one regex); each set's tokens are then read
from that scan's hits, a look per hit. Windows around such tokens (``merged_windows``) keep
the big regexes off the text that cannot hold a match.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import sub

import regex

from marsad.text.segment import Tokens

# The regex module scans a long text for a character class several times faster than re.
_DIGIT_RUN = regex.compile(r"[0-9]+")
_WORD_REST = re.compile(r"\w*")


@dataclass(frozen=True, slots=True)
class Scan:
    """One pass over a document's tokens for every surface set asked for so far."""

    texts: list[str]  # the scanned token texts (kept: their identity keys the scan)
    text: str
    known: frozenset[str]  # the union scanned for
    hits: list[int]  # indexes of the tokens in ``known``
    runs: list[tuple[int, int]]  # spans of the digit runs of ``text``
    digit_tokens: frozenset[int]  # indexes of the tokens holding them


_MAX_SETS = 8
_SETS: dict[int, frozenset[str]] = {}  # by id: the surface sets in ``_KNOWN`` (kept alive)
_KNOWN: list[frozenset[str]] = [frozenset()]
_LAST: list[Scan | None] = [None]


def scan(tokens: Tokens, surfaces: frozenset[str], text: str) -> Scan:
    """The scan of ``tokens`` (of ``text``) that serves ``surfaces``: the document's last one
    if it did, else a new pass for the union of the sets asked for so far."""
    if id(surfaces) not in _SETS and len(_SETS) < _MAX_SETS:
        _SETS[id(surfaces)] = surfaces
        _KNOWN[0] = _KNOWN[0] | surfaces
    # Past _MAX_SETS sets (callers making new ones), a set is scanned for alone.
    known = _KNOWN[0] if _SETS.get(id(surfaces)) is surfaces else surfaces
    last = _LAST[0]
    texts = tokens.texts
    if last is not None and last.texts is texts and last.text is text and last.known is known:
        return last
    hits = list(compress(range(len(texts)), map(known.__contains__, texts)))
    runs = [m.span() for m in _DIGIT_RUN.finditer(text)]
    held: set[int] = set()
    if runs:
        starts = tokens.starts
        held = {bisect_right(starts, rs) - 1 for rs, _ in runs}  # the token holding each run
        held.discard(-1)
    done = Scan(texts, text, known, hits, runs, frozenset(held))
    _LAST[0] = done
    return done


def hits(done: Scan, surfaces: frozenset[str]) -> list[int]:
    """Indexes of the scanned tokens that are one of ``surfaces`` (a look per hit, not per token)."""
    texts = done.texts
    return list(compress(done.hits, map(surfaces.__contains__, map(texts.__getitem__, done.hits))))


def candidates(
    tokens: Tokens, surfaces: frozenset[str], text: str
) -> tuple[list[int], list[tuple[int, int]]]:
    """Indexes of tokens that are one of ``surfaces`` or hold a digit, in order, and the spans
    of the text's digit runs (their callers read both)."""
    done = scan(tokens, surfaces, text)
    found = hits(done, surfaces)
    if done.digit_tokens:
        found = sorted(done.digit_tokens.union(found))
    return found, done.runs


def merged_windows(
    tokens: Tokens, indexes: list[int], text: str, before: int, after: int
) -> list[tuple[int, int]]:
    """Merged ``[start - before, end + after)`` windows around the tokens at ``indexes``
    (ascending).

    A window never cuts a word: its end moves to the end of the word it falls in, as (?!\\w)
    would pass at the cut. That end only grows with the raw end, so it is computed only where
    two tokens are far enough apart for it to decide a merge, and once per window."""
    if not indexes:
        return []
    size = len(text)
    lo = list(map(tokens.starts.__getitem__, indexes))
    hi = list(map(tokens.ends.__getitem__, indexes))
    out: list[tuple[int, int]] = []
    first = max(lo[0] - before, 0)
    # Where a token starts beyond the previous one's raw window end (found in C) a window may
    # close; it does unless the word the end falls in reaches that far.
    reach = before + after
    for j in compress(range(1, len(lo)), map(reach.__lt__, map(sub, lo[1:], hi))):
        end = _word_end(text, min(hi[j - 1] + after, size))
        if lo[j] - before > end:
            out.append((first, end))
            first = lo[j] - before
    out.append((first, _word_end(text, min(hi[-1] + after, size))))
    return out


def _word_end(text: str, pos: int) -> int:
    rest = _WORD_REST.match(text, pos)
    return rest.end() if rest else pos
