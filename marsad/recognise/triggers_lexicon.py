"""The trigger lexicon (``triggers.tsv``, English cues in ``triggers_en.tsv``) and the word lists and word-shape tests it relies on.

Data and pure per-word functions only: the rows as ``Cue`` values, the support and past-verb
word lists, and the reading of a cue word's form (verb, present, noun, plural) from its shape,
memoised since the same cue words recur in every article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.recognise.cues import CAUSES_EN, read_phrases, read_rows, variants
from marsad.recognise.verb_forms import generated, has_dual, present_core
from marsad.text.lexicon import PhraseLexicon
from marsad.text.normalise import normalise_phrase

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Families that are conflict evidence by themselves (a weapon or a killing named), and the ones
# whose words are common outside conflict (خطف الأضواء، سيطرة السوق، هجرة، اغتصاب، سلب، اعتقال
# in crime news, قصف alone): in a document without conflict context these need a place or a toll
# in their sentence.
EVIDENCE_FAMILIES = frozenset({"air", "ied", "suicide", "chem", "grenade", "shell", "kill",
                               "clash", "disrupt", "base"})
POLYSEMOUS_FAMILIES = frozenset({"abduct", "territory", "flight", "sexual", "arrest", "loot"})
# The lexicon files: Arabic (article and endings added by the loader) and English (as written).
LEXICON_FILES = ("triggers.tsv", "triggers_en.tsv")
ARMED_TYPES = frozenset({1, 2, 3, 4, 8})
STATE_TYPES = frozenset({1, 8})  # ACLED inter codes of state forces (at home, abroad)
# Families whose act is done to its victims (the named side is hit, not acting), and with tolls
# those whose passive form is common (قُتل، اعتُقل).
VICTIM_FAMILIES = frozenset({"kill", "abduct", "arrest", "sexual"})
PASSIVE_PRONE_FAMILIES = VICTIM_FAMILIES | {"toll"}
# The strength column: cue words (strong, weak) and the roles of the other rows.
CUE_STRENGTHS = ("strong", "weak")
ROLES = ("block", "void", "context", "qualifier", "cause", "target", "crowd", "clear", "party",
         "era", "motive", "force", "melee", "arms", "intercept", "mishap", "terrain", "abstract",
         "gathering", "crime", "marks", "lumped", "establish", "reason", "sport",
         *CUE_STRENGTHS)


@dataclass(frozen=True, slots=True, eq=False)
class Cue:
    """One lexicon row: what the phrase means and how it behaves (compared and hashed by
    identity: each row is one object, so memo keys stay cheap)."""

    lemma: str
    form: str
    event_type: str
    sub_event_type: str | None
    plover: str | None
    mode: str | None
    family: str
    strength: str
    decide: str | None
    requires: tuple[str, ...]
    # its value depends on words around it: a clash (riot?), a device (cleared?), a decision
    contextual: bool = field(init=False)

    def __post_init__(self) -> None:
        device = self.family == "ied" or (self.family == "shell" and self.decide is None)
        # (a grenade: English "grenades were found", triggers_found_en)
        object.__setattr__(self, "contextual", self.family in ("clash", "grenade") or device
                           or self.decide is not None)


def _opt(x: str) -> str | None:
    return None if x in ("-", "") else x


@lru_cache(maxsize=1)
def base_phrases() -> frozenset[str]:
    """The lexicon's trigger phrases as written (normalised), without added endings."""
    return frozenset(
        normalise_phrase(p)
        for row in read_rows("marsad.recognise", "triggers.tsv") if row[8] in ("strong", "weak")
        for p in row[2].split("|")
    )


@lru_cache(maxsize=4096)
def added_ha(key: str) -> bool:
    """The key's final ه is the pronoun ending the loader added, not part of the phrase."""
    base = base_phrases()
    return key.endswith("ه") and key not in base and key[:-1] in base


@lru_cache(maxsize=1)
def listed_words() -> frozenset[str]:
    """Every phrase the Arabic trigger file lists, in any row (normalised): a generated verb
    form already listed keeps its own row."""
    return frozenset(normalise_phrase(p) for row in read_rows("marsad.recognise", "triggers.tsv")
                     for p in row[2].split("|"))


def combined_tolls() -> list[str]:
    """The killed-and-wounded phrases of ``casualties.tsv`` (kind ``combined``), as written."""
    return [p for row in read_rows("marsad.recognise", "casualties.tsv") if row[2] == "combined"
            for p in row[0].split("|")]


@lru_cache(maxsize=1)
def lexicon() -> PhraseLexicon[Cue]:
    """The trigger lexicon, loaded once per process."""
    lex: PhraseLexicon[Cue] = PhraseLexicon()
    lumped: Cue | None = None
    for name in LEXICON_FILES:
        arabic = name == "triggers.tsv"
        for row in read_rows("marsad.recognise", name):
            lemma, form, phrases, etype, sub, plover, mode, family, strength, decide, req = row
            if strength not in ROLES:
                raise ValueError(f"{name}: unknown strength {strength!r} for {lemma}")
            cue = Cue(
                lemma, form, etype, _opt(sub), _opt(plover), _opt(mode), family, strength,
                _opt(decide), tuple(r for r in req.split(",") if r != "-"),
            )
            endings = strength in ("strong", "weak")
            written = phrases.split("|")
            if strength == "lumped":
                lumped = cue
            if arabic and endings:  # the regular person/number forms of its verb phrases
                written += generated(map(normalise_phrase, written), listed_words(), VERB_SKIP,
                                     _PAST, _AMBIGUOUS)
            for phrase in written:
                for variant in variants(phrase, endings):  # (English: as written)
                    lex.add(variant, cue)
    if lumped is not None:  # the casualty file's killed-and-wounded phrases are lumped tolls too
        for phrase in dict.fromkeys(combined_tolls()):
            for variant in variants(phrase, False):
                lex.add(variant, lumped)
    cause = Cue("disaster", "noun", "disaster", None, None, None, "-", "cause", None, ())
    for phrase in read_phrases("marsad.recognise", CAUSES_EN):
        lex.add(normalise_phrase(phrase), cause)
    return lex


_PAST = frozenset(
    "اعتقل اختطف اغتال اشتبك هاجم اقتحم استهدف سيطر استولي انتزع اغار نزح هرب انسحب انشق انضم "
    "داهم اعدم اغتصب اطلق القي قبض اوقف احتجز جند جرف نهب سلب شن فجر قصف قتل خطف اعترض اسقط "
    "ضبط فرق رشق احرق هدم تظاهر اعتصم احتج اضرب".split()
)
# Past-tense support verbs before a noun cue (انفجرت عبوة، اندلعت اشتباكات، شنت غارة): the noun
# then reports one incident, as a past verb does.
_SUPPORT = frozenset(
    "انفجر انفجرت وقع وقعت اندلع اندلعت شن شنت شنوا نفذ نفذت نفذوا سقط سقطت دارت دار جرت جري "
    "تعرض تعرضت تعرضوا استهدف استهدفت قام قامت قاموا تم وصلت وصل وصول دخلت دخل".split()
)
# A support verb as a token: maybe after و/ف, maybe with an object pronoun (نفذه انتحاريان،
# شنها الطيران).
SUPPORT_FORMS = frozenset(
    c + verb + p for verb in _SUPPORT for c in ("", "و", "ف") for p in ("", "ها", "هم", "ه")
)
# Verbs of proceeding to an act (أقدم … على، عمد … إلى) or of reaching an agreement (اتفق
# الطرفان على هدنة، توصلوا إلى اتفاق): the act after them is one act.
PROCEED = frozenset("اقدم اقدمت اقدموا عمد عمدت عمدوا اتفق اتفقت اتفقا اتفقوا اتفقنا توصل "
                    "توصلت توصلا توصلوا توصلنا".split())
# Past verbs whose first letters look like the article (ألقت القبض، ألقوا قنبلة).
_AL_VERBS = frozenset("القي القت القوا".split())
# Past-tense forms that are also masdars (قصف "shelling" / "he shelled"): read as nouns.
_AMBIGUOUS = frozenset("قصف قتل خطف ضبط شن نهب سلب هدم جرف فجر".split())
# Generated verb forms (``verb_forms``) that are also another common word, left out.
VERB_SKIP = frozenset("تهرب اوقفوا اوقفا اوقفتا".split())  # smuggles, tax evasion; stopped
# Past stems that are also a participle, whose accusative looks like their dual (خطرا داهما).
_NOUN_TOO = frozenset({"داهم"})

# Control words with their taker between them and على (سيطرة داعش على …): a territory cue.
CONTROL_WORDS = frozenset({"سيطره", "سيطرته", "سيطرتها", "سيطرتهم"})
CONTROL_FORMS = CONTROL_WORDS | {p + w for w in CONTROL_WORDS for p in ("و", "ب")}
CONTROL_CUE = Cue("سيطرة", "noun", "Battles", "Non-state actor overtakes territory", "ASSAULT",
                  "firearms", "territory", "strong", "territory", ())


@lru_cache(maxsize=8192)
def form_of(form: str, stem: str, proclitic: str) -> str:
    """verb (past), present, plural or noun, from the word's shape and its lexicon row's form
    (memoised: the same cue words recur in every article)."""
    if stem.endswith("ات"):
        return "plural"
    if stem in _AL_VERBS:
        return "verb"
    if proclitic.endswith(("ال", "ب", "ل")) or stem.startswith("ال"):
        return "noun" if form != "plural" else "plural"
    if (stem in _PAST and stem not in _AMBIGUOUS) or (
        len(stem) > 3 and stem.endswith("ت") and stem[:-1] in _PAST
    ) or (len(stem) > 4 and stem.endswith("وا")) or _dual_past(stem):
        return "verb"
    if len(stem) > 3 and (stem.startswith("ي") or (stem.startswith("ت") and stem.endswith("ون"))):
        return "present"
    if form == "verb" and stem.startswith("ت") and len(stem) > 3:
        return "present"
    if form == "plural" and not stem.endswith("ه"):
        return "plural"
    return "noun" if form == "verb" and stem.startswith("ال") else form


def _dual_past(stem: str) -> bool:
    """A dual past verb: a past stem of four letters or more + ا or, feminine, + تا (أطلقا،
    اقتحما، أطلقتا). Where the stem is also a noun its accusative has the same ending: three-letter
    stems (قتلا، هربا من), the masdars of تفعّل/تفاعل (تظاهرا) and ``_NOUN_TOO`` are left out."""
    if len(stem) < 5 or not stem.endswith("ا"):
        return False
    base = stem[:-2] if stem.endswith("تا") and stem[:-2] in _PAST else stem[:-1]
    return base in _PAST and has_dual(base) and base not in _NOUN_TOO


def feminine_present(word: str) -> bool:
    """A normalised word shaped as the feminine present of a listed past verb (تستهدف،
    تهاجم، تعتقل), which a noun row of the lexicon reads as a noun."""
    return word[:1] == "ت" and present_core(word, _PAST) is not None


def definite(stem: str, proclitic: str) -> bool:
    """A noun with the article or a pronoun suffix (القصف، الهجوم، خطفهم): it may refer back."""
    return (stem.startswith("ال") or proclitic.endswith(("ال", "لل"))
            or (len(stem) > 5 and stem.endswith(("ها", "هم", "هما"))))


def stem(word: str) -> str:
    """A cue's first word (``word``: its normalised text after the proclitic), without a
    pronoun ending ها/هم on long words."""
    if " " in word:  # (a token holds no space)
        word = word.split(None, 1)[0]
    if word.endswith(("ها", "هم")) and len(word) > 5:
        word = word[:-2]
    return word


# Memos of the two functions below, keyed by lexicon words (a finite set): plain dicts.
_SHAPES: dict[tuple[Cue, str, str], tuple[str, bool]] = {}
_TEMPLATES: dict[tuple[Cue, str, str, bool, bool], dict[str, object]] = {}


def shape(cue: Cue, word: str, proclitic: str) -> tuple[str, bool]:
    """The cue word's form by its shape (see ``form_of``) and whether its shape makes it
    definite (``word``: its normalised text after the proclitic), memoised per word."""
    key = (cue, word, proclitic)
    found = _SHAPES.get(key)
    if found is None:
        word = stem(word)
        found = _SHAPES[key] = (form_of(cue.form, word, proclitic), definite(word, proclitic))
    return found


def template(cue: Cue, word: str, proclitic: str, support: bool, demonstrative: bool) -> dict[str, object]:
    """A trigger value's part fixed by the cue word and the words before it (after a support
    verb it is a verb; after a demonstrative, definite), memoised: copy it before use."""
    key = (cue, word, proclitic, support, demonstrative)
    value = _TEMPLATES.get(key)
    if value is None:
        form, is_definite = shape(cue, word, proclitic)
        value = {
            "event_type": cue.event_type,
            "sub_event_type": cue.sub_event_type,
            "plover": cue.plover,
            "lemma": cue.lemma,
            "family": cue.family,
            "form": "verb" if support else form,
            "strength": cue.strength,
        }
        if is_definite or demonstrative:
            value["definite"] = True
        if cue.mode:
            value["plover_mode"] = cue.mode
        _TEMPLATES[key] = value
    return value


def weapon(cue: Cue, qualified: bool) -> bool:
    """A strong cue that names a weapon or a killing (air strike, IED, assassination, clashes,
    or قصف with its platform): conflict evidence by itself."""
    if cue.strength != "strong":
        return False
    if cue.decide == "platform":
        return qualified
    return cue.family in EVIDENCE_FAMILIES
