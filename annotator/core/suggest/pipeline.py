"""Running the suggestion engine over sentences: one spaCy pass per sentence, no re-parse.

The pipeline is this module's own (``spacy.load`` of the same model plus our component),
so the shared pipelines of :mod:`annotator.core.nlp` are never mutated.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import spacy
from spacy.attrs import IS_SPACE, ORTH, POS
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from annotator.core import nlp as shared_nlp
from annotator.core.nlp import blank

from . import edit_tree_lemmas, token_embeddings
from .attribution import FACTORY
from .doc_text import doc_text
from .lexicon import cues
from .mentions import carry_types
from .results import SentenceSuggestion, SourceSuggestion
from .verifiability import reads_parse, verifiability_suggestion
from .verifiability_context import carry_context

_lock = threading.Lock()
# Sentences per batch: the networks' matrix products on 128 sentences took ~4 % less time
# than on 64 (the same tags and parses); 256 and more were no faster.
BATCH_SIZE = 128


def base_pipeline(lang: str) -> Language:
    """A fresh pipeline without our components: the model, or a blank one (rules only)."""
    name = shared_nlp.model_name(lang)
    if name is None:
        return blank(lang)
    # numpy's BLAS does the networks' matrix products about twice as fast as thinc's default
    # (blis) on one core, with the same tags and parses. One BLAS thread: the matrices are
    # small, and a thread waiting for a busy core costs more than it gives.
    threadpool_limits(1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        # No rule reads entities, and the French NER (with its own embedding) was ~45 % of
        # the time of suggesting: leaving it out nearly halves it.
        nlp = spacy.load(name, exclude=["senter", "ner"])
    _index_sets(nlp)
    _drop_tag_copies(nlp)
    _keep_abbreviations(nlp)
    return nlp


def _keep_abbreviations(nlp: Language) -> None:
    """Titles the tokenizer would split from their full stop ("Lt." -> "Lt" "."), one token
    each, so that a speaker's name is not cut at the stop."""
    for word in cues(nlp.lang).abbreviations:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _drop_tag_copies(nlp: Language) -> None:
    """Without a tagger (fr_core_news_sm), the attribute ruler's patterns that set TAG alone
    copy each POS to TAG: no rule reads that copy (the English checks compare TAG with Penn
    tags, which no POS equals), and matching them cost ~6 % of suggesting. The patterns that
    set POS, MORPH or DEP (whitespace tokens) stay, so POS, lemmas and parses are unchanged."""
    if "attribute_ruler" not in nlp.pipe_names or "tagger" in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    kept = [p for p in ruler.patterns if set(p["attrs"]) != {"TAG"}]
    ruler.clear()
    ruler.add_patterns(kept)


def _index_sets(nlp: Language) -> None:
    """A rule lemmatizer (fr_core_news_sm's) looks every word it has not seen yet up in lists
    of up to 66,000 lemmas; as sets, the same lookups give the same lemmas at once (the words
    of a new 1,000-sentence article took ~0.5 s to lemmatise, now ~0.03 s)."""
    for _, proc in nlp.pipeline:
        if isinstance(proc, Lemmatizer) and proc.mode == "rule" and \
                proc.lookups.has_table("lemma_index"):
            table = proc.lookups.get_table("lemma_index")
            for pos in list(table):
                table[pos] = frozenset(table[pos])


@cache  # once per ruler, not once per document
def _where_it_can_match(ruler: AttributeRuler) -> Callable[[Doc], Doc]:
    """``ruler``, run only on the docs that hold a token its patterns can match, when each
    pattern is one token that must be a space or have a given POS (fr_core_news_sm's, once
    the TAG copies are gone): on the others it would change nothing."""
    pos_ids = set()
    for pattern in (p for entry in ruler.patterns for p in entry["patterns"]):
        if len(pattern) == 1 and pattern[0].get("IS_SPACE") is True:
            continue
        if len(pattern) == 1 and isinstance(pattern[0].get("POS"), str):
            pos_ids.add(ruler.vocab.strings.add(pattern[0]["POS"]))
            continue
        return ruler

    def run(doc: Doc) -> Doc:
        can = any(space or pos in pos_ids for space, pos in
                  doc.to_array([IS_SPACE, POS]).reshape(len(doc), 2).tolist())
        return ruler(doc) if can else doc
    return run


def suggestion_pipeline(lang: str) -> Language:
    """The cached pipeline with the attribution component; safe to call from any thread."""
    with _lock:
        return _pipeline(lang)


@cache
def _pipeline(lang: str) -> Language:
    nlp = base_pipeline(lang)
    nlp.add_pipe(FACTORY)
    return nlp


def suggest_sentences(sentences: Iterable[str], lang: str, *,
                      batch_size: int = BATCH_SIZE) -> Iterator[SentenceSuggestion]:
    """Suggestions for each sentence of one document, in order; offsets are inside each
    sentence. Types are carried from sentence to sentence (see ``carry_types``), and a
    personal account and the dateline's date from sentence to sentence (see
    ``carry_context``)."""
    nlp = suggestion_pipeline(lang)
    docs = annotated(nlp, sentences, batch_size=batch_size)
    yield from carry_types(carry_context((suggestion_for(doc), doc) for doc in docs))


def annotated(nlp: Language, sentences: Iterable[str], *, batch_size: int = BATCH_SIZE
              ) -> Iterator[Doc]:
    """What ``nlp.pipe`` gives, but the parser only reads the sentences in which a rule may
    read its parse (a cue or a pattern for attribution; a conditional, a future, an
    intensifier or a first person for verifiability): the others get the same suggestions
    without it. The parser's listener reads the tok2vec output left on each doc, so parsing
    a subset afterwards gives the same parses. The tok2vec embeds each distinct word once per
    call, and a trainable lemmatizer applies each of its edit trees to a word once per call,
    with the same vectors and lemmas (see :mod:`.token_embeddings`, :mod:`.edit_tree_lemmas`)."""
    if "parser" not in nlp.pipe_names:
        yield from nlp.pipe(sentences, batch_size=batch_size)
        return
    finder = nlp.get_pipe(FACTORY)
    parser = nlp.get_pipe("parser")
    docs: Iterable[Doc] = (nlp.make_doc(text) for text in sentences)
    for name, proc in nlp.pipeline:
        if isinstance(proc, AttributeRuler):
            docs = map(_where_it_can_match(proc), docs)
        elif token_embeddings.can_remember(proc):
            docs = token_embeddings.DocumentEmbeddings(proc).pipe(docs, batch_size)
        elif edit_tree_lemmas.can_remember(proc):
            docs = edit_tree_lemmas.lemmatized(proc, docs, batch_size)
        elif name not in {"parser", FACTORY}:
            docs = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") \
                else map(proc, docs)
    after_parse = _rules_reading_the_parse(nlp)
    for batch in minibatch(docs, batch_size):
        needed = [doc for doc in batch if finder.could_attribute(doc) or reads_parse(doc)]
        for doc in parser.pipe(needed, batch_size=batch_size):
            finder(after_parse(doc))
        parsed = {id(doc) for doc in needed}
        for doc in batch:
            if id(doc) not in parsed:
                finder.set_annotations(doc, [])
            yield doc


@cache
def _rules_reading_the_parse(nlp: Language) -> Callable[[Doc], Doc]:
    """The model's attribute-ruler patterns that read DEP (fr_core_news_sm labels spaces
    "dep"), to run again once a doc is parsed: the ruler ran before the parser here."""
    if "attribute_ruler" not in nlp.pipe_names:
        return lambda doc: doc
    patterns = [p for p in nlp.get_pipe("attribute_ruler").patterns
                if any("DEP" in token for pattern in p["patterns"] for token in pattern)]
    if not patterns:
        return lambda doc: doc
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    return _where_it_can_match(ruler)


def suggestion_for(doc: Doc) -> SentenceSuggestion:
    """Read back what the component wrote on ``doc`` and add the verifiability verdict."""
    text = doc_text(doc)
    sources = [_source(span, text) for span in doc.spans.get("sources", [])]
    verifiability = verifiability_suggestion(doc) if text.strip() else None
    return SentenceSuggestion(sources=sources, verifiability=verifiability)


def _source(span: Span, text: str) -> SourceSuggestion:
    found = span._.attribution
    start, end = span.start_char, span.end_char
    while text[start] == "-":  # "a-t-il dit": the token is "-il", the source is "il"
        start += 1
    return SourceSuggestion(
        start=start, end=end, text=text[start:end], type=span.label_,
        quote=found["quote"], via=found["via"], cue=found["cue"], reason=found["reason"],
        score=found["score"],
    )
