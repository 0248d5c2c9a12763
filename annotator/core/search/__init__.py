"""Search over the project's sentences: full text (FTS5) and filters by tag."""

from ..store.search_rows import SentenceFilter
from .find import DEFAULT_LIMIT, Hit, SearchResult, check_filter, search
from .query import SearchSyntaxError, fts_query, parse

__all__ = ["DEFAULT_LIMIT", "Hit", "SearchResult", "SearchSyntaxError", "SentenceFilter",
           "check_filter", "fts_query", "parse", "search"]
