"""Helpers shared by the cue-lexicon recognisers (triggers, casualties, specificity).

Lexicon rows list Arabic phrases naturally; ``variants`` adds the forms news text actually
uses (definite article on following words, accusative alif and pronoun endings on single
nouns), and ``Scope`` says which sentence and clause each token sits in.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain, repeat
from operator import itemgetter, sub

from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Piece, Tokens

_ENDINGS = ("ا", "ه", "ها", "هم", "هما")
_START = itemgetter(0)  # Piece.start


def variants(phrase: str, endings: bool = True) -> list[str]:
    """The phrase, with the article added to its following words and (single words) endings."""
    norm = normalise_phrase(phrase)
    words = norm.split()
    out = [norm]
    if len(words) > 1:
        definite = [words[0]] + [w if w.startswith("ال") else "ال" + w for w in words[1:]]
        out.append(" ".join(definite))
    elif endings and len(norm) >= 3 and not norm.endswith(("ا", "ي", "ه", "و")):
        out.extend(norm + e for e in _ENDINGS)
    return list(dict.fromkeys(out))


def read_rows(package: str, name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a data file beside a recogniser, comments and blanks skipped."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@dataclass(frozen=True)
class Scope:
    """Sentence and clause index of every token of a view (normalised offsets)."""

    sentence_of: tuple[int, ...]
    clause_of: tuple[int, ...]

    @classmethod
    def build(
        cls, toks: Sequence[Piece], sentences: Sequence[Piece], clauses: Sequence[Piece]
    ) -> Scope:
        t_starts = toks.starts if isinstance(toks, Tokens) else [t.start for t in toks]
        return cls(_piece_of(t_starts, sentences), _piece_of(t_starts, clauses))


def _piece_of(t_starts: Sequence[int], pieces: Sequence[Piece]) -> tuple[int, ...]:
    """Index of the last piece starting at or before each token (0 before the first piece).

    One bisect per piece boundary, then runs of equal indices, all in C: no per-token work.
    """
    bounds = [0, *map(bisect_left, repeat(t_starts), map(_START, pieces[1:])), len(t_starts)]
    runs = map(sub, bounds[1:], bounds)
    return tuple(chain.from_iterable(map(repeat, range(len(bounds) - 1), runs)))


def token_index(starts: Sequence[int], offset: int) -> int:
    """Index of the token at or just before ``offset`` (``starts``: sorted token starts)."""
    return max(0, bisect_right(starts, offset) - 1)
