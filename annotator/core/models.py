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
    outlet: str | None = None
    date: str | None = None  # ISO 8601
    author: str | None = None
    section: str | None = None
    url: str | None = None
    word_count: int | None = None
    meta: str | None = None  # free metadata, a JSON object


@dataclass(frozen=True)
class DocumentRow:
    """What the document list shows and filters on, read for every document at once."""

    id: int
    title: str
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    section: str | None = None
    lang: str | None = None


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
    outlet: str | None = None
    author: str | None = None
    section: str | None = None
    word_count: int | None = None


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
