"""Plain records read from the project file."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    key: str
    title: str
    lang: str
    sentences: int  # content sentences (not boilerplate)
    tagged: int  # content sentences with at least one tag


@dataclass(frozen=True)
class Document:
    id: int
    key: str
    title: str
    lang: str
    text: str
    origin: str | None = None
    url: str | None = None
    date: str | None = None
    meta: str | None = None


@dataclass(frozen=True)
class Sentence:
    id: int
    doc_id: int
    idx: int
    start: int
    end: int
    kind: str  # sentence | heading | boilerplate
    para: int
    reason: str | None = None

    @property
    def boilerplate(self) -> bool:
        return self.kind == "boilerplate"


@dataclass(frozen=True)
class Tag:
    id: int
    segment_id: int
    doc_id: int
    annotator: str
    dimension: str  # stance | verifiability | source
    value: str | None
    start: int | None = None  # document offsets, sources only
    end: int | None = None
    quote: str | None = None
    via: str | None = None
    origin: str | None = None


@dataclass(frozen=True)
class SentenceTags:
    """One annotator's tags on one sentence."""

    stance: str | None = None
    verifiability: str | None = None
    sources: list[Tag] = field(default_factory=list)
    note: str | None = None
    flag: bool = False

    @property
    def empty(self) -> bool:
        return not (self.stance or self.verifiability or self.sources or self.note or self.flag)
