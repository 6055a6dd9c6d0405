"""Framing: loaded terms and formulas (occupation, terrorist, militia, martyr, ...) and whom they qualify.

Cues from framing.tsv and the actors found before are joined into one framing phrase when they
touch: a prefix before a name (مليشيا "قسد"), an epithet after it (داعش الإرهابي), a formula
(المحظور في روسيا, also in brackets) and a proxy tail (الموالية للجيش التركي). A phrase is
reported when it carries a loaded signal; the actor it qualifies is the value's ``target``.
Quotation marks around a name are recorded as the ``quoted-name`` signal, never alone, since
some outlets quote every name. Words inside an actor's proper name (كتائب الشهيد ...) are not cues.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import attrgetter

from marsad.model import Mention
from marsad.recognise.actors import QUOTES, closing_quote_end, kept_range, prepared
from marsad.text.lexicon import LexiconMatch, PhraseLexicon, longest
from marsad.text.segment import Tokens
from marsad.text.view import TextView

NAME = "marsad.framing.v1"
QUOTED = "quoted-name"
PROXY = "proxy-label"
QUOTED_LABEL = "quoted-label"
_EXTRA_READINGS = {
    QUOTED: "name put in quotation marks (distancing)",
    PROXY: "framed as a proxy of a foreign or state backer",
    QUOTED_LABEL: "label put in quotation marks (the outlet keeps its distance from it)",
}
_PROXY_HEADS = frozenset({"الموالي", "الموالية", "الموالين", "الموالون", "الموالييه", "المواليه"})
_PROXY_PREFIXES = ("militia-label", "mercenary-label", "gang-label")
_PREFIXES = ("prefix", "prefix-only")
_EPITHETS = ("suffix", "formula")
_QUOTE_SIGNALS = frozenset({QUOTED, QUOTED_LABEL})  # signals never reported alone


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str
    kind: str  # term | prefix | prefix-only | suffix | formula | block
    signal: str
    reading: str
    neutral_for: frozenset[str]


@dataclass(slots=True)
class Item:
    """A cue or an actor on the unquoted tokens ``first..last`` (normalised ``start..end``)."""

    first: int
    last: int
    start: int
    end: int
    cue: Cue | None = None
    actor: dict[str, object] | None = None
    signals: list[str] = field(default_factory=list)
    conj: bool = False  # glued to a conjunction (و، ف): a new phrase starts here


@dataclass(frozen=True, slots=True)
class Catalogue:
    lexicon: PhraseLexicon[Cue]
    by_signal: dict[str, tuple[str, str]]


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The framing lexicon and each signal's canonical cue and reading, loaded once."""
    text = resources.files("marsad.recognise").joinpath("framing.tsv").read_text(encoding="utf-8")
    lexicon: PhraseLexicon[Cue] = PhraseLexicon()
    by_signal: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        phrase, cue, kind, signal, reading, neutral = (line.split("\t") + [""] * 6)[:6]
        lexicon.add(phrase, Cue(cue, kind, signal, reading, frozenset(filter(None, neutral.split(",")))))
        if kind != "block":
            by_signal.setdefault(signal, (cue, reading))
    return Catalogue(lexicon, by_signal)


class FramingRecogniser:
    """Finds framing phrases: ``{cue, reading, signals, target?, target_name?, backer?}``."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens", "actor")
    provides: tuple[str, ...] = ("framing",)

    def __init__(self) -> None:
        self.catalogue = catalogue()

    def _items(
        self, view: TextView, found: Sequence[Mention], cues: list[LexiconMatch[Cue]]
    ) -> tuple[list[Item], Tokens]:
        """The actors found before and the framing cues (``cues``, blocks left out) as items
        on the unquoted tokens, in token order."""
        toks = view.tokens
        texts, tstarts, tends = toks.texts, toks.starts, toks.ends
        prep = prepared(view)
        kept, index, every = prep.kept, prep.index, prep.every
        kstarts = kept.starts
        original = view.original
        actors: list[Item] = []
        for m in found:
            if m.kind != "actor" or not isinstance(m.value, dict):
                continue
            rng = kept_range(prep, m.span)
            if rng is None:
                continue
            first, last = rng
            origin = every[index[first]]
            start = kstarts[first] + max(0, m.span.start - origin)
            item = Item(first, last, start, closing_quote_end(toks, index[first], index[last]))
            item.actor = m.value
            item.conj = original[origin : m.span.start][:1] in ("و", "ف")
            item.signals = list(map(str, m.value.get("framing") or ()))
            i, j = index[first], index[last]
            if 0 < i and j + 1 < len(texts) and texts[i - 1] in QUOTES and texts[j + 1] in QUOTES:
                item.signals.append(QUOTED)
            actors.append(item)
        items = list(actors)
        named: set[int] = set()  # the tokens of actors' names
        for a in actors:
            named.update(range(a.first, a.last + 1))
        for cm in cues:
            if not named.isdisjoint(range(cm.first_token, cm.last_token + 1)):
                continue  # inside an actor's name: the alias says whether it is loaded
            end = cm.end
            if cm.value.kind in ("prefix", "prefix-only"):
                end = _quoted_tail(toks, index[cm.last_token], end)
            item = Item(cm.first_token, cm.last_token, cm.start, end, cue=cm.value)
            item.conj = cm.proclitic[:1] in ("و", "ف")
            i, j = index[cm.first_token], index[cm.last_token]
            if 0 < i and j + 1 < len(texts) and texts[i - 1] in QUOTES and texts[j + 1] in QUOTES:
                item.signals.append(QUOTED_LABEL)
                item.start, item.end = tstarts[i - 1], tends[j + 1]
            items.append(item)
        items.sort(key=attrgetter("first"))
        return items, kept

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        cues = [cm for cm in longest(self.catalogue.lexicon.matches(prepared(view).kept))
                if cm.value.kind != "block"]
        if not cues and not any(m.kind == "actor" and isinstance(m.value, dict)
                                and m.value.get("framing") for m in found):
            return []  # no cue and no loaded actor name: no signal but quotation marks
        items, kept = self._items(view, found, cues)
        ktexts = kept.texts
        out: list[Mention] = []
        i = 0
        while i < len(items):
            chain = [items[i]]
            i += 1
            while i < len(items) and _joins(chain, items[i], ktexts):
                chain.append(items[i])
                i += 1
            if len(chain) == 1 and chain[0].actor is not None and _QUOTE_SIGNALS.issuperset(chain[0].signals):
                continue  # a lone actor with no loaded signal (the common case)
            mention = self._mention(view, chain, kept)
            if mention is not None:
                out.append(mention)
        return out

    def _mention(self, view: TextView, chain: list[Item], kept: Tokens) -> Mention | None:
        signals: list[str] = []
        cues: list[str] = []
        target: dict[str, object] | None = None
        backer: dict[str, object] | None = None
        for k, item in enumerate(chain):
            if item.actor is not None:
                if k > 0 and item.first - chain[k - 1].last == 2:  # الموالية لـ <actor>
                    backer = backer or item.actor
                else:
                    target = target or item.actor
                    signals.extend(item.signals)
                continue
            cue = item.cue
            assert cue is not None
            if cue.kind == "prefix-only":
                nxt = chain[k + 1] if k + 1 < len(chain) else None
                if nxt is None or nxt.actor is None or nxt.actor.get("key") in cue.neutral_for:
                    continue
            signals.append(cue.signal)
            signals.extend(item.signals)
            cues.append(cue.cue)
        if backer is not None:
            signals.append(PROXY)
        signals = list(dict.fromkeys(signals))
        if not [s for s in signals if s not in (QUOTED, QUOTED_LABEL)]:
            return None
        readings = [self._reading(s) for s in signals]
        end = chain[-1].end
        last = chain[-1].last
        if chain[-1].cue is not None and chain[-1].cue.kind == "formula" and last + 1 < len(kept):
            first = chain[-1].first
            ktexts = kept.texts
            if ktexts[last + 1] == ")" and first > 0 and ktexts[first - 1] == "(":
                end = kept.ends[last + 1]
        span = view.span(chain[0].start, end)
        value: dict[str, object] = {
            "cue": cues[0] if cues else self.catalogue.by_signal.get(signals[0], (signals[0], ""))[0],
            "reading": "; ".join(dict.fromkeys(r for r in readings if r)),
            "signals": signals,
        }
        if target is not None:
            value["target"] = target.get("id")
            value["target_name"] = target.get("name")
        if backer is not None:
            value["backer"] = backer.get("id")
        return Mention("framing", span, span.of(view.original), value, self.name)

    def _reading(self, signal: str) -> str:
        if signal in _EXTRA_READINGS:
            return _EXTRA_READINGS[signal]
        return self.catalogue.by_signal.get(signal, ("", signal))[1]


def _quoted_tail(toks: Tokens, last: int, end: int) -> int:
    """Widen a prefix over a quoted word after it (الميليشيات "التركمانية"): up to 3 words."""
    texts = toks.texts
    if last + 1 < len(texts) and texts[last + 1] in QUOTES:
        for k in range(last + 2, min(last + 6, len(texts))):
            if texts[k] in QUOTES:
                return toks.ends[k] if k > last + 2 else end
    return end


def _joins(chain: list[Item], nxt: Item, kept: list[str]) -> bool:
    """Whether ``nxt`` continues the framing phrase ``chain`` (touching, at least one a cue);
    ``kept`` holds the unquoted token texts."""
    prev = chain[-1]
    gap = nxt.first - prev.last - 1
    if nxt.conj:
        return False
    if gap == 0:
        if prev.cue is not None and prev.cue.kind in _PREFIXES:
            return True  # ميليشيا "قسد"، تنظيم قسد، ميليشيات الحوثي
        return nxt.cue is not None and nxt.cue.kind in _EPITHETS and (
            prev.actor is not None or (prev.cue is not None and prev.cue.kind in _EPITHETS)
        )  # داعش الإرهابي، الحوثي الانقلابية
    if gap == 1 and nxt.cue is not None and nxt.cue.kind == "formula":
        return kept[prev.last + 1] == "("
    if gap == 1 and nxt.actor is not None and kept[prev.last + 1] in _PROXY_HEADS:
        loaded = {s for it in chain for s in it.signals} | {
            it.cue.signal for it in chain if it.cue is not None
        }
        return bool(loaded & set(_PROXY_PREFIXES))
    return False
