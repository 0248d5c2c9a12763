"""The window's actions and menus, built from the keyboard contract (``keymap``).

Every keyed command is a QAction on the window (so its key works wherever the focus is,
except in text fields, which keep their typed letters) and sits in a menu that shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from . import plain
from .keymap import Binding, parse_value_command

Handler = Callable[[], None]

# Menu layout: (menu title, commands; None is a separator).
KEYED_MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo")),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), ("next", "previous", "next_untagged", None,
                                                "zoom_in", "zoom_out", "zoom_reset")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Tag"), (
        "add_source", None, "toggle_boilerplate", "toggle_flag", None, "accept_suggestions",
        "reject_suggestions", None, "next_useful", "next_useful_here")),
)


def keyed_actions(window: QMainWindow, bindings: list[Binding],
                  handlers: dict[str, Handler],
                  on_value: Callable[[str, str], None]) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for binding in bindings:
        value = parse_value_command(binding.command)
        action = QAction(binding.title, window)
        action.setShortcuts([QKeySequence(key) for key in binding.keys])
        if value is not None:
            action.triggered.connect(lambda _checked=False, v=value: on_value(*v))
        else:
            action.triggered.connect(lambda _checked=False, run=handlers[binding.command]: run())
        window.addAction(action)
        actions[binding.command] = action
    return actions


def fill_value_menu(menu: QMenu, actions: dict[str, QAction], dimension: str) -> None:
    for command, action in actions.items():
        if (parse_value_command(command) or ("", ""))[0] == dimension:
            menu.addAction(action)


def fill_review_menu(menu: QMenu, show_review: Handler, show_agreement: Handler) -> None:
    """Review: annotators side by side with the gold layer, and intercoder agreement."""
    review = menu.addAction(QCoreApplication.translate("Menus", "&Review && adjudicate\u2026"),
                            show_review)
    review.setShortcut(QKeySequence("Ctrl+R"))
    agreement = menu.addAction(QCoreApplication.translate("Menus", "&Agreement\u2026"),
                               show_agreement)
    agreement.setShortcut(QKeySequence("Ctrl+Shift+R"))


def fill_recent_menu(menu: QMenu, projects: list[Path], open_project: Callable[[Path], None]
                     ) -> None:
    menu.clear()
    for path in projects:
        action = menu.addAction(plain.button_text(path.name))
        action.setToolTip(plain.tooltip(str(path)))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_project(p))
    menu.setEnabled(bool(projects))


def add_charts_entry(menu: QMenu, window: QMainWindow) -> None:
    """View > Charts: the coded corpus in charts and a crosstab (its own window)."""

    def show() -> None:
        from .charts.charts_window import open_charts

        open_charts(window)

    action = menu.addAction(QCoreApplication.translate("Menus", "&Charts\u2026"), show)
    action.setObjectName("showCharts")
