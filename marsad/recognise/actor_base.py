""""القاعدة" as a military base, not al-Qaeda: the bare word is read as the base when its words
around say so (a relative clause of use or stationing: القاعدة التي تستخدمها القوات; a noun of a
base's parts before it: اقتحام القاعدة، مدرج القاعدة; نفسها/ومحيطها after it), or when the
document has named a base before (القاعدة الجوية، قاعدة عسكرية) and never the group itself
(تنظيم القاعدة، القاعدة في جزيرة العرب): a definite noun then points back at that base.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from marsad.text.lexicon import LexiconMatch
from marsad.text.lexicon_scan import proclitic_sequences, with_proclitics
from marsad.text.normalise import normalise_phrase

V = TypeVar("V")
QAEDA = normalise_phrase("القاعدة")
_BASE = normalise_phrase("قاعدة")
_GROUP_KEYS = frozenset({"al-qaeda", "aqap"})
_RELATIVE = normalise_phrase("التي")
# Verbs of use or stationing in a relative clause on the base (present stems, any person).
_USE = tuple(normalise_phrase(w) for w in (
    "تستخدم يستخدم تستعمل يستعمل يتمركز تتمركز يتواجد تتواجد توجد يوجد تستضيف يستضيف ترابط "
    "يرابط تنطلق ينطلق تضم تؤوي يتخذ تتخذ").split())
# Parts of a base, or entering it, right before the word (clitics aside).
_PARTS = frozenset(normalise_phrase(w) for w in (
    "اقتحام مدرج مدارج مدخل بوابة بوابات أسوار سور حرم مهبط حظائر مستودعات ثكنات قائد")
    .split())
_AFTER = frozenset(normalise_phrase(w) for w in ("نفسها", "ومحيطها", "ذاتها"))
# Adjectives that make an indefinite قاعدة a base (قاعدة عسكرية، قاعدة جوية).
_BASE_ADJ = frozenset(normalise_phrase(w) for w in ("عسكرية", "جوية", "بحرية", "عسكريه"))
_AROUND = frozenset(normalise_phrase(w) for w in ("داخل", "محيط"))
_NOT_BASE = frozenset(normalise_phrase(w) for w in (
    "الشعبية", "الانتخابية", "الأساسية", "الذهبية", "الفقهية", "الشرعية", "القانونية"))
# Words that make the next القاعدة the group (تنظيم #القاعدة، عناصر القاعدة، زعيم القاعدة).
_GROUP_BEFORE = frozenset(normalise_phrase(w) for w in (
    "تنظيم عناصر عنصر مسلحي مقاتلي زعيم زعماء قادة قيادات قيادي فرع أنصار مناصري أمير "
    "شبكة خلايا خلية فلول الموالية الموالي التابعة التابع ذراع جناح مكافحة محاربة").split())
# A war on the group (الحرب على القاعدة، الحملة ضد القاعدة): these two words before it.
_WAR = frozenset(normalise_phrase(w) for w in ("الحرب", "حرب", "الحملة", "حملة"))
_ON = frozenset(normalise_phrase(w) for w in ("على", "ضد"))
# The words above as tokens: as they stand or after a conjunction and ب، ل، ك or لل (وبوابة،
# لمدخل، للحرب): one set test tries every split, so a word is never lost to a wrong one.
_PREFIXES = proclitic_sequences(("", "ب", "ل", "ك", "لل"), article=False)
_PART_TOKENS = with_proclitics(_PARTS, _PREFIXES)
_BASE_TOKENS = with_proclitics((_BASE,), _PREFIXES)
_GROUP_BEFORE_TOKENS = with_proclitics(_GROUP_BEFORE, _PREFIXES)
_WAR_TOKENS = with_proclitics(_WAR, _PREFIXES)


def _local_base(texts: Sequence[str], i: int) -> bool:
    """The words around the bare word at ``i`` make it a base."""
    if i > 0 and texts[i - 1] in _PART_TOKENS:
        return True
    if i + 1 < len(texts):
        nxt = texts[i + 1]
        if nxt in _AFTER:
            return True
        if nxt == _RELATIVE:
            return any(w.startswith(_USE) for w in texts[i + 2 : i + 5])
    return False


def _first_named_base(texts: Sequence[str]) -> int:
    """Where the document first names an indefinite base (قاعدة عسكرية، وقاعدة جوية), or
    ``len(texts)``."""
    return next((k for k in range(len(texts) - 1)
                 if texts[k] in _BASE_TOKENS and texts[k + 1] in _BASE_ADJ), len(texts))


def _base_phrase(texts: Sequence[str], m: LexiconMatch[V]) -> bool:
    """A blocked phrase that names a base: القاعدة + a nisba (الجوية، الروسية), or داخل/محيط
    القاعدة (not القاعدة الشعبية، مدينة القاعدة)."""
    for k in range(m.first_token, m.last_token + 1):
        if QAEDA in texts[k]:
            if k > m.first_token:
                return texts[k - 1] in _AROUND
            nxt = texts[k + 1] if k < m.last_token else ""
            return nxt.endswith("يه") and nxt not in _NOT_BASE
    return False


def base_readings(
    texts: Sequence[str], matches: Sequence[LexiconMatch[V]],
    keys: Sequence[frozenset[str]], blocked: Sequence[bool],
) -> set[int]:
    """Indices of ``matches`` that are the bare word read as a base. ``keys``: each match's
    actor keys; ``blocked``: whether it is a blocker (القاعدة الجوية…); ``texts``: the tokens
    the matches index."""
    bare = [
        n for n, m in enumerate(matches)
        if m.first_token == m.last_token and keys[n] & _GROUP_KEYS
        and QAEDA in texts[m.first_token]
    ]
    if not bare:
        return set()
    group_named = any(
        keys[n] & _GROUP_KEYS and not blocked[n] and m.last_token > m.first_token
        for n, m in enumerate(matches)
    )
    first_base = min(
        (m.first_token for n, m in enumerate(matches) if blocked[n] and _base_phrase(texts, m)),
        default=len(texts),
    )
    named_base = _first_named_base(texts)
    out: set[int] = set()
    for n in bare:
        i = matches[n].first_token
        k = i - 1
        while k >= 0 and not texts[k].isalnum():
            k -= 1  # (a hashtag or quote mark)
        if k >= 0 and texts[k] in _GROUP_BEFORE_TOKENS:
            continue
        if k > 0 and texts[k] in _ON and texts[k - 1] in _WAR_TOKENS:
            continue
        if _local_base(texts, i):
            out.add(n)
        elif not group_named and (first_base < i or named_base < i - 1):
            out.add(n)
    return out
