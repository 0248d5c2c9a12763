"""A small, really coded project: the bundled French samples imported and tagged by "ana"
from their hand annotations (sources, verifiability), with a stance on some sentences and
a few gold decisions, including a decided "no stance"."""

from __future__ import annotations

import json

from annotator.core import ops
from annotator.core.project import Project
from annotator.core.resources import SAMPLES
from annotator.core.review import gold
from annotator.core.text.importer import import_paths

VERIFIABILITY = {"fact": "verifiable", "opinion": "opinion", "prediction": "prediction",
                 "other": "not_a_claim"}
TYPES = (("ministre", "government"), ("ministère", "government"), ("présidence", "government"),
         ("agence", "media"), ("texte", "document"), ("rapport", "document"))


def source_type(text: str) -> str:
    return next((kind for cue, kind in TYPES if cue in text.lower()), "other")


def code_samples(project: Project) -> Project:
    files = sorted(SAMPLES.glob("fr_*.txt"))
    import_paths(project, files, lang="fr")
    for doc_id, path in enumerate(files, start=1):
        annotation = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        by_text = {project.sentence_text(s): s for s in project.sentences(doc_id)
                   if s.kind == "sentence"}
        for number, sentence in enumerate(annotation[path.name]["sentences"]):
            segment = by_text.get(sentence["text"])
            if segment is None:
                continue
            for alternatives in sentence.get("sources", []):
                start = sentence["text"].find(alternatives[0])
                if start >= 0:
                    ops.add_source(project, segment_id=segment.id, annotator="ana",
                                   start=start, end=start + len(alternatives[0]),
                                   type=source_type(alternatives[0]))
            ops.set_label(project, segment_id=segment.id, annotator="ana",
                          dimension="verifiability",
                          value=VERIFIABILITY[sentence.get("verifiability", "other")])
            if number % 2 == 0:
                ops.set_label(project, segment_id=segment.id, annotator="ana",
                              dimension="stance", value=("neutral", "against")[number % 4 // 2])
            if number < 6:
                gold.adopt(project, segment_id=segment.id, from_annotator="ana",
                           decided_by="chris")
            if number == 1:
                gold.set_gold_label(project, segment_id=segment.id, dimension="stance",
                                    value=None, decided_by="chris", reason="no stance")
    return project


PEOPLE = ("le ministre des Finances", "la porte-parole du gouvernement", "un expert de l'université",
          "le directeur de l'agence", "une habitante du quartier", "le maire de la ville",
          "la présidente de l'association")
PEOPLE_TYPES = ("government", "government", "expert", "media", "citizen", "politician",
                "organisation")
PLACES = ("Lyon", "Marseille", "Lille", "Nantes", "Rennes", "Toulouse", "Brest", "Nice",
          "Dijon", "Metz", "Tours", "Caen", "Reims", "Pau")


def article(number: int) -> tuple[str, list[tuple[str, str | None, str, str | None]]]:
    """A short generated news article and, per sentence: (text, source, verifiability,
    stance); all texts differ from one article to the next."""
    place = PLACES[number % len(PLACES)]
    lines = []
    for i in range(10):
        who = PEOPLE[(number + i) % len(PEOPLE)]
        figure = 100 * number + 7 * i + 3
        kind = i % 4
        if kind == 0:
            lines.append((f"Selon {who}, {figure} logements ont été rénovés à {place} "
                          f"depuis le mois de mars.", who, "verifiable", "neutral"))
        elif kind == 1:
            lines.append((f"{who.capitalize()} a déclaré mardi que le chantier numéro {figure} "
                          f"de {place} serait terminé avant l'été.", who, "prediction", None))
        elif kind == 2:
            lines.append((f"Le projet {figure} de {place} est une excellente nouvelle pour "
                          "les familles.", None, "opinion", "favour"))
        else:
            lines.append((f"Le conseil municipal de {place} a voté un budget de {figure} "
                          "millions d'euros jeudi.", None, "verifiable", "against"))
    title = f"Logement : le programme de {place} numéro {number}"
    return title + "\n\n" + "\n".join(text for text, *_ in lines) + "\n", lines


def code_articles(project: Project, folder, count: int = 14) -> Project:
    """``count`` generated articles imported from files and coded by "ana"."""
    paths = []
    for number in range(count):
        path = folder / f"article_{number:02d}.txt"
        path.write_text(article(number)[0], encoding="utf-8")
        paths.append(path)
    report = import_paths(project, paths, lang="fr")
    for (doc_id, _title), number in zip(report.added, range(count)):
        by_text = {project.sentence_text(s): s for s in project.sentences(doc_id)}
        for text, source, verifiability, stance in article(number)[1]:
            segment = by_text.get(text)
            if segment is None:
                continue
            if source:
                start = text.lower().find(source.lower())
                ops.add_source(project, segment_id=segment.id, annotator="ana", start=start,
                               end=start + len(source),
                               type=PEOPLE_TYPES[PEOPLE.index(source)])
            ops.set_label(project, segment_id=segment.id, annotator="ana",
                          dimension="verifiability", value=verifiability)
            if stance:
                ops.set_label(project, segment_id=segment.id, annotator="ana",
                              dimension="stance", value=stance)
    return project
