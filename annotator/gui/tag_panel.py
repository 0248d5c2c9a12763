"""The panel beside the article: everything about the current sentence, editable.

It reads through the session and asks the session to act; it refreshes itself when the
current sentence changes or when a change touches that sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from ..core.models import Sentence
from ..core.schema import LabelSchema
from . import plain
from .controller import Session
from .i18n import translate
from .note_editor import NoteEditor
from .sources_table import SourcesTable
from .suggestions_box import SuggestionsBox
from .value_buttons import ValueButtons, definition_tip

DEFAULT_SOURCE_TYPE = "other"


class TagPanel(QScrollArea):
    addSourceRequested = Signal()  # the "add selection" button; the window knows the selection
    # A button or list of the panel did its work: the keys go back to the article (else a
    # hidden button hands the focus to the next field, and J/K are typed there).
    handedBack = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tagPanel")
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not the frame
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(10, 8, 10, 10)
        self._column.setSpacing(6)
        self.setWidget(self._body)
        self._schema: LabelSchema | None = None
        self._note_after_pause = True
        self.setMinimumWidth(360)
        session.projectOpened.connect(self.rebuild)
        session.schemaChanged.connect(self.rebuild)
        session.sentenceChanged.connect(self.show_sentence)
        session.annotatorChanged.connect(lambda _name: self.show_sentence(session.current))
        session.changed.connect(self.on_changed)
        self.rebuild()

    # -- building (once per project: the schema decides the buttons) ---------------------
    def rebuild(self) -> None:
        _clear(self._column)
        project = self.session.project
        self._schema = project.schema if project else None
        self.position = plain.label(self.tr("No sentence"))
        self.position.setProperty("role", "heading")
        self.kind = plain.label()
        self.kind.setProperty("role", "hint")
        header = QHBoxLayout()
        header.addWidget(self.position)
        header.addStretch()
        header.addWidget(self.kind)
        self._column.addLayout(header)
        if self._schema is None:
            self._column.addStretch()
            return
        self._column.addWidget(self._sources_box(self._schema))
        self.stance = ValueButtons(self._schema, "stance")
        self.stance.picked.connect(lambda v: self.session.toggle_value("stance", v))
        self._column.addWidget(_boxed(self._title("stance", self.tr("Stance")),
                                      *_target_hint(self.session), self.stance))
        self.verifiability = ValueButtons(self._schema, "verifiability")
        self.verifiability.picked.connect(
            lambda v: self.session.toggle_value("verifiability", v))
        self._column.addWidget(_boxed(self._title("verifiability", self.tr("Verifiability")),
                                      self.verifiability))
        self._column.addWidget(self._note_box())
        self.suggestions = SuggestionsBox()
        self.suggestions.decided.connect(self._decide_suggestions)
        self._column.addWidget(self.suggestions)
        self._column.addStretch()
        self._hand_back_after_use()
        self.show_sentence(self.session.current)

    def _title(self, dimension: str, default: str) -> str:
        """A dimension's label from the codebook, else the interface's own word for it."""
        return self._schema.dimension_info(dimension).get("label") or default

    def _hand_back_after_use(self) -> None:
        """Connected after each control's own slot, so the work is done first."""
        for button in self._body.findChildren(QAbstractButton):
            button.clicked.connect(self.handedBack)
        for combo in self._body.findChildren(QComboBox):
            combo.activated.connect(self.handedBack)

    def _sources_box(self, schema: LabelSchema) -> QGroupBox:
        types = schema.active_source_types  # a retired type is not offered
        self.sources = SourcesTable(types, schema.quote_kinds)
        self.sources.sources_model.editRequested.connect(
            lambda tag_id, field, value: self.session.edit_source(tag_id, **{field: value}))
        self.sources.removeRequested.connect(self.session.remove_source)
        self.new_type = QComboBox()
        for entry in schema.type_entries():
            if not entry.get("retired"):
                self.new_type.addItem(entry["value"])
                self.new_type.setItemData(self.new_type.count() - 1,
                                          plain.tooltip(definition_tip(entry)),
                                          Qt.ItemDataRole.ToolTipRole)
        default = DEFAULT_SOURCE_TYPE if DEFAULT_SOURCE_TYPE in types else None
        self.new_type.setCurrentText(default or types[0])
        self.new_type.setToolTip(self.tr("Type given to the next source added with S"))
        self.new_quote = QComboBox()
        self.new_quote.addItems(schema.quote_kinds)
        if "indirect" in schema.quote_kinds:
            self.new_quote.setCurrentText("indirect")
        add = QPushButton("S  " + self.tr("Add selection"))
        add.setToolTip(self.tr("Select the source's words in the article, then press S"))
        add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add.clicked.connect(self.addSourceRequested)
        self.remove = remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove the selected source (Delete)"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.clicked.connect(self._remove_selected)
        adding = QHBoxLayout()
        next_label = QLabel(self.tr("Next:"))
        next_label.setProperty("role", "hint")
        adding.addWidget(next_label)
        adding.addWidget(self.new_type, 1)
        adding.addWidget(self.new_quote)
        buttons = QHBoxLayout()
        buttons.addWidget(add, 1)
        buttons.addWidget(remove)
        self.sources.empty_text = self.tr("No source: the author's own voice.")
        return _boxed(self._title("source", self.tr("Sources")), self.sources, adding, buttons)

    def _note_box(self) -> QGroupBox:
        self.note = NoteEditor()
        self.note.save_after_pause = self._note_after_pause
        self.note.setMaximumHeight(72)
        self.note.commit.connect(self.session.set_note)
        self.flag = QCheckBox("F   " + self.tr("To discuss"))
        self.flag.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.flag.clicked.connect(self.session.set_flag)
        self.boilerplate = QPushButton("B   " + self.tr("Boilerplate"))
        self.boilerplate.setCheckable(True)
        self.boilerplate.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.boilerplate.setToolTip(self.tr("Not part of the article: greyed, skipped, not "
                                            "exported"))
        self.boilerplate.clicked.connect(lambda _checked: self.session.toggle_boilerplate())
        row = QHBoxLayout()
        row.addWidget(self.flag)
        row.addStretch()
        row.addWidget(self.boilerplate)
        return _boxed(self.tr("Note"), self.note, row)

    # -- showing -------------------------------------------------------------------------
    def show_sentence(self, sentence: Sentence | None) -> None:
        if self._schema is None:
            return
        enabled = sentence is not None
        for widget in (self.sources, self.stance, self.verifiability, self.flag,
                       self.boilerplate, self.new_type, self.new_quote):
            widget.setEnabled(enabled)
        tags = self.session.tags()
        if tags.sources or self.sources.sources_model.sources:  # no reset from empty to empty
            text = self.session.project.document(sentence.doc_id).text if sentence else ""
            self.sources.sources_model.set_sources(tags.sources, text)
        self.remove.setEnabled(bool(tags.sources))
        self.stance.show_value(tags.stance)
        self.verifiability.show_value(tags.verifiability)
        self.note.show_note(sentence.id if sentence else None, tags.note)
        self.flag.setChecked(tags.flag)
        self.boilerplate.setChecked(bool(sentence and sentence.boilerplate))
        self.suggestions.show_suggestions(self.session.ghost_tags(), tags,
                                           hidden=self.session.hidden_suggestions())
        self._show_position(sentence)

    def _show_position(self, sentence: Sentence | None) -> None:
        if sentence is None:
            self.position.setText(self.tr("No sentence"))
            self.kind.setText("")
            return
        number = self.session.content_numbers.get(sentence.id)
        total = len(self.session.content_numbers)
        self.position.setText(self.tr("Sentence {number} of {total}").format(
            number=number, total=total) if number
            else self.tr("Segment {n}").format(n=sentence.idx + 1))
        kind = {"heading": self.tr("heading"),
                "boilerplate": self.tr("boilerplate")}.get(sentence.kind, "")
        reason = f" \u00b7 {sentence.reason}" if sentence.boilerplate and sentence.reason else ""
        self.kind.setText(kind + reason)

    def on_changed(self, changes: Changes) -> None:
        current = self.session.current
        if current is not None and current.id in changes.segments:
            self.show_sentence(current)
        elif (current is not None and self._schema is not None
              and changes.touches("suggestions") and current.doc_id in changes.documents):
            # Suggestions computed in the background landed: only the ghost tags change.
            self.suggestions.show_suggestions(self.session.ghost_tags(), self.session.tags(),
                                               hidden=self.session.hidden_suggestions())

    def _decide_suggestions(self, suggestion_ids: list[int], accepted: bool) -> None:
        if accepted:
            self.session.accept_suggestions(suggestion_ids)
        else:
            self.session.reject_suggestions(suggestion_ids)
        self.handedBack.emit()

    def _remove_selected(self) -> None:
        tag_id = self.sources.selected_tag_id()
        if tag_id is None and len(self.sources.sources_model.sources) == 1:
            tag_id = self.sources.sources_model.sources[0].id  # no doubt which one
        if tag_id is not None:
            self.session.remove_source(tag_id)

    def set_note_saving(self, *, after_pause: bool) -> None:
        """Save notes after a pause in typing, or only when the note is left."""
        self._note_after_pause = after_pause
        if self._schema is not None:
            self.note.save_after_pause = after_pause

    def new_source_kind(self) -> tuple[str, str]:
        """The type and quote kind the next source gets."""
        return self.new_type.currentText(), self.new_quote.currentText()


def _boxed(title: str, *parts) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    column.setSpacing(6)
    for part in parts:
        if isinstance(part, QWidget):
            column.addWidget(part)
        else:
            column.addLayout(part)
    return box


def _target_hint(session: Session) -> list[QLabel]:
    target = session.project.target if session.project else ""
    if not target:
        return []
    hint = plain.label(translate("TagPanel", "toward \u201c{target}\u201d").format(target=target))
    hint.setProperty("role", "hint")
    hint.setWordWrap(True)
    return [hint]


def _clear(layout: QLayout) -> None:
    """Remove and delete everything in ``layout``, nested layouts' widgets included (left
    behind, they would keep painting at the panel's top-left corner)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().hide()  # at once: deletion waits for the event loop
            item.widget().deleteLater()
        elif item.layout():
            _clear(item.layout())
