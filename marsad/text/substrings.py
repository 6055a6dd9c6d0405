"""A cheap per-document test: does a text hold any of some literal words anywhere?

Rules that need a word of a list skip their work in documents without one. A regex
alternation of Arabic words is slow for this: its first letters (ا م ت…) are everywhere, so it
is tried at most characters. ``str.__contains__`` per word runs a fast search in C, and a word
holding a shorter listed word needs no search of its own.
"""

from __future__ import annotations

from collections.abc import Iterable


class AnyOf:
    """Tests whether a text holds any of ``words`` as a substring (``re.search`` of their
    alternation, as a bool)."""

    __slots__ = ("needles",)

    def __init__(self, words: Iterable[str]) -> None:
        needles: list[str] = []
        for word in sorted(set(words), key=lambda w: (len(w), w)):
            if not word:
                raise ValueError("an empty word is in every text")
            if not any(n in word for n in needles):
                needles.append(word)
        self.needles = tuple(needles)

    def search(self, text: str) -> bool:
        return any(map(text.__contains__, self.needles))
