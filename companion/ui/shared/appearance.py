"""Keeps the app's colours and text size in step with the settings and the system."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion.core.shared.settings import TEXT_SCALES, Settings, SettingsStore
from companion.ui.shared.theme import MIN_TOUCH_PX, Palette, apply_theme


class Appearance(QObject):
    """Emits `changed(palette)` after colours or text size changed."""

    changed = Signal(object)

    def __init__(
        self, app: QApplication, settings: SettingsStore, *, touch: int = MIN_TOUCH_PX
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.touch = touch  # the smallest button height: 48 px on a kiosk's touch screen
        self.palette: Palette = self.apply(settings.current)
        settings.add_listener(self._on_settings)
        # A bound method, so Qt drops the connection when this object goes away.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def _on_system_scheme(self) -> None:
        self._on_settings(self.settings.current)

    def follow_system(self) -> None:
        """The desktop's look changed (Qt calls it a theme change): its text size, say,
        set in the system settings while the app runs. Normal text is the system's size,
        so the words are sized again; nothing is redone when nothing changed."""
        before = (self.app.font(), self.app.palette())
        self.apply(self.settings.current)
        if (self.app.font(), self.app.palette()) != before:
            self.changed.emit(self.palette)

    def apply(self, current: Settings) -> Palette:
        self.palette = apply_theme(self.app, current.theme, current.text_scale, self.touch)
        return self.palette

    def _on_settings(self, current: Settings) -> None:
        self.apply(current)
        self.changed.emit(self.palette)

    def step_text_size(self, step: int) -> None:
        """Move the text size one step up (+1) or down (-1); 0 goes back to normal."""
        scales = list(TEXT_SCALES)
        current = self.settings.current.text_scale
        if step == 0:
            target = 100
        else:
            index = scales.index(current) if current in scales else scales.index(100)
            target = scales[max(0, min(len(scales) - 1, index + step))]
        if target != current:
            self.settings.update(text_scale=target)
