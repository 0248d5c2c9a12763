"""A small coded corpus for the chart and crosstab tests: two French articles imported
with the real pipeline, outlet and date set, coded by ana and ben, one sentence in gold."""

from __future__ import annotations

from pathlib import Path

from annotator.core import ops
from annotator.core.metadata import set_document_meta
from annotator.core.project import Project
from annotator.core.review import gold
from annotator.core.text.importer import import_paths
from tests.conftest import ARTICLE_FR

SECOND_FR = """Le port du Havre reprend le travail

Les dockers du Havre ont repris le travail jeudi, a annoncé la préfecture.
Selon un économiste de l'université de Rouen, la grève a coûté dix millions d'euros.
« C'est une victoire pour les salariés », a affirmé un docker.
"""

# Per document (outlet, date) and per content sentence: ana's and ben's
# (stance, verifiability, source types).
DOCUMENTS = [("Le Monde", "2025-03-12"), ("=Ouest-France", "2025-04-03")]


def content(project: Project, doc_id: int):
    return [s for s in project.sentences(doc_id) if s.kind == "sentence"]


def build_corpus(folder: Path) -> Project:
    first, second = folder / "greve.txt", folder / "havre.txt"
    first.write_text(ARTICLE_FR, encoding="utf-8")
    second.write_text(SECOND_FR, encoding="utf-8")
    project = Project.create(folder / "corpus.sqlite", target="the dockers' strike")
    import_paths(project, [first, second], lang="fr")
    for doc_id, (outlet, date) in enumerate(DOCUMENTS, 1):
        set_document_meta(project, doc_id=doc_id, outlet=outlet, date=date)
    return project


def code(project: Project, segment_id: int, who: str, stance: str | None,
         claim: str | None, sources: list[tuple[str, str]] = ()) -> None:
    for dimension, value in (("stance", stance), ("verifiability", claim)):
        if value is not None:
            ops.set_label(project, segment_id=segment_id, annotator=who, dimension=dimension,
                          value=value)
    text = project.sentence_text(project.sentence(segment_id))
    for words, kind in sources:
        start = text.index(words)
        ops.add_source(project, segment_id=segment_id, annotator=who, start=start,
                       end=start + len(words), type=kind, quote="indirect")


def code_corpus(project: Project) -> dict[str, list[int]]:
    """The coding the tests count on; returns each document's content sentence ids."""
    ids = {"first": [s.id for s in content(project, 1)],
           "second": [s.id for s in content(project, 2)]}
    first, second = ids["first"], ids["second"]
    monde = [s for s in first if "selon la direction" in
             project.sentence_text(project.sentence(s))][0]
    minister = [s for s in first if "ministre" in project.sentence_text(project.sentence(s))][0]
    havre = [s for s in second if "préfecture" in project.sentence_text(project.sentence(s))][0]
    expert = [s for s in second if "économiste" in project.sentence_text(project.sentence(s))][0]
    code(project, monde, "ana", "neutral", "verifiable", [("la direction du port", "company")])
    code(project, monde, "ben", "against", "verifiable", [("la direction du port", "company")])
    code(project, minister, "ana", "neutral", "verifiable",
         [("Le ministre des Transports", "government")])
    code(project, minister, "ben", "neutral", "verifiable",
         [("Le ministre des Transports", "politician")])
    code(project, havre, "ana", "favour", "verifiable", [("la préfecture", "government")])
    code(project, expert, "ana", "neutral", "unverifiable",
         [("un économiste de l'université de Rouen", "expert")])
    code(project, expert, "ben", "neutral", None)
    gold.adopt(project, segment_id=monde, from_annotator="ana", decided_by="chris")
    ids.update(monde=[monde], minister=[minister], havre=[havre], expert=[expert])
    return ids
