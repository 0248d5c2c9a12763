"""Colours and fonts shared by the views: one place to tune how the app looks.

The app follows the system's colour scheme, light or dark. ``apply`` picks the scheme and
sets the module's colour names (``TEXT``, ``PAGE``, ``CURRENT_SENTENCE``...) to it; views
read them when they paint or format, so every view follows. Tints (tagged sentences) are
mixed into the page colour of the scheme in force, so black-on-pale and light-on-dark text
both stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

DEFAULT_FONT_SIZE = 12.5  # the article's size in points, before zoom


@dataclass(frozen=True)
class Scheme:
    dark: bool
    current_sentence: str  # where the analyst is
    current_sentence_edge: str  # the bar beside it
    flag: str  # a sentence flagged "to discuss", in the margin
    found: str  # words the find bar found: orange, apart from the yellow current sentence
    found_current: str  # the hit Enter / F3 moved to
    tagged_without_verifiability: str
    source_underline: str
    ghost_source: str  # a suggested source's dashed underline
    boilerplate_text: str
    muted_text: str
    text: str
    page: str
    window: str
    alternate: str
    highlight: str
    accent: str
    box: str  # the panel's group boxes
    box_border: str
    button: str
    tint_strength: float  # how much of a verifiability colour shows behind a sentence


LIGHT = Scheme(
    dark=False, current_sentence="#ffe59a", current_sentence_edge="#b98a00", flag="#dc2626",
    found="#fdba74", found_current="#f97316",
    tagged_without_verifiability="#e3ecf7", source_underline="#1d4ed8",
    ghost_source="#8b5cf6", boilerplate_text="#a3a3a3", muted_text="#6b7280",
    text="#1f2328", page="#ffffff", window="#f3f4f6", alternate="#f8fafc",
    highlight="#bfdbfe", accent="#2563eb", box="#ffffff", box_border="#e5e7eb",
    button="#ffffff", tint_strength=0.16)
DARK = Scheme(
    dark=True, current_sentence="#5a4710", current_sentence_edge="#f2b705", flag="#f87171",
    found="#6b3410", found_current="#a4470f",
    tagged_without_verifiability="#26354a", source_underline="#93b4ff",
    ghost_source="#b79cff", boilerplate_text="#7d8590", muted_text="#9aa3ae",
    text="#e6e8eb", page="#17191c", window="#202327", alternate="#1d2024",
    highlight="#2f4a73", accent="#5b8def", box="#1b1e22", box_border="#353a41",
    button="#2a2e34", tint_strength=0.30)

scheme: Scheme = LIGHT
CURRENT_SENTENCE = CURRENT_SENTENCE_EDGE = FLAG = TAGGED_WITHOUT_VERIFIABILITY = QColor()
FOUND = FOUND_CURRENT = QColor()
SOURCE_UNDERLINE = GHOST_SOURCE = BOILERPLATE_TEXT = MUTED_TEXT = TEXT = QColor()
PAGE = WINDOW = ALTERNATE = HIGHLIGHT = ACCENT = BOX = BOX_BORDER = BUTTON = QColor()
TINT_STRENGTH = LIGHT.tint_strength


def use(chosen: Scheme) -> None:
    """Make ``chosen`` the scheme the module's colour names stand for."""
    names = globals()
    names["scheme"] = chosen
    for field in fields(Scheme):
        value = getattr(chosen, field.name)
        if isinstance(value, str):
            names[field.name.upper()] = QColor(value)
    names["TINT_STRENGTH"] = chosen.tint_strength


use(LIGHT)


def tint(color: QColor | str, strength: float | None = None) -> QColor:
    """``color`` mixed into the page: a background the scheme's text reads well on."""
    color, page = QColor(color), PAGE
    share = TINT_STRENGTH if strength is None else strength
    mix = lambda c, p: round(p + (c - p) * share)  # noqa: E731
    return QColor(mix(color.red(), page.red()), mix(color.green(), page.green()),
                  mix(color.blue(), page.blue()))


def surface(color: QColor | str) -> QColor:
    """A background drawn for the light scheme (a pale tint, white), in the scheme in
    force: the same hue, as dark as the dark page is, so that its text stays readable."""
    color = QColor(color)
    if not scheme.dark:
        return color
    hue, saturation, lightness, _ = color.getHsl()
    return QColor.fromHsl(max(hue, 0), min(saturation, 90), 34 + round((255 - lightness) * 1.2))


def ink(color: QColor | str) -> QColor:
    """A text or line colour chosen for a light background, in the scheme in force: light
    enough on the dark page (same hue)."""
    color = QColor(color)
    if not scheme.dark:
        return color
    hue, saturation, lightness, _ = color.getHsl()
    return QColor.fromHsl(max(hue, 0), saturation, max(lightness, 175))


def article_font(size: float = DEFAULT_FONT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(["Source Serif 4", "Georgia", "Noto Serif", "DejaVu Serif", "serif"])
    font.setPointSizeF(size)
    return font


def system_is_dark(app: QGuiApplication) -> bool:
    """The system's choice: the colour scheme it announces, else its palette's lightness."""
    announced = app.styleHints().colorScheme()
    if announced != Qt.ColorScheme.Unknown:
        return announced == Qt.ColorScheme.Dark
    palette = app.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication, dark: bool | None = None) -> Scheme:
    """Fusion (the same look on every platform, and offscreen) in the system's scheme,
    light or dark (``dark`` forces one); returns the scheme in force."""
    chosen = DARK if (system_is_dark(app) if dark is None else dark) else LIGHT
    use(chosen)
    app.setStyle("Fusion")
    app.setPalette(palette(chosen))
    app.setStyleSheet(style(chosen))
    return chosen


def palette(chosen: Scheme) -> QPalette:
    roles = QPalette.ColorRole
    found = QPalette()
    text, window, page = QColor(chosen.text), QColor(chosen.window), QColor(chosen.page)
    for role, value in (
            (roles.Window, window), (roles.WindowText, text), (roles.Base, page),
            (roles.AlternateBase, QColor(chosen.alternate)), (roles.Text, text),
            (roles.Button, QColor(chosen.button)), (roles.ButtonText, text),
            (roles.ToolTipBase, QColor(chosen.box)), (roles.ToolTipText, text),
            (roles.Highlight, QColor(chosen.highlight)), (roles.HighlightedText, text),
            (roles.PlaceholderText, QColor(chosen.muted_text)),
            (roles.Link, QColor(chosen.accent)), (roles.BrightText, QColor(chosen.flag))):
        found.setColor(role, value)
    muted = QColor(chosen.muted_text)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        found.setColor(QPalette.ColorGroup.Disabled, role, muted)
    for role, lighter in ((roles.Light, 150), (roles.Midlight, 120)):
        found.setColor(role, window.lighter(lighter))
    for role, darker in ((roles.Mid, 130), (roles.Dark, 160), (roles.Shadow, 250)):
        found.setColor(role, window.darker(darker))
    return found


def style(chosen: Scheme) -> str:
    return STYLE % {"box": chosen.box, "border": chosen.box_border,
                    "title": chosen.muted_text if chosen.dark else "#374151",
                    "button": chosen.button, "muted": chosen.muted_text,
                    "strong": chosen.text}


STYLE = """
QGroupBox { font-weight: 600; border: 1px solid %(border)s; border-radius: 6px;
            margin-top: 14px; padding: 10px 8px 8px 8px; background: %(box)s; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: %(title)s; }
QPushButton[valueButton="true"] { text-align: left; padding: 4px 8px; border-radius: 4px;
            border: 1px solid %(border)s; background: %(button)s; }
QPushButton[valueButton="true"]:hover { border-color: %(muted)s; }
QPushButton[valueButton="true"]:checked { font-weight: 600; border: 2px solid %(strong)s; }
QLabel[role="hint"] { color: %(muted)s; }
QLabel[role="heading"] { font-weight: 600; font-size: 13px; }
QStatusBar QLabel { padding: 0 6px; }
"""
