"""One palette per theme and one stylesheet built from it.

Every widget is styled from here: pages set a `role` property (title, card, primary...)
and never pick colours themselves. Contrast of each text/background pair is checked by
tests against WCAG AA.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from companion.core.shared.collector import collector_paused
from companion.core.shared.resources import asset_path
from companion.core.shared.settings import Theme
from companion.ui.shared.focus_ring import RING_PROPERTY

if TYPE_CHECKING:  # the drop-down's class costs start-up its enums; Home has none
    from PySide6.QtWidgets import QComboBox

# The text size at 100% when the system says nothing better: Qt's generic default (9 pt,
# used when no desktop settings are found) is too small to read comfortably.
FALLBACK_POINT_SIZE = 11.0
SMALLEST_SYSTEM_POINT_SIZE = 10.0
MIN_TOUCH_PX = 44
KIOSK_TOUCH_PX = 48  # a shared touch screen, used standing: a little larger still
# The one Qt style under the app's style sheet. An application made with it names it in
# STYLE_PROPERTY, so the first theme need not ask Qt which style is in use.
APP_STYLE = "fusion"
STYLE_PROPERTY = "companion_style"
KIOSK_KEY_PX = 72  # the kiosk's PIN keys and main overlay buttons: easy to hit with a thumb
# The room between a field's border and its words, in every text field and drop-down.
FIELD_PADDING_PX = 10
# A number or time field's words start this far into its text part (its line edit's text
# margin): that part begins on the field's edge, and the line edit keeps 2 px of its own,
# less the 1 px border. Qt's style sheets widen the field by a left padding but do not
# move its text part, so the theme pads by as much and the field sets the margin.
STEPPER_TEXT_INSET_PX = FIELD_PADDING_PX - 1
# The keyboard's focus ring takes the place of a control's border and is wider: the
# padding and sizes with the ring give that back, so a control is as big with the ring as
# without (it appears when the focus arrives, and a row must not be laid out again,
# squeezing its neighbours). `border` is the plain border's width.
RING_PX = 3


def ringed(plain: int, border: int = 1) -> int:
    """A padding with the ring on (one side)."""
    return plain - (RING_PX - border)


def ringed_size(plain: int, border: int = 1) -> int:
    """A least height or width with the ring on (both sides)."""
    return plain - 2 * (RING_PX - border)


@dataclass(frozen=True)
class Palette:
    """One theme's colours, by what each one paints."""

    window: str
    surface: str
    surface_alt: str
    text: str
    muted: str
    accent: str
    on_accent: str
    border: str
    field_border: str
    focus: str
    danger: str
    on_danger: str
    warning_bg: str
    warning_text: str
    nav_bg: str
    dark: bool


LIGHT = Palette(
    window="#F4F6F5",
    surface="#FFFFFF",
    surface_alt="#E8F1F1",
    text="#1B262C",
    muted="#4B5B63",
    accent="#1D6B76",
    on_accent="#FFFFFF",
    border="#D5DEE0",
    field_border="#6F8189",
    focus="#B54708",
    danger="#B42318",
    on_danger="#FFFFFF",
    warning_bg="#FFF4D6",
    warning_text="#5C3B00",
    nav_bg="#E4ECEC",
    dark=False,
)

DARK = Palette(
    window="#121719",
    surface="#1B2226",
    surface_alt="#1E2E31",
    text="#E7EDEF",
    muted="#B2C0C6",
    accent="#7CCBD6",
    on_accent="#0B1E22",
    border="#2E3A3F",
    field_border="#7F9096",
    focus="#FFB35C",
    danger="#F28B82",
    on_danger="#2B0A07",
    warning_bg="#3A2E12",
    warning_text="#FCE3A6",
    nav_bg="#171E21",
    dark=True,
)

# Text drawn on a background, as (text colour, background colour) field names: each pair
# must reach 4.5:1. Non-text parts (field borders, focus ring) must reach 3:1.
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "surface_alt"),
    ("text", "nav_bg"),
    ("muted", "window"),
    ("muted", "surface"),
    ("muted", "surface_alt"),
    ("on_accent", "accent"),
    ("accent", "surface"),
    ("accent", "window"),
    ("accent", "surface_alt"),
    ("on_danger", "danger"),
    ("danger", "surface"),
    ("warning_text", "warning_bg"),
)
NON_TEXT_PAIRS = (
    ("field_border", "surface"),
    ("field_border", "window"),
    ("accent", "surface"),
    ("focus", "surface"),
    ("focus", "window"),
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(theme: Theme) -> Palette:
    if theme is Theme.DARK or (theme is Theme.SYSTEM and system_prefers_dark()):
        return DARK
    return LIGHT


def system_point_size() -> float:
    """The desktop's font size, as the person set it in their system settings."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def base_point_size() -> float:
    """The text size at 100%: the system's, or FALLBACK_POINT_SIZE when the system offers
    none worth using."""
    system = system_point_size()
    return system if system >= SMALLEST_SYSTEM_POINT_SIZE else FALLBACK_POINT_SIZE


def point_size(scale: int, factor: float = 1.0) -> float:
    return round(base_point_size() * scale / 100 * factor, 1)


def stylesheet(p: Palette, scale: int, touch: int = MIN_TOUCH_PX) -> str:
    """The app's one stylesheet; sizes follow the text-size setting, and every button,
    tick box and choice is at least `touch` pixels high."""
    body = point_size(scale)
    # Tick boxes, radio markers and list arrows grow with the text (18 px at 11 pt).
    marker = round(body * 1.65)
    arrow = round(body * 1.45)
    variant = "dark" if p.dark else "light"
    chevron = asset_path(f"icons/chevron-{variant}.svg").as_posix()
    plus, minus = (
        asset_path(f"icons/{sign}-{variant}.svg").as_posix() for sign in ("plus", "minus")
    )
    plus_off, minus_off = (
        asset_path(f"icons/{sign}-off-{variant}.svg").as_posix() for sign in ("plus", "minus")
    )
    tick = asset_path(f"icons/tick-{variant}.svg").as_posix()
    # Buttons, choices and drop-downs show the focus ring only when the keyboard moved
    # the focus there (see focus_ring: the app starts it); text fields always do.
    ring = f'[{RING_PROPERTY}="true"]'
    return f"""
QWidget {{ color: {p.text}; }}
QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget#pageBody,
QStackedWidget {{ background: {p.window}; }}
QFrame#pinnedRow {{ background: {p.window}; border: none; border-top: 1px solid {p.border}; }}
QToolTip {{ color: {p.text}; background: {p.surface}; border: 1px solid {p.field_border}; }}
QLabel, BreakingText {{ background: transparent; }}
BreakingText {{ border: none; padding: 0; }}
QLabel[role="title"], BreakingText[role="title"] {{
  font-size: {point_size(scale, 1.75)}pt; font-weight: 600;
}}
QLabel[role="heading"], BreakingText[role="heading"] {{
  font-size: {point_size(scale, 1.25)}pt; font-weight: 600;
}}
QLabel[role="muted"], BreakingText[role="muted"] {{ color: {p.muted}; }}
QLabel[role="brand"] {{ font-size: {point_size(scale, 1.05)}pt; font-weight: 700; }}
QLabel a {{ color: {p.accent}; }}
QFrame[role="card"] {{
  background: {p.surface}; border: 1px solid {p.border}; border-radius: 12px;
}}
QFrame[role="hero"] {{
  background: {p.surface_alt}; border: 1px solid {p.border}; border-radius: 14px;
}}
QFrame[role="warning"] {{
  background: {p.warning_bg}; border: 1px solid {p.warning_text}; border-radius: 10px;
}}
QFrame[role="warning"] QLabel, QFrame[role="warning"] BreakingText {{ color: {p.warning_text}; }}
QFrame#navBar, QFrame#kioskBar {{ background: {p.nav_bg}; border: none; }}
QPushButton[big="true"] {{ min-height: 104px; text-align: left; border-width: 2px; }}
QPushButton[role="primary"] QLabel {{ color: {p.on_accent}; }}
/* The app draws its own focus ring: no style's focus box inside it as well. */
QPushButton, QToolButton, QRadioButton, QCheckBox {{ outline: none; }}
QPushButton, QToolButton {{
  min-height: {touch}px; padding: 0 16px;
  border-radius: 10px; border: 1px solid {p.field_border};
  background: {p.surface}; color: {p.text}; font-size: {body}pt;
}}
QToolButton {{ min-width: {touch}px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {p.accent}; }}
/* With the ring, as big as without (see RING_PX). */
QPushButton{ring}:focus, QToolButton{ring}:focus {{
  border: {RING_PX}px solid {p.focus}; padding: 0 {ringed(16)}px;
  min-height: {ringed_size(touch)}px;
}}
QToolButton{ring}:focus {{ min-width: {ringed_size(touch)}px; }}
QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QPushButton[role="primary"] {{
  background: {p.accent}; color: {p.on_accent}; border: 1px solid {p.accent}; font-weight: 600;
}}
QPushButton[role="primary"]{ring}:focus {{ border: {RING_PX}px solid {p.focus}; }}
QPushButton[role="primary"]:disabled {{
  background: {p.surface}; color: {p.muted}; border: 1px dashed {p.field_border};
}}
QPushButton[role="danger"] {{ color: {p.danger}; border-color: {p.danger}; font-weight: 600; }}
QPushButton[role="danger"]{ring}:focus {{ border: {RING_PX}px solid {p.focus}; }}
QRadioButton[role="nav"], QRadioButton[role="switch"] {{
  min-height: {touch}px; padding: 0 14px; border-radius: 10px; spacing: 0; font-weight: 600;
}}
QRadioButton[role="nav"] {{
  border: 2px solid transparent; background: transparent;
}}
QRadioButton[role="nav"]:hover {{ background: {p.surface}; }}
QRadioButton[role="switch"] {{
  border: 1px solid {p.field_border}; background: {p.surface};
}}
QRadioButton[role="switch"]:hover {{ border-color: {p.accent}; }}
QRadioButton[role="nav"]:checked, QRadioButton[role="switch"]:checked {{
  background: {p.accent}; color: {p.on_accent};
}}
QRadioButton[role="switch"]:checked {{ border: 1px solid {p.accent}; }}
QRadioButton[role="nav"]{ring}:focus, QRadioButton[role="switch"]{ring}:focus {{
  border: {RING_PX}px solid {p.focus}; text-decoration: none;
}}
QRadioButton[role="nav"]{ring}:focus {{
  padding: 0 {ringed(14, 2)}px; min-height: {ringed_size(touch, 2)}px;
}}
QRadioButton[role="switch"]{ring}:focus {{
  padding: 0 {ringed(14)}px; min-height: {ringed_size(touch)}px;
}}
QRadioButton[role="nav"]:checked:focus, QRadioButton[role="switch"]:checked:focus {{
  color: {p.on_accent};
}}
QLineEdit, QComboBox {{
  min-height: {touch - 2}px; padding: 0 {FIELD_PADDING_PX}px; border-radius: 8px;
  border: 1px solid {p.field_border}; background: {p.surface}; color: {p.text};
  selection-background-color: {p.accent}; selection-color: {p.on_accent};
}}
QLineEdit:focus, QComboBox{ring}:focus {{ border: {RING_PX}px solid {p.focus}; }}
QComboBox{ring}:focus {{
  padding: 0 {ringed(FIELD_PADDING_PX)}px; min-height: {ringed_size(touch - 2)}px;
}}
QLineEdit QToolButton {{
  min-height: 0; min-width: 0; padding: 0; border: none; background: transparent;
}}
QComboBox QAbstractItemView {{
  background: {p.surface}; color: {p.text};
  selection-background-color: {p.accent}; selection-color: {p.on_accent};
}}
QComboBox::drop-down {{
  subcontrol-origin: padding; subcontrol-position: center right; width: {arrow * 2}px;
  border: none;
}}
QComboBox::down-arrow {{ image: url("{chevron}"); width: {arrow}px; height: {arrow}px; }}
QAbstractSpinBox {{
  min-height: {touch}px; padding: 0 {touch + 1}px 0 {STEPPER_TEXT_INSET_PX}px; border-radius: 8px;
  border: 1px solid {p.field_border}; background: {p.surface}; color: {p.text};
  selection-background-color: {p.accent}; selection-color: {p.on_accent};
}}
QAbstractSpinBox:focus {{ border: {RING_PX}px solid {p.focus}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
  subcontrol-origin: border; subcontrol-position: center right;
  width: {touch}px; height: {touch}px; border: none;
  border-left: 1px solid {p.border}; background: transparent;
}}
QAbstractSpinBox::down-button {{ right: {touch}px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
  background: {p.surface_alt};
}}
QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow {{ width: {arrow}px; height: {arrow}px; }}
QAbstractSpinBox::up-arrow {{ image: url("{plus}"); }}
QAbstractSpinBox::down-arrow {{ image: url("{minus}"); }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{ image: url("{plus_off}"); }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
  image: url("{minus_off}");
}}
QDateTimeEdit[calendarPopup="true"] {{ padding: 0; }}
QDateTimeEdit[calendarPopup="true"]::drop-down {{
  subcontrol-origin: border; subcontrol-position: center right;
  width: {touch}px; height: {touch}px; border: none; border-left: 1px solid {p.border};
}}
QDateTimeEdit[calendarPopup="true"]::down-arrow {{
  image: url("{chevron}"); width: {arrow}px; height: {arrow}px;
}}
QRadioButton, QCheckBox {{ min-height: {touch}px; spacing: {round(marker * 0.55)}px; }}
QRadioButton::indicator, QCheckBox::indicator {{
  width: {marker}px; height: {marker}px; border: 2px solid {p.field_border};
  background: {p.surface};
}}
QRadioButton::indicator {{ border-radius: {marker // 2 + 2}px; }}
QCheckBox::indicator {{ border-radius: {max(4, marker // 4)}px; }}
QRadioButton::indicator:checked {{
  border: 2px solid {p.accent};
  background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
    stop:0 {p.accent}, stop:0.55 {p.accent}, stop:0.65 {p.surface}, stop:1 {p.surface});
}}
QCheckBox::indicator:checked {{ border: 2px solid {p.accent}; background: {p.accent};
  image: url("{tick}"); }}
QRadioButton{ring}::indicator:focus, QCheckBox{ring}::indicator:focus {{
  border: 2px solid {p.focus};
}}
QRadioButton{ring}:focus, QCheckBox{ring}:focus {{ color: {p.text}; text-decoration: underline; }}
QRadioButton[role="nav"]::indicator, QRadioButton[role="switch"]::indicator,
QRadioButton[role="nav"]::indicator:checked, QRadioButton[role="switch"]::indicator:checked,
QRadioButton[role="nav"]::indicator:focus, QRadioButton[role="switch"]::indicator:focus {{
  width: 0; height: 0; border: none; background: transparent; image: none;
}}
QMenuBar {{ background: {p.window}; }}
QMenuBar::item:selected, QMenu::item:selected {{
  background: {p.accent}; color: {p.on_accent};
}}
QMenu {{ background: {p.surface}; border: 1px solid {p.field_border}; }}
QMenu::item {{ padding: 6px 24px; }}
QProgressBar {{
  border: 1px solid {p.field_border}; border-radius: 4px; background: {p.surface};
}}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 3px; }}
QLabel[kiosk="lead"] {{ font-size: {point_size(scale, 1.15)}pt; }}
QLabel[kiosk="count"] {{ font-size: {point_size(scale, 4.0)}pt; font-weight: 700; }}
QLabel[kiosk="dots"] {{ font-size: {point_size(scale, 2.0)}pt; letter-spacing: 4px; }}
QPushButton[kiosk="key"] {{
  min-height: {KIOSK_KEY_PX}px; min-width: {KIOSK_KEY_PX + 16}px;
  font-size: {point_size(scale, 1.6)}pt; font-weight: 600;
}}
QPushButton[kiosk="word-key"] {{
  min-height: {KIOSK_KEY_PX}px; min-width: {KIOSK_KEY_PX}px;
  font-size: {point_size(scale, 1.2)}pt; font-weight: 600;
}}
QPushButton[kiosk="big"] {{
  min-height: {KIOSK_KEY_PX}px; min-width: {KIOSK_KEY_PX * 2}px;
  font-size: {point_size(scale, 1.2)}pt; font-weight: 600; padding: 0 28px;
}}
QPushButton[big="true"]{ring}:focus {{
  min-height: {ringed_size(104, 2)}px; padding: 0 {ringed(16, 2)}px;
}}
QPushButton[kiosk="key"]{ring}:focus {{
  min-height: {ringed_size(KIOSK_KEY_PX)}px; min-width: {ringed_size(KIOSK_KEY_PX + 16)}px;
}}
QPushButton[kiosk="word-key"]{ring}:focus {{
  min-height: {ringed_size(KIOSK_KEY_PX)}px; min-width: {ringed_size(KIOSK_KEY_PX)}px;
}}
QPushButton[kiosk="big"]{ring}:focus {{
  min-height: {ringed_size(KIOSK_KEY_PX)}px; min-width: {ringed_size(KIOSK_KEY_PX * 2)}px;
  padding: 0 {ringed(28)}px;
}}
"""


def qpalette(p: Palette) -> QPalette:
    """A QPalette in step with the stylesheet, for the parts stylesheets do not reach."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.surface_alt,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.on_accent,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
        QPalette.ColorRole.Link: p.accent,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(p.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(p.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(p.muted))
    return pal


def apply_theme(app: QApplication, theme: Theme, scale: int, touch: int = MIN_TOUCH_PX) -> Palette:
    """Apply colours and text size to the whole app; returns the palette in use.

    Nothing is set when style sheet, palette and font are already these: setting them
    again re-polishes every widget, and a settings change that is not about the look (a
    welcome step, a timer choice) must not cost that. When something did change, all of
    it is set afresh, style first: Qt's in-place repolish of a changed style sheet can
    reach widgets that are already gone (it crashed a test run that way).
    """
    p = palette_for(theme)
    colours = qpalette(p)
    font = QFont(app.font())
    font.setPointSizeF(point_size(scale))
    sheet = stylesheet(p, scale, touch)
    if app.styleSheet() == sheet and app.palette() == colours and app.font() == font:
        return p
    # Each of these walks a list of every widget made beforehand. Python code runs along
    # the way (the app's own size hints), and if the garbage collector ran there it could
    # delete an unused widget that is still on the list, and Qt would then touch it: a
    # crash. So the collector waits until the walks are done.
    with collector_paused():
        # With a style sheet in place Qt no longer tells the style's name: set it again
        # always. Only an application made with the style and not yet themed keeps its own.
        if app.styleSheet() or app.property(STYLE_PROPERTY) != APP_STYLE:
            app.setStyle(APP_STYLE)
        app.setPalette(colours)
        app.setFont(font)
        app.setStyleSheet(sheet)
    return p


def forgettable(widget: QAbstractScrollArea | QComboBox) -> None:
    """Let Qt's style sheet engine forget a scroll area or drop-down's inner parts when
    they are deleted. Call it on each one the app builds and later throws away.

    Qt never styles a scroll area's viewport or a drop-down's list frame, yet it keeps a
    rule cache entry for each one it paints, and for these alone it never listens for
    their end: the entries stay for good (about 1.7 KB for each page a kiosk builds,
    1.4 MB per 1,000 visitors). A style sheet of their own, a comment with no rules,
    makes them widgets the engine follows, so it drops them when they go. The look does
    not change: the only rule that reaches them is the text colour every widget has.
    """
    if isinstance(widget, QAbstractScrollArea):
        parts = [_viewport(widget)]
    else:
        view = widget.view()  # made now if not yet: the list and the frame around it
        parts = [_viewport(view), view.parentWidget()]
    for part in parts:
        if part is not None:
            part.setStyleSheet("/* forgettable */")


def _viewport(area: QAbstractScrollArea) -> QWidget | None:
    """The scroll area's viewport, found by its object name. Asking `viewport()` costs
    the first call about 20 ms: to give the plain QWidget its exact Python type, PySide
    builds every widget class it knows (and their enums) first."""
    # Its own child only: a scroll area inside it has a viewport by the same name.
    return area.findChild(
        QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
    )
