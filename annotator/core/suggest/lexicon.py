"""Loading the rule data (patterns and word lists) shipped as JSON files in this package."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent
PATTERNS = DATA / "patterns"
LEXICON = DATA / "lexicon"


@dataclass(frozen=True)
class Cues:
    """The word lists the attribution rules need for one language."""

    cue_verbs: frozenset[str]
    # Inflected forms, for when the lemmatizer or tagger misses ("estime" lemma "estime",
    # "juge" tagged as a noun after a quotation).
    cue_verb_forms: frozenset[str]
    # Verbs that are not reporting when they take an infinitive ("demander à emprunter").
    no_xcomp_verbs: frozenset[str]
    # Words between a cue and its speaker: "», juge pour sa part Anna Lindqvist".
    phrase_fillers: tuple[tuple[str, ...], ...]
    np_stop_words: frozenset[str]
    skip_pronouns: frozenset[str]
    clitics: frozenset[str]
    # Where a speaker named after its cue stops: "a déclaré Mitt Romney | dans le Wisconsin".
    phrase_end_words: frozenset[str]
    # Objects that make a cue verb mean something else: "HP accuse une baisse de 3 %".
    non_reporting_objects: dict[str, frozenset[str]]
    # Verbs whose "par X" is not who speaks: "le vol assuré par Air France".
    no_agent_verbs: frozenset[str]
    # Subordinators of purpose: "afin qu'il explique" reports nothing.
    purpose_marks: frozenset[str]
    # Pronouns that can hold a view: "Pour lui, ...".
    agentive_pronouns: frozenset[str]
    # Verbs that report only before a clause or a quotation, or after one ("conclut-il",
    # "conclut que"), not with a plain object ("il conclura sa campagne").
    clause_only_verbs: frozenset[str]
    clause_marks: frozenset[str]
    # Cue verbs that still report when reflexive ("s'est dit déterminé"); others do not
    # ("la chute s'explique par", "le plan se poursuit").
    reflexive_cues: frozenset[str]
    # Whether a subject keeps its appositions and relative clauses ("Tom Rath, a veteran GOP
    # leader who endorsed Kasich, said"), as English news corpora mark it; French cuts them.
    whole_subject: bool = False
    # Whether a cue inside what another cue reports is left out ("X said he thinks"), as
    # English news corpora mark only the outer speaker.
    outer_cues_only: bool = False
    # Cue verbs that, negated, report silence, not content: "did not respond".
    negated_silence: frozenset[str] = frozenset()
    # Cue verbs that report only when reflexive: "s'inquiéter", not "la hausse inquiète".
    reflexive_only_cues: frozenset[str] = frozenset()
    # Whether a cue in the future tense reports nothing yet ("le CERN annoncera mercredi").
    future_reports_nothing: bool = False
    # Whether a cue verb's speaker is on one side only: a phrase after a verb whose subject
    # was found before it is no inverted speaker.
    one_sided_cues: bool = False
    # Prepositions that open a role's post after a role noun: "l'ambassadeur de France en
    # Afghanistan".
    post_words: frozenset[str] = frozenset()
    # Words that make a cue phrase distributive: "selon les différentes académies", "selon
    # les cas" (depending on), never a source.
    distributive_words: frozenset[str] = frozenset()
    # Determiners that make the cue form after them a noun ("une note", "sa critique").
    noun_determiners: frozenset[str] = frozenset()
    # Cue forms that, right after a noun, give it a name: "la loi dite « Sur l'information »".
    naming_forms: frozenset[str] = frozenset()
    # How abstract nouns of action or quality end ("diffusion", "événement"): untyped and
    # unnamed, they head no speaker.
    abstract_noun_endings: frozenset[str] = frozenset()
    # Whether "et" between two bare nouns stays inside a phrase ("les projections et
    # résultats"), and a parenthesis after a name belongs to it ("Marc Guillemot (Safran)").
    shared_determiners: bool = False
    parenthesis_in_name: bool = False
    # Determiners that speak alone: "another says", "some argue".
    standalone_determiners: frozenset[str] = frozenset()
    # Cue forms that are as often nouns ("talks", "plans"): no cue without a tagger.
    noun_forms: frozenset[str] = frozenset()
    # Documents that show or find without a "that": "Early polls show voters rejecting".
    document_nouns: frozenset[str] = frozenset()
    # Words that make a time, never a speaker: "on Thursday evening said".
    time_words: frozenset[str] = frozenset()
    # Cue forms whose next noun is what they act on, never an inverted speaker: ", praised
    # Cruz for", ", endorsed Ted Cruz".
    object_forms: frozenset[str] = frozenset()
    # The preposition that opens an agent who speaks ("was criticized by Democrats"); a
    # phrase the parser called an agent without it speaks not ("... to racial justice issues").
    agent_marks: frozenset[str] = frozenset()
    # Cue verbs that attribute only with a clause or an infinitive: "plans to meet", not
    # "has planned a number of conferences".
    complement_verbs: frozenset[str] = frozenset()
    # The outlet's own name, whose observations are the author's voice ("Wikinews has
    # learned that"), never a source.
    author_names: frozenset[str] = frozenset()
    # First words of a phrase that holds no view: "For every Syrian sent back", "For most of
    # the Cold War" (a number too: "For four years").
    non_agentive_starts: frozenset[str] = frozenset()
    # Polls, whose shares of respondents ("51 percent of respondents said") are what
    # they found, not sources of their own.
    poll_nouns: frozenset[str] = frozenset()
    share_words: frozenset[str] = frozenset()
    # Abbreviations the tokenizer splits from their full stop ("Lt. Gen. Mick Bednar"):
    # kept whole, or the stop cuts a name in two.
    abbreviations: frozenset[str] = frozenset()
    # Whether a capitalised word the tagger took for an adverb or a verb may start a name
    # ("Whitmore/ADV stated"), as English taggers often do with surnames.
    mistagged_names: bool = False
    # Capitalised words that are never such a name ("Despite", "Following").
    not_names: frozenset[str] = frozenset()
    # Whether a headline's cue after its speaker needs a clause or a quotation to report
    # ("Kurds announce deal with ..." is an act), as the English gold marks headlines.
    headline_acts: bool = False
    # Whether a straight quote that opens a sentence spaced from the next word closes the
    # last sentence's quotation (English typing; French spaces its marks inside: '" Oui "').
    spaced_quote_closes: bool = False
    # Plural present forms that, after what they report, put their speaker after them
    # (", say scientists", ", argue some Democrats"); not cue forms elsewhere ("say, 10 %").
    inverted_plural_forms: frozenset[str] = frozenset()
    # Whether a clause-only cue reports a clause the parser made its complement with no
    # "that" ("Dr. Osei noted the samples show"), as English writes it; French opens such a
    # clause with "que", so a complement clause without it is a misparse ("il répond aux
    # détracteurs ..., en faisant remarquer : « ... »").
    bare_clause_reports: bool = False
    # Auxiliaries that make a cue participle passive whatever the parser calls them, an
    # auxiliary or a copula ("elle avait été admise"): what is said or done, not who says it.
    passive_auxiliaries: frozenset[str] = frozenset()
    # Nouns of what a thing conforms to or depends on: "selon la loi du 16 décembre",
    # "selon les juridictions"; never who says it.
    norm_nouns: frozenset[str] = frozenset()


def _read_json(name: str) -> Any:
    return json.loads((LEXICON / name).read_text(encoding="utf-8"))


def lexicon_lang(lang: str) -> str:
    """The language whose lists serve ``lang`` (English lists stand in for unknown ones)."""
    return lang if lang in _read_cues() else "en"


@cache
def _read_cues() -> dict[str, dict[str, list[str]]]:
    return _read_json("cues.json")


FLAGS = ("whole_subject", "outer_cues_only", "mistagged_names", "headline_acts",
         "spaced_quote_closes", "future_reports_nothing", "one_sided_cues",
         "shared_determiners", "parenthesis_in_name", "bare_clause_reports")


@cache
def cues(lang: str) -> Cues:
    raw = _read_cues()[lexicon_lang(lang)]
    lists: dict[str, Any] = {key: frozenset(raw.get(key, ())) for key in
                             Cues.__dataclass_fields__ if key not in FLAGS}
    lists.update({key: bool(raw.get(key, False)) for key in FLAGS})
    lists["cue_verb_forms"] = lists["cue_verb_forms"] | conjugated(
        lists["cue_verbs"], raw.get("regular_endings", {}))
    lists["phrase_fillers"] = tuple(words(f) for f in raw["phrase_fillers"])
    lists["non_reporting_objects"] = {verb: frozenset(words) for verb, words
                                      in raw["non_reporting_objects"].items()}
    return Cues(**lists)


def conjugated(lemmas: frozenset[str], endings: dict[str, list[str]]) -> frozenset[str]:
    """The forms of the regular verbs among ``lemmas`` (``endings``: infinitive ending ->
    the endings that replace it), with French spelling before a and o ("annonça",
    "encourageait"): the tagger and lemmatizer miss many of them ("déplora")."""
    out = set()
    for lemma in lemmas:
        for ending, replacements in endings.items():
            if not lemma.endswith(ending):
                continue
            stem = lemma[: -len(ending)]
            for tail in replacements:
                soft = tail[:1] in {"a", "â", "o"}
                out.add((stem[:-1] + "ç" if soft and stem.endswith("c") else
                         stem + "e" if soft and stem.endswith("g") else stem) + tail)
    return frozenset(out)


ADDRESSEE_VERBS = frozenset({"told", "tells", "tell", "informed", "informs", "urged", "urges",
                             "advised", "advises"})
ELISION_WORDS = {"aujourd'hui", "quelqu'un", "presqu'île"}  # one token each for the tokenizer


def words(phrase: str) -> tuple[str, ...]:
    """A phrase split as the tokenizer splits it: "à l'AFP" -> ("à", "l'", "afp")."""
    out: list[str] = []
    for word in phrase.lower().replace("’", "'").split():
        head, sep, tail = word.partition("'")
        out.extend([head + sep, tail] if sep and tail and word not in ELISION_WORDS
                   else [word])
    return tuple(out)


@cache
def patterns(lang: str) -> tuple[dict[str, Any], ...]:
    """Attribution patterns for ``lang``, ``$cue_verbs``/``$cue_verb_forms`` filled in."""
    lang = lexicon_lang(lang)
    slots = {"$cue_verbs": sorted(cues(lang).cue_verbs),
             "$cue_verb_forms": sorted(cues(lang).cue_verb_forms),
             "$agentive_pronouns": sorted(cues(lang).agentive_pronouns),
             # Forms and bare lemmas, for a cue the tagger took for a noun ("acknowledge").
             "$cue_words": sorted(cues(lang).cue_verb_forms | cues(lang).cue_verbs),
             # After "told" comes who was told, never the speaker.
             "$inverted_forms": sorted((cues(lang).cue_verb_forms
                                       | cues(lang).inverted_plural_forms)
                                      - ADDRESSEE_VERBS - cues(lang).object_forms)}
    lines = (PATTERNS / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(_fill(json.loads(line), slots) for line in lines if line.strip())


def anchors(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """Lower-cased strings of which any text matching a token ``pattern`` contains one: the
    values of its most selective literal token (longest shortest value). None if no token
    is literal. Lets a doc without a word of that lower case skip the Matcher."""
    best: frozenset[str] | None = None
    for spec in pattern:
        if spec.get("OP") in {"?", "*"} or str(spec.get("OP", "")).startswith("{0"):
            continue
        for attr in ("LOWER", "ORTH"):
            value = spec.get(attr)
            if isinstance(value, dict) and "IN" not in value:
                continue
            if value is not None:
                found = frozenset(v.lower() for v in (value["IN"] if isinstance(value, dict)
                                                       else [value]))
                if best is None or min(map(len, found)) > min(map(len, best)):
                    best = found
    return best


def _fill(value: Any, slots: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return slots.get(value, value)
    if isinstance(value, list):
        return [_fill(item, slots) for item in value]
    if isinstance(value, dict):
        return {key: _fill(item, slots) for key, item in value.items()}
    return value


@cache
def given_names() -> frozenset[str]:
    """English given names, lower-case (see given_names.txt)."""
    lines = (LEXICON / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def source_type_terms() -> dict[str, dict[str, list[str]]]:
    """``{"strong": {type: terms}, "nouns": {type: terms}, "titles": {type: terms},
    "web_suffixes": {type: endings}, "name_suffixes": {type: words},
    "party_affiliations": {type: letters}, "head_final": {"languages": [lang]},
    "head_of_state_titles": {"titles": [title], "demonym_endings": [ending]},
    "typeless_roles": {"roles": [role]}, "cue_types": {type: [cue]},
    "circumstances": {"words": [word]}, "out_of_office": {"words": [word]},
    "outlet_reports": {"nouns": [noun]}, "body_words": {"words": [word]},
    "name_bodies": {"words": [word]}, "places": {type: [name]},
    "place_prepositions": {"words": [word]}, "in_office": {name: [[from, to]]}}``, see
    source_types.json."""
    raw = _read_json("source_types.json")
    titles = {kind: terms for kind, terms in raw["titles"].items() if not kind.startswith("_")}
    return {"strong": raw["strong"], "nouns": raw["nouns"], "titles": titles,
            "web_suffixes": raw.get("web_suffixes", {}),
            "name_suffixes": raw.get("name_suffixes", {}),
            "party_affiliations": raw.get("party_affiliations", {}),
            "head_final": {"languages": raw.get("head_final", [])},
            "head_of_state_titles": {"titles": raw.get("head_of_state_titles", []),
                                     "demonym_endings": raw.get("demonym_endings", []),
                                     "demonym_endings_after": raw.get(
                                         "demonym_endings_after", [])},
            "typeless_roles": {"roles": raw.get("typeless_roles", {}).get("roles", [])},
            "cue_types": {kind: cues for kind, cues in raw.get("cue_types", {}).items()
                          if not kind.startswith("_")},
            "circumstances": {"words": raw.get("circumstances", {}).get("words", [])},
            "out_of_office": {"words": raw.get("out_of_office", {}).get("words", [])},
            "outlet_reports": {"nouns": raw.get("outlet_reports", {}).get("nouns", [])},
            "body_words": {"words": raw.get("body_words", {}).get("words", [])},
            "name_bodies": {"words": raw.get("name_bodies", {}).get("words", [])},
            "place_prepositions": {"words": raw.get("place_prepositions", {}).get("words", [])},
            "places": {kind: names for kind, names in raw.get("places", {}).items()
                       if not kind.startswith("_")},
            "in_office": raw.get("in_office", {}).get("terms", {})}


@cache
def verifiability_terms(lang: str) -> dict[str, list[str]]:
    return _read_json("verifiability.json")[lexicon_lang(lang)]


@cache  # read per token: each set is built once
def verifiability_words(lang: str, key: str) -> frozenset[str]:
    """One word list of the verifiability lexicon, as a set."""
    return frozenset(verifiability_terms(lang).get(key, ()))
