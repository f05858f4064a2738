"""Timers: heat, ice, movement breaks and the walking check, one panel at a time.

The page owns no timer: the driver (`driver.py`) ticks, and the panels redraw on its
`changed` signal, so closing the page can leave nothing running behind. In kiosk mode
the timers are explained, never run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from companion.core.shared.app_state import AppState
from companion.core.shared.content import language_dir
from companion.core.shared.records import HEAT, ICE, WALK
from companion.core.timers.content import cached_timer_content
from companion.core.timers.records import DUE
from companion.ui.shared.page_layout import PageScaffold, announce, bullet_list, card, label
from companion.ui.shared.single_choice import SwitchBar
from companion.ui.shared.timer_notices import unreadable_notice
from companion.ui.timers.widgets import FittingStack, clock_text

BREAKS = "breaks"
PANELS = (HEAT, ICE, BREAKS, WALK)


class TimersPage(PageScaffold):
    page_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(
            # On a kiosk the page is called "Heat and breaks", as its tab is.
            self.tr("Heat and breaks") if state.kiosk else self.tr("Timers"),
            self.tr(
                "Heat and ice with a safety check first, reminders to get up from long "
                "sitting, and a walking check to track how far you can walk."
            ),
            parent,
        )
        self.state = state
        if state.kiosk:
            self._explain_only()
            return
        # The kiosk only explains the timers: their panels and driver load where they run.
        from companion.ui.timers.breaks_panel import BreaksPanel
        from companion.ui.timers.driver import driver_for
        from companion.ui.timers.pack_panel import PackPanel
        from companion.ui.timers.walk_panel import WalkPanel

        self.driver = driver_for(state)
        self.panels: dict[str, QWidget] = {
            HEAT: PackPanel(self.driver, HEAT),
            ICE: PackPanel(self.driver, ICE),
            BREAKS: BreaksPanel(self.driver),
            WALK: WalkPanel(self.driver),
        }
        # The panels are a single-choice list: one Tab stop, arrows move and show.
        # In one row: in Spanish at the largest text in a 1024x600 window the four tabs
        # took two (a paused one, "Calor / en pausa", three); the longest names break
        # onto more lines instead ("Pausas para / moverse").
        self.switch = SwitchBar(self.tr("Timers"), one_row=True)
        self.stack = FittingStack()
        for name, panel in self.panels.items():
            self.switch.add(name, str(getattr(panel, "name", name)))
            self.stack.addWidget(panel)
            panel.panel_requested.connect(self.show_panel)  # type: ignore[attr-defined]
        self.tabs = self.switch.buttons
        self.switch.chosen.connect(self.show_panel)
        # A saved timer that could not be read at start: said above the tabs until one
        # of its kind is started again.
        self.unreadable, notice_layout = card("warning")
        self.unreadable_text = label("")
        notice_layout.addWidget(self.unreadable_text)
        self.add(self.unreadable)
        self.add(self.switch)
        self.add(self.stack)
        self.finish()
        # Only the panel in view is redrawn on each tick; the others catch up when shown.
        self.driver.changed.connect(self._on_changed)
        self._said = ""  # the warning last told to a screen reader
        self._refresh_unreadable()
        self.show_panel(self._busy_panel() or HEAT)
        self.driver.ensure_ticking()

    def _explain_only(self) -> None:
        # Nothing below takes the keyboard, so the page itself is a Tab stop: Tab never
        # came in, and Page Down could not bring the cards below the fold into view. It
        # is heard as what it holds; its title is the tab's name, heard already.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("How the timers work"))
        content = cached_timer_content(language_dir(None, self.state.content.language))
        note, layout = card("hero")
        layout.addWidget(
            label(self.tr("On this shared screen the timers are explained only"), "heading")
        )
        layout.addWidget(
            label(
                self.tr(
                    "Nothing is started or saved here. Install the app on your own "
                    "computer to use the timers and keep a record."
                )
            )
        )
        self.add(note)
        for texts in (content.heat, content.ice):
            frame, body = card()
            frame.setAccessibleName(texts.title)
            body.addWidget(label(texts.title, "heading"))
            body.addWidget(label(texts.intro))
            body.addWidget(bullet_list(texts.reminders))
            body.addWidget(label(texts.spacing, "muted"))
            self.add(frame)
        for title, intro in (
            (content.breaks.title, content.breaks.intro),
            (content.walk.title, content.walk.intro),
        ):
            frame, body = card()
            frame.setAccessibleName(title)
            body.addWidget(label(title, "heading"))
            body.addWidget(label(intro))
            self.add(frame)
        self.finish()

    # --- panels ------------------------------------------------------------------------
    def show_panel(self, name: str) -> None:
        if self.state.kiosk:
            return
        panel = self.panels[name]
        panel.refresh()  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(panel)
        self.switch.set_current(name)
        self._refresh_tabs()

    def _refresh_unreadable(self) -> None:
        text = unreadable_notice(self.driver.status())
        if text and text != self._said and self.isVisible():
            # Said as it appears: the first Tab goes to the tabs below it, and a pack may
            # be on the skin now.
            announce(self.unreadable, text)
            self._said = text
        if self.unreadable_text.text() != text:
            self.unreadable_text.setText(text)
            self.unreadable.setAccessibleName(text)
        self.unreadable.setVisible(bool(text))

    def _on_changed(self) -> None:
        self._refresh_unreadable()
        self._refresh_tabs()
        if self.isVisible():
            self.panels[self.current_panel()].refresh()  # type: ignore[attr-defined]

    def follow_clock(self) -> None:
        """Once a minute and on waking while shown: with nothing on, the driver does not
        tick, and a panel left open overnight went on saying "Sessions today: 2."."""
        if not self.state.kiosk:
            self.panels[self.current_panel()].refresh()  # type: ignore[attr-defined]

    def current_panel(self) -> str:
        for name, panel in self.panels.items():
            if self.stack.currentWidget() is panel:
                return name
        return HEAT

    def _busy_panel(self) -> str | None:
        s = self.driver.scheduler
        if s.pack is not None:
            return s.pack.kind
        if s.finished is not None:
            return s.finished.kind
        if s.walk is not None:
            return WALK
        if s.settings.enabled and s.cycle.phase in ("due", "on_break"):
            return BREAKS
        return None

    def _refresh_tabs(self) -> None:
        s, timers = self.driver.scheduler, self.driver.status()
        for name, tab in self.tabs.items():
            title = str(getattr(self.panels[name], "name", name))
            status = ""
            if name in timers.running_timers:  # what the tray and Home count, too
                if name == WALK:
                    status = clock_text(s.walk_seconds())
                else:
                    status = self.tr("paused") if timers.pack_paused else clock_text(s.pack_left())
            elif name == BREAKS and timers.break_phase == DUE:
                status = self.tr("now")
            # The status under the name, not beside it: "Calor · 15:00" made its tab
            # so wide that the tabs took three rows (Spanish at 175%, 1024x600).
            text = f"{title}\n{status}" if status else title
            if tab.text() != text:
                tab.setText(text)
                tab.setAccessibleName(title + (f", {status}" if status else ""))

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.kiosk:
            busy = self._busy_panel()
            self.show_panel(busy or self.current_panel())
        super().showEvent(event)
        if not self.state.kiosk:  # a kiosk runs no timers
            self._refresh_unreadable()  # told to a screen reader once the page shows
