"""Both themes pass WCAG AA for every text colour on every background it is drawn on."""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import EMERGENCY, SELF_CARE
from companion.core.shared.settings import Theme
from companion.ui.check.urgency import urgency_icon
from companion.ui.learn.page import LearnPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shared import theme
from companion.ui.shared.fields import ChoiceBox
from companion.ui.shared.page_layout import PageScaffold
from companion.ui.shared.theme import DARK, LIGHT, NON_TEXT_PAIRS, TEXT_PAIRS, Palette, stylesheet
from companion.ui.shell.main_window import MainWindow
from tests.helpers.contrast import contrast_ratio


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_text_contrast_meets_aa(palette: Palette) -> None:
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        assert ratio >= 4.5, f"{fg} on {bg}: {ratio:.2f}"


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_borders_and_focus_ring_are_visible(palette: Palette) -> None:
    for fg, bg in NON_TEXT_PAIRS:
        ratio = contrast_ratio(getattr(palette, fg), getattr(palette, bg))
        assert ratio >= 3.0, f"{fg} on {bg}: {ratio:.2f}"


def test_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_stylesheet_scales_text_and_keeps_44px_targets() -> None:
    normal, large = stylesheet(LIGHT, 100), stylesheet(LIGHT, 150)
    assert "font-size: 11.0pt" in normal and "font-size: 16.5pt" in large
    assert "min-height: 44px" in normal


def test_normal_text_is_the_systems_font_size(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_point_size", lambda: 14.0)
    theme.apply_theme(qapp, Theme.LIGHT, 100)
    assert qapp.font().pointSizeF() == 14.0
    theme.apply_theme(qapp, Theme.LIGHT, 150)
    assert qapp.font().pointSizeF() == 21.0
    # Qt's generic 9 pt, used where no desktop says anything, is too small to go by.
    monkeypatch.setattr(theme, "system_point_size", lambda: 9.0)
    theme.apply_theme(qapp, Theme.LIGHT, 100)
    assert qapp.font().pointSizeF() == theme.FALLBACK_POINT_SIZE


def test_tick_boxes_radio_markers_and_the_sidebar_grow_with_the_text(
    make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)

    def sizes() -> tuple[int, int, int, int]:
        QApplication.processEvents()
        box = settings.sound
        option = QStyleOptionButton()
        option.initFrom(box)
        marker = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        nav = window.nav.buttons["settings"]
        return marker.width(), nav.iconSize().width(), window.nav.width(), nav.width()

    marker, icon, bar, _ = sizes()
    returning_state.settings.update(text_scale=175)
    big_marker, big_icon, big_bar, nav_button = sizes()
    assert big_marker >= marker * 1.5 and big_icon >= icon * 1.5 and big_bar > bar
    label = window.nav.buttons["settings"]
    needed = label.fontMetrics().horizontalAdvance(label.text()) + label.iconSize().width()
    assert nav_button >= needed  # "Settings" is not cut off


def test_the_search_clear_button_is_drawn_in_the_themes_text_colour(
    make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    window = make_window(returning_state, page="learn")
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    field = learn.start.search_field
    for chosen, palette in ((Theme.DARK, DARK), (Theme.LIGHT, LIGHT)):
        returning_state.settings.update(theme=chosen)
        QApplication.processEvents()
        image = field.clear_button.icon().pixmap(24, 24).toImage()
        drawn = [
            image.pixelColor(x, y)
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert drawn, "the clear button draws nothing"
        text = QColor(palette.text)
        assert all(abs(c.lightness() - text.lightness()) < 40 for c in drawn), chosen
    (button,) = field.findChildren(QToolButton)
    assert not button.isVisible()  # nothing to clear
    field.setText("heat")
    assert button.isVisible() and button.accessibleName() == "Clear the search"
    # The touch size every other tool button gets made it 78x46 px, placed from where
    # Qt put the small one: it hung past the field's right edge and never showed.
    assert field.rect().contains(button.geometry()), button.geometry()
    button.click()
    assert field.text() == "" and not button.isVisible()


def test_radio_markers_are_round_and_tick_boxes_square(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply_theme(qapp, Theme.LIGHT, 175)
    holder = QWidget()
    row = QHBoxLayout(holder)
    radio, box = QRadioButton("One"), QCheckBox("Two")
    row.addWidget(radio)
    row.addWidget(box)
    qtbot.addWidget(holder)
    holder.show()
    QApplication.processEvents()
    for control, element, round_corner in (
        (radio, QStyle.SubElement.SE_RadioButtonIndicator, True),
        (box, QStyle.SubElement.SE_CheckBoxIndicator, False),
    ):
        option = QStyleOptionButton()
        option.initFrom(control)
        marker = control.style().subElementRect(element, option, control)
        image = control.grab().toImage()
        corner = image.pixelColor(marker.left() + 3, marker.top() + 3)
        border = QColor(LIGHT.field_border)
        is_border = abs(corner.lightness() - border.lightness()) < 30
        assert is_border is not round_corner, control.text()


def test_urgency_icons_are_flat_and_in_the_themes_colours(qapp: QApplication) -> None:
    for palette, chosen in ((LIGHT, Theme.LIGHT), (DARK, Theme.DARK)):
        theme.apply_theme(qapp, chosen, 100)
        holder = QWidget()
        for level, colour in ((SELF_CARE, palette.accent), (EMERGENCY, palette.danger)):
            image = urgency_icon(holder, level, 48).toImage()
            drawn = {
                image.pixelColor(x, y).name()
                for x in range(48)
                for y in range(48)
                if image.pixelColor(x, y).alpha() == 255
            }
            assert drawn == {QColor(colour).name()}, (level, drawn)  # one flat colour


def test_applying_the_same_look_again_leaves_every_widget_alone(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """A settings change that is not about the look (a welcome step, a timer choice) runs
    the theme again: it must not restyle every widget (slow, and it can flicker)."""
    restyles: list[QEvent.Type] = []
    watched = {
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
    }

    class Watcher(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() in watched:
                restyles.append(event.type())
            return False

    widget = QCheckBox("A widget on show")
    qtbot.addWidget(widget)
    widget.show()
    theme.apply_theme(qapp, Theme.LIGHT, 100)
    for _ in range(3):  # every change the first time posted has arrived
        QApplication.sendPostedEvents()
        qapp.processEvents()
    watcher = Watcher()
    widget.installEventFilter(watcher)
    theme.apply_theme(qapp, Theme.LIGHT, 100)
    QApplication.sendPostedEvents()
    qapp.processEvents()
    assert restyles == []
    theme.apply_theme(qapp, Theme.DARK, 100)
    qapp.processEvents()
    assert restyles  # a real change still reaches the widget
    widget.removeEventFilter(watcher)


def test_no_garbage_is_collected_while_the_new_look_reaches_every_widget(
    make_window: Callable[..., MainWindow], returning_state: AppState, qapp: QApplication
) -> None:
    """Changing the look walks a list of every widget, and the app's own size hints
    (Python) run along the way. A collection there can delete an unused widget that is
    still on the list, and Qt then touches freed memory: the whole test run crashed that
    way once the buttons' words could wrap. Whether a given run crashes depends on what
    garbage happens to be about, so this checks the cause: with the collector as eager as
    it can be, no collection starts from Python that Qt called during the change."""
    window = make_window(returning_state)
    for page in ("check", "journal", "settings", "home"):  # pages full of buttons
        window.show_page(page)
        qapp.processEvents()
    during: list[str] = []

    def noticed(phase: str, _info: dict[str, int]) -> None:
        frames = traceback.extract_stack()
        called_by_qt = any(f.name in ("sizeHint", "heightForWidth") for f in frames)
        if phase == "start" and called_by_qt and any(f.name == "apply_theme" for f in frames):
            during.append(frames[-3].name)

    thresholds = gc.get_threshold()
    gc.callbacks.append(noticed)
    gc.set_threshold(1, 1, 1)
    try:
        theme.apply_theme(qapp, Theme.DARK, 175)
    finally:
        gc.set_threshold(*thresholds)
        gc.callbacks.remove(noticed)
    assert during == []


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
@pytest.mark.parametrize("chosen", [Theme.LIGHT, Theme.DARK])
def test_a_sheet_of_its_own_keeps_a_page_and_a_drop_down_looking_the_same(
    qapp: QApplication, qtbot: QtBot, chosen: Theme
) -> None:
    """`forgettable` (what lets Qt drop a thrown-away page's cache entries) changes
    nothing a person sees: a page and an open drop-down list draw the same pixels."""
    theme.apply_theme(qapp, chosen, 100)

    def page(forget: bool) -> QImage:
        area = PageScaffold("Heat and breaks", "What each timer does.")
        area.add(QLabel("Twenty minutes at most, with a cloth between."))
        if not forget:
            area.viewport().setStyleSheet("")
        qtbot.addWidget(area)
        area.resize(480, 320)
        area.show()
        return area.grab().toImage()

    def open_list(forget: bool) -> QImage:
        box = ChoiceBox()
        box.addItems(["Normal", "Large", "Largest"])
        if not forget:
            box.view().viewport().setStyleSheet("")
            frame = box.view().parentWidget()
            assert frame is not None
            frame.setStyleSheet("")
        qtbot.addWidget(box)
        box.show()
        box.showPopup()
        drawn = box.view().window().grab().toImage()
        box.hidePopup()
        return drawn

    assert page(forget=True) == page(forget=False)
    assert open_list(forget=True) == open_list(forget=False)
    box = ChoiceBox()
    qtbot.addWidget(box)
    frame = box.view().parentWidget()
    assert frame is not None and frame.styleSheet() and box.view().viewport().styleSheet()
    area = PageScaffold("Heat and breaks", "What each timer does.")
    qtbot.addWidget(area)
    assert area.viewport().styleSheet()  # the scroll area's own viewport, not a nested one
