"""The keyboard contract: which key runs which command.

The defaults are part of the app's contract (README, shortcut sheet). A project's label
schema may rebind them: each value's ``key`` binds that value, and an optional top-level
``"keys"`` object rebinds commands, e.g. ``{"keys": {"next": ["L", "Down"]}}``.
Keys are written the portable way ``QKeySequence`` reads them ("J", "Ctrl+Shift+Z").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..core.schema import LabelSchema
from .i18n import translate

KEYMAP_CONTEXT = "keymap"  # the tables' titles and groups are translated in this context


@dataclass(frozen=True)
class Binding:
    command: str  # "next", "value:stance:neutral", ...
    title: str
    group: str
    keys: tuple[str, ...]


# (command, title, group, default keys): the order is the shortcut sheet's order.
COMMANDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("next", "Next sentence", "Move", ("J", "Down")),
    ("previous", "Previous sentence", "Move", ("K", "Up")),
    ("next_untagged", "Next untagged sentence", "Move", ("N",)),
    ("next_useful", "Next most useful sentence (the models are least sure of it)", "Move",
     ("M",)),
    ("next_useful_here", "Next most useful sentence in this document", "Move", ("Shift+M",)),
    ("to_article", "Leave a field (note, filter, list): keys act on the article", "Move",
     ("Escape",)),
    ("select_next_word", "Select one more word of the sentence (then S)", "Tag",
     ("Shift+Right",)),
    ("select_previous_word", "One word less (nothing selected: from the sentence's end)", "Tag",
     ("Shift+Left",)),
    ("add_source", "Add the selected text as a source", "Tag", ("S",)),
    ("accept_suggestions", "Accept the sentence's suggestions", "Tag", ("Return", "Enter")),
    ("reject_suggestions", "Reject the sentence's suggestions", "Tag", ("Backspace",)),
    ("toggle_boilerplate", "Toggle boilerplate", "Tag", ("B",)),
    ("toggle_flag", "Toggle the \u201cto discuss\u201d flag", "Tag", ("F",)),
    ("undo", "Undo", "Edit", ("Ctrl+Z",)),
    ("redo", "Redo", "Edit", ("Ctrl+Shift+Z",)),
    ("open", "Open a project", "File", ("Ctrl+O",)),
    ("import", "Import files", "File", ("Ctrl+I",)),
    ("export", "Export", "File", ("Ctrl+E",)),
    ("zoom_in", "Zoom the article in", "View", ("Ctrl++", "Ctrl+=")),
    ("zoom_out", "Zoom the article out", "View", ("Ctrl+-",)),
    ("zoom_reset", "The article at its usual size", "View", ("Ctrl+0",)),
    ("preferences", "Preferences\u2026", "Edit", ("Ctrl+,",)),
)


# The review window's keys, same shape; its group names say which window they belong to.
REVIEW = "Review window"
REVIEW_COMMANDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("next", "Next sentence in the list", REVIEW, ("J",)),
    ("previous", "Previous sentence in the list", REVIEW, ("K",)),
    *((f"adopt_{n}", f"Adopt annotator {n + 1}'s tags into gold, then move on", REVIEW,
       ((chr(ord("A") + n),) if n < 2 else ()) + (str(n + 1),)) for n in range(9)),
    ("accept_agreed", "Accept all agreed into gold\u2026", REVIEW, ("G",)),
    ("undo", "Undo", REVIEW, ("Ctrl+Z",)),
    ("redo", "Redo", REVIEW, ("Ctrl+Shift+Z", "Ctrl+Y")),
    ("sentences", "Sentences", REVIEW, ("Ctrl+1",)),
    ("agreement", "Agreement", REVIEW, ("Ctrl+2",)),
)


def review_bindings() -> list[Binding]:
    return [_shown(*entry) for entry in REVIEW_COMMANDS]


def _shown(command: str, title: str, group: str, keys: tuple[str, ...]) -> Binding:
    """A table's binding in the interface language."""
    return Binding(command, translate(KEYMAP_CONTEXT, title),
                   translate(KEYMAP_CONTEXT, group), keys)


def value_command(dimension: str, value: str) -> str:
    return f"value:{dimension}:{value}"


def parse_value_command(command: str) -> tuple[str, str] | None:
    """(dimension, value) for a value command, else None."""
    kind, _, rest = command.partition(":")
    if kind != "value":
        return None
    dimension, _, value = rest.partition(":")
    return dimension, value


def window_keys() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The main window's commands, {command: (title, default keys)}: a codebook's value
    keys are checked against them (``annotator.core.codebook.check``)."""
    return {command: (title, default) for command, title, _group, default in COMMANDS}


def bindings(schema: LabelSchema) -> list[Binding]:
    """Every binding for ``schema``: commands first, then one per stance/verifiability value
    in use (a retired value has no key)."""
    overrides: dict[str, Any] = schema.data.get("keys") or {}
    found = [_shown(command, title, group, _keys(overrides.get(command), default))
             for command, title, group, default in COMMANDS]
    for dimension in schema.dimensions:
        for entry in schema.active_entries(dimension):
            key = entry.get("key")
            label = entry.get("label") or entry["value"]
            found.append(Binding(value_command(dimension, entry["value"]), label,
                                 dimension.capitalize(), (key.upper(),) if key else ()))
    return found


def conflicts(found: list[Binding]) -> dict[str, list[str]]:
    """Keys bound to more than one command (a schema rebinding gone wrong)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for binding in found:
        for key in binding.keys:
            by_key[key.lower()].append(binding.command)
    return {key: commands for key, commands in by_key.items() if len(commands) > 1}


def _keys(override: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    if override is None:
        return default
    return (override,) if isinstance(override, str) else tuple(override)
