"""Rich Text (.rtf) to plain text, paragraphs as lines and table cells as "a|b|"."""

from __future__ import annotations

from pathlib import Path

from ...errors import InputError


def rtf_text(path: Path, raw: bytes) -> str:
    from striprtf.striprtf import rtf_to_text

    # RTF is 7-bit: anything else is escaped (\'e9, \u233?), so latin-1 never fails here.
    source = raw.decode("latin-1")
    if not source.lstrip().startswith("{\\rtf"):
        raise InputError(f"{path}: not a Rich Text (.rtf) file")
    try:
        return rtf_to_text(source, errors="replace")
    except (ValueError, IndexError, LookupError) as exc:
        raise InputError(f"{path}: cannot read this Rich Text file ({exc})") from None
