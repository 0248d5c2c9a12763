"""Suggestions for the current sentence, shown as ghost tags with their reason.

A ghost tag is drawn with a dashed border: it is not a tag until accepted. Enter accepts
them all and Backspace rejects them all (window keys); each one also has its own accept and
reject buttons (reached with Tab, pressed with Space) and a context menu.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import SentenceTags
from .controller.suggestions import GhostTag
from .i18n import dimension_title, translate

EMPTY = QT_TRANSLATE_NOOP("SuggestionsBox", "No suggestions for this sentence.")
HINT = QT_TRANSLATE_NOOP("SuggestionsBox", "Enter accepts all \u00b7 Backspace rejects all")
SEP = " \u00b7 "
MUTED = "<span style='color:#6b7280'>"
TOOLTIP = QT_TRANSLATE_NOOP("GhostRow", "Right-click, or Tab to the buttons and press Space, "
                            "to decide on this suggestion alone")
STYLE = """
QFrame#ghostTag { border: 1px dashed #a78bfa; border-radius: 5px; background: palette(base); }
QFrame#ghostTag QLabel { border: none; background: transparent; }
QLabel#ghostScore { border: 1px solid #c4b5fd; border-radius: 4px; background: palette(base);
    color: #8b5cf6; font-weight: bold; padding: 0 4px; min-width: 34px; }
QToolButton#acceptGhost, QToolButton#rejectGhost { border: 1px solid palette(mid);
    border-radius: 4px; background: palette(button); min-width: 22px; min-height: 20px; }
QToolButton#acceptGhost:hover, QToolButton#acceptGhost:focus { border-color: #15803d;
    color: #15803d; }
QToolButton#rejectGhost:hover, QToolButton#rejectGhost:focus { border-color: #b91c1c;
    color: #b91c1c; }
"""


class GhostRow(QFrame):
    """One ghost tag: what is suggested, why, and its own accept / reject. Rows are reused
    from sentence to sentence (``show_ghost``): building widgets on each key is too slow."""

    decided = Signal(int, bool)  # suggestion id, accepted

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ghostTag")
        self.ghost: GhostTag | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 5, 5, 5)
        row.setSpacing(4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setToolTip(self.tr(TOOLTIP))
        row.addWidget(self.label, 1)
        # The score as a percentage beside the buttons: the chance that it is right.
        self.score = QLabel()
        self.score.setObjectName("ghostScore")
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score.setToolTip(self.tr("Chance that this suggestion is right"))
        row.addWidget(self.score, 0, Qt.AlignmentFlag.AlignTop)
        self.accept_button = self._button("acceptGhost", "\u2713",
                                          self.tr("Accept this suggestion"), True)
        self.reject_button = self._button("rejectGhost", "\u2717",
                                          self.tr("Reject this suggestion"), False)
        row.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.reject_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _button(self, name: str, text: str, tip: str, accepted: bool) -> QToolButton:
        button = GhostButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        # Tab reaches it; a mouse click leaves the keyboard focus where it was (the article).
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self._decide(accepted))
        return button

    def show_ghost(self, ghost: GhostTag, kept: str | None) -> None:
        self.ghost = ghost
        self.label.setText(describe(ghost, kept))
        self.score.setText(score_text(ghost.score))
        self.score.setVisible(ghost.score is not None)

    def _decide(self, accepted: bool) -> None:
        if self.ghost is not None and self.ghost.id is not None:
            self.decided.emit(self.ghost.id, accepted)

    def _menu(self, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Accept this suggestion"), lambda: self._decide(True))
        menu.addAction(self.tr("Reject this suggestion"), lambda: self._decide(False))
        menu.exec(self.mapToGlobal(where))


class GhostButton(QToolButton):
    """A ghost tag's ✓ or ✗: reached with Tab, pressed with Space or Enter. Enter on it is
    this one suggestion's, not the window's "accept all the sentence's suggestions"."""

    PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride
                and event.key() in self.PRESS_KEYS and not event.modifiers()):
            event.accept()  # the key comes to this button as a key press
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.PRESS_KEYS and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


class SuggestionsBox(QGroupBox):
    decided = Signal(list, bool)  # suggestion ids, accepted

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Suggestions"), parent)
        self.setStyleSheet(STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(4)
        self.rows: list[GhostRow] = []  # the first ``len(ghosts)`` are shown
        self.shown: tuple | None = None
        self.empty = QLabel(self.tr(EMPTY))
        self.empty.setProperty("role", "hint")
        self.hint = QLabel(self.tr(HINT))
        self.hint.setProperty("role", "hint")
        self.hidden = QLabel()  # "2 hidden under the 60% threshold"
        self.hidden.setProperty("role", "hint")
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.hint)
        self._layout.addWidget(self.hidden)
        self.show_suggestions([])

    def show_suggestions(self, ghosts: list[GhostTag], tags: SentenceTags | None = None, *,
                         hidden: int = 0) -> None:
        """``hidden``: how many more the analyst's threshold leaves out."""
        self.hidden.setText(self.tr("%n hidden under your threshold", "", hidden))
        self.hidden.setVisible(hidden > 0)
        tags = tags or SentenceTags()
        own_spans = {(t.start, t.end) for t in tags.sources}
        kept = {"stance": tags.stance, "verifiability": tags.verifiability}
        # What the person already has beside each ghost tag (a value, or the same words).
        beside = tuple(("yours" if (g.start, g.end) in own_spans else None) if g.is_source
                       else kept.get(g.dimension) for g in ghosts)
        shown = (tuple(ghosts), beside)
        if shown == self.shown:
            return  # sentences without suggestions, or a tag key beside them: no rebuild
        focused = self._focused_row()
        self.shown = shown
        while len(self.rows) < len(ghosts):
            row = GhostRow()
            row.decided.connect(lambda sid, accepted: self.decided.emit([sid], accepted))
            self._layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        for index, row in enumerate(self.rows):
            if index < len(ghosts):
                row.show_ghost(ghosts[index], beside[index])
            row.setVisible(index < len(ghosts))
        self.empty.setVisible(not ghosts)
        self.hint.setVisible(bool(ghosts))
        self.setTitle(self.tr("Suggestions ({n})").format(n=len(ghosts)) if ghosts
                      else self.tr("Suggestions"))
        self._refocus(focused)

    def ghost_rows(self) -> list[GhostRow]:
        """The rows showing a ghost tag now."""
        return self.rows[:len(self.shown[0])] if self.shown else []

    def _focused_row(self) -> tuple[int, bool] | None:
        """Which row's button has the keyboard focus, to keep it near after a decision."""
        for index, row in enumerate(self.ghost_rows()):
            if row.accept_button.hasFocus() or row.reject_button.hasFocus():
                return index, row.accept_button.hasFocus()
        return None

    def _refocus(self, focused: tuple[int, bool] | None) -> None:
        rows = self.ghost_rows()
        if focused is None or not rows:
            return
        row = rows[min(focused[0], len(rows) - 1)]
        (row.accept_button if focused[1] else row.reject_button).setFocus(
            Qt.FocusReason.TabFocusReason)


def describe(ghost: GhostTag, kept: str | None = None) -> str:
    """What is suggested, then why, from what and how sure (muted: not a tag yet).
    ``kept``: what the person already has there (their value; for a source, any text when
    one of their sources covers the same words)."""
    if ghost.is_source:
        quote = translate("SuggestionsBox", "{kind} quote")
        via = translate("SuggestionsBox", "via {via}")
        details = [escape(ghost.value), quote.format(kind=escape(ghost.quote)) if ghost.quote
                   else "", via.format(via=escape(ghost.via)) if ghost.via else ""]
        source = translate("SuggestionsBox", "Source: {text}").format(
            text=f"<b>\u201c{escape(ghost.text)}\u201d</b>")
        what = f"{source}<br>{MUTED}{SEP.join(d for d in details if d)}</span>"
    else:
        flags = f"{SEP}{escape(ghost.flags.replace(',', ', '))}" if ghost.flags else ""
        what = f"{escape(dimension_title(ghost.dimension))}: <b>{escape(ghost.value)}</b>{flags}"
    why = [escape(ghost.reason)] if ghost.reason else []
    why.append(escape(_origin(ghost)))
    if ghost.is_source and kept:
        why.append("<b>" + translate("SuggestionsBox", "already one of your sources") + "</b>")
    elif kept and kept != ghost.value:
        yours = translate("SuggestionsBox", "yours: {value}, kept by Enter")
        why.append(yours.format(value=escape(kept)))
    return f"{what}<br>{MUTED}<i>{SEP.join(why)}</i></span>"


def _origin(ghost: GhostTag) -> str:
    """"rule", "classifier" (the score has its own badge)."""
    if ghost.origin == "model":
        return translate("SuggestionsBox", "classifier")
    return translate("SuggestionsBox", "rule") if ghost.origin in ("rules", None, "") \
        else ghost.origin


def score_text(score: float | None) -> str:
    return f"{score:.0%}" if score is not None else ""

