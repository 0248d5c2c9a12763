"""Find anything: Ctrl+F in the article, Ctrl+Shift+F across documents (words and tags).

``install_search(window)`` puts the find bar above the article and the results panel in a
dock at the bottom, binds the keys and returns the tools; the main window only adds their
menu entries (``fill_menu``) and their keys to the shortcut sheet (``bindings``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QVBoxLayout, QWidget

from ...core.search import Hit
from ..i18n import translate
from ..keymap import Binding
from .find_bar import FindBar
from .results import ResultsPanel

DOCK_HEIGHT = 260  # pixels: the article keeps most of the window


def _commands() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return (("find", translate("Search", "Find in this article"), ("Ctrl+F",)),
            ("find_next", translate("Search", "Next hit (in the find bar: Enter)"), ("F3",)),
            ("find_previous", translate("Search", "Previous hit (in the find bar: "
                                                  "Shift+Enter)"), ("Shift+F3",)),
            ("find_all", translate("Search", "Find in all documents, by words and tags (Enter "
                                             "opens a hit)"), ("Ctrl+Shift+F",)))


class SearchTools(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        session, article = window.session, window.article
        self.find_bar = FindBar(session, article)
        _put_above(window, article, self.find_bar)
        self.panel = ResultsPanel(session)
        self.dock = QDockWidget(self.tr("Search"), window)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.panel.openRequested.connect(self.open_hit)
        self.panel.handedBack.connect(window.focus_article)
        handlers = {"find": self.find_bar.open_bar, "find_next": self.find_bar.next,
                    "find_previous": self.find_bar.previous, "find_all": self.find_all}
        self.actions: dict[str, QAction] = {}
        for command, title, keys in _commands():
            action = QAction(title, window)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _checked=False, run=handlers[command]: run())
            window.addAction(action)
            self.actions[command] = action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in self.actions.values():
            menu.addAction(action)

    def bindings(self) -> list[Binding]:
        group = self.tr("Find")
        return [Binding(command, title, group, keys) for command, title, keys in _commands()]

    def find_all(self) -> None:
        """Show the results panel with the query selected, ready to type."""
        self.panel.reload_names()
        if self.dock.isHidden():
            self.dock.show()
            self.window.resizeDocks([self.dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        self.dock.raise_()
        self.panel.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.query.selectAll()

    def open_hit(self, hit: Hit) -> None:
        """The hit's document at its sentence, the words found marked; keys on the article."""
        session = self.window.session
        if session.doc_id != hit.doc_id:
            session.open_document(hit.doc_id, hit.segment_id)
        else:
            session.go_to(hit.segment_id)
        marks = [(hit.segment_id, hit.start + s, hit.start + e) for s, e in hit.marks]
        self.window.article.mark_found(marks, 0 if marks else None)
        self.window.focus_article()


def _put_above(window: QMainWindow, article: QWidget, bar: QWidget) -> None:
    """The article's place in the splitter goes to a column of the bar over the article."""
    splitter = window.splitter
    sizes, index = splitter.sizes(), splitter.indexOf(article)
    column = QWidget()
    column.setSizePolicy(article.sizePolicy())  # keeps the splitter's stretch
    splitter.insertWidget(index, column)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar)
    layout.addWidget(article, 1)  # taken out of the splitter into the column
    splitter.setSizes(sizes)


def install_search(window: QMainWindow) -> SearchTools:
    return SearchTools(window)
