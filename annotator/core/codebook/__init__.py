"""The project's codebook: editing it (each change one undoable step), checking it, and
publishing it (Markdown, HTML) or exchanging it (JSON)."""

from .check import check_codebook, key_clash
from .document import export_codebook, format_of, import_codebook, render
from .edit import (
    FLAGS,
    add_value,
    counts,
    edit_dimension,
    edit_value,
    merge_values,
    move_value,
    remove_value,
    rename_value,
    replace_codebook,
    retire_value,
)

__all__ = ["FLAGS", "add_value", "check_codebook", "counts", "edit_dimension", "edit_value",
           "export_codebook", "format_of", "import_codebook", "key_clash", "merge_values",
           "move_value", "remove_value", "rename_value", "render", "replace_codebook",
           "retire_value"]
