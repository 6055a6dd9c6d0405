"""Arabic control verbs whose object decides whether they report a change of territory.

سيطر على، استولى على، انتزع، بسط سيطرته take ground (a town, a position, land) as often as
anything else that can be seized: mines cleared by engineers (انتزعت الفرق الهندسية الألغام),
a shipment, documents, money, a title won. The first word of the object that says what was
taken decides: a place name or a place noun is ground; weapons, their depots or mines are a
seizure of arms (ACLED Disrupted weapons use), houses a seizure of property (Looting/property
destruction), unless its passage (its sentence, the two before) tells a fight or a capture
whose spoils they are (كما استولت على أربع دبابات, after taking a town);
other goods are no event of the verb's own. The object is read after على (within a few words
of the verb: its subject may stand between), or, with no على, after انتزع and its subject (a
direct object). An object naming none of these keeps the cue (an unknown place name).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.model import Span
from marsad.recognise.cues import Scope, token_index, word_kinds
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_lexicon import Cue
from marsad.text.lexicon_scan import NOUN_PREFIXES, with_proclitics
from marsad.text.view import TextView

_ON = "علي"  # على, normalised
_ON_REACH = 8  # verb ... على: the subject between (سيطرت قوات الفصائل المسلحة المعارضة للنظام على)
_AFTER_ON = 4  # على … the head (على معظم أحياء المدينة)
_DIRECT = 10  # انتزعت قوات الجيش، الجمعة، مواقع: a direct object after the subject
_SUFFIXES = ("هما", "ها", "هم")  # (مواقعها، قواعدهم)
_TAKE = "انتزع"  # the control verb that takes its object with no على (انتزعت القوات مواقع)
_SEIZE = "استول"  # استولى always takes على: read it to the end of its sentence
_STOPS = frozenset(".,،؛;:!?؟()")
# The control rows a change of territory needs ground for (not regaining: استعادة مدينة names it).
_CONTROL_LEMMA = "سيطرة"
_BATTLES = "Battles"  # (a clash or a capture: ground fighting, whose spoils arms may be)
_SPOILS = 2  # sentences back a fight or capture may be told whose spoils the arms seized are
SEIZED_ARMS = Cue("ضبط", "verb", "Strategic developments", "Disrupted weapons use", "COERCE",
                  "seize", "disrupt", "strong", None, ())
SEIZED_PROPERTY = Cue("نهب", "verb", "Strategic developments", "Looting/property destruction",
                      "COERCE", "seize", "loot", "strong", None, ())
_SEIZED = {"arms": SEIZED_ARMS, "property": SEIZED_PROPERTY}


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Each object word, with any proclitics (وال، بال، لل…: NOUN_PREFIXES), -> its kind."""
    return {form: kind for kind, words in word_kinds("marsad.recognise", "triggers_ground.tsv").items()
            for form in with_proclitics(words, NOUN_PREFIXES)}


def seizes_something(m: Match) -> bool:
    """An Arabic control cue (not a regaining, whose phrase names the ground)."""
    return m.value.family == "territory" and m.value.lemma == _CONTROL_LEMMA and not m.key.isascii()


def grounded_controls(candidates: list[Match], places: Sequence[Span], view: TextView,
                      scope: Scope) -> list[Match]:
    """The candidates with each Arabic control cue read by its object: kept when it takes
    ground, turned into a seizure of arms or of property when it takes weapons or houses,
    dropped when it takes goods."""
    texts = view.tokens.texts
    starts = view.token_original_starts
    named = frozenset(token_index(starts, p.start) for p in places)
    sentence_of = scope.sentence_of
    out: list[Match] = []
    for m in candidates:
        kind = object_kind(m, texts, named, scope) if seizes_something(m) else None
        if kind in _SEIZED and any(
                o is not m and 0 <= sentence_of[m.first_token] - sentence_of[o.first_token] <= _SPOILS
                and o.value.event_type == _BATTLES
                for o in candidates):
            continue  # (the spoils of the fight just told, a house held in it: part of that event)
        if kind == "goods":
            continue
        out.append(m._replace(value=_SEIZED[kind]) if kind in _SEIZED else m)
    return out


def object_kind(m: Match, texts: Sequence[str], named: frozenset[int], scope: Scope) -> str | None:
    """What the control cue took: ground, arms, property, goods, or None when its object names none of
    these (``named``: the tokens a place name starts at). The object is read up to the end of
    its sentence, a punctuation mark or a phrase with ب or ل (بقوة السلاح: how, not what)."""
    sentence_of = scope.sentence_of
    sent = sentence_of[m.first_token]
    end = len(texts)
    if texts[m.last_token] == _ON:
        first, reach = m.last_token + 1, _AFTER_ON
    else:
        stop = sentence_of.tokens(sent).stop  # (استولى's على may stand anywhere in its sentence)
        reach = stop if texts[m.first_token].removeprefix("و").startswith(_SEIZE) else _ON_REACH
        on = next((k for k in range(m.last_token + 1, min(end, stop, m.last_token + 1 + reach))
                   if texts[k] == _ON), None)
        if on is not None:
            first, reach = on + 1, _AFTER_ON
        elif texts[m.first_token].removeprefix("و").startswith(_TAKE):
            first, reach = m.last_token + 1, _DIRECT  # (انتزعت قوات الجيش، الجمعة، مواقع)
        else:
            return None  # (a control noun or verb with no على: its object is not said)
    kinds = _kinds()
    direct = reach == _DIRECT
    for k in range(first, min(end, first + reach)):
        word = texts[k]
        if sentence_of[k] != sent or (word in _STOPS and not direct):
            break
        if k in named:
            return "ground"
        kind = kinds.get(word)
        if kind is None and word.endswith(_SUFFIXES):  # (مواقعها؛ مساحتها: ة before a suffix is ت)
            stem = next(word[: -len(s)] for s in _SUFFIXES if word.endswith(s))
            kind = kinds.get(stem) or (kinds.get(stem[:-1] + "ه") if stem.endswith("ت") else None)
        if kind is not None:
            return kind
        if word in _STOPS or (word[0] in "بل" and len(word) > 3 and not direct):
            break
    return None
