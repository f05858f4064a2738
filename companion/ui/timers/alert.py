"""Alerts that reach the person: a small window of their own, a tray notification when the
main window is hidden, and a soft chime unless sound is off in Settings.

Sound is optional: PySide6-Essentials has no QtMultimedia, so the chime plays only where
that module and an audio device exist; otherwise the app falls back to the system beep,
and to silence if even that fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from companion.core.shared.records import WALK
from companion.core.shared.resources import asset_path
from companion.core.timers.breaks import POSTPONE_MINUTES
from companion.core.timers.records import DUE, ON_BREAK, SITTING
from companion.core.timers.scheduler import (
    BREAK_DUE,
    BREAK_OVER,
    BREAK_SOON,
    PACK_DONE,
    WALK_LIMIT,
    Alert,
)
from companion.ui.timers.alert_dialog import AlertDialog, box_waiting
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.widgets import (
    ended_before_restart,
    minutes_text,
    time_of_day,
)

if TYPE_CHECKING:
    from companion.ui.timers.tray import TrayIcon

CHIME = "sounds/chime.wav"


_effect: Any = None


def play_chime() -> None:
    """Play the soft chime, or beep, or do nothing: never fail because of sound."""
    global _effect
    try:
        import importlib

        from PySide6.QtCore import QUrl

        # Not part of PySide6-Essentials: present only with the add-ons installed.
        multimedia = importlib.import_module("PySide6.QtMultimedia")
        if _effect is None:
            _effect = multimedia.QSoundEffect()
            _effect.setSource(QUrl.fromLocalFile(str(asset_path(CHIME))))
            _effect.setVolume(0.6)
        _effect.play()
    except Exception:
        try:
            QApplication.beep()
        except Exception:
            return


class AlertPresenter(QObject):
    """Turns the driver's alerts into something the person notices."""

    def __init__(
        self,
        driver: TimerDriver,
        window: QWidget,
        tray: TrayIcon | None = None,
        *,
        sound: Callable[[], None] = play_chime,
    ) -> None:
        super().__init__(window)
        self.driver = driver
        self.window = window
        self.tray = tray
        self.sound = sound
        self.pack_dialog: AlertDialog | None = None
        self.break_dialog: AlertDialog | None = None
        self.walk_dialog: AlertDialog | None = None
        # A break notice waiting for a heat, ice or walk window, or for a box's answer.
        self.held_break: Alert | None = None
        # A Timers panel asked for from an alert above a box: it opens once the box closes.
        self.held_panel: str | None = None
        # Alerts told only by a tray message, not yet shown in a window: the desktop shows
        # one message at a time, so a click on the last must bring back all of them.
        self.told_in_tray: list[Alert] = []
        # Whether the break notice, not the window, had the keys last (a box aside), and
        # whether it had them when the box that is open came: it gets them back only then.
        # Two flags, not one: a desktop gives the window the keys as the box closes, before
        # `_after_box` runs, which would read as the person having chosen the window.
        self._keys_on_notice = self._notice_had_keys = False
        window.installEventFilter(self)
        if tray is not None:
            tray.window_back.connect(self.show_told_in_tray)
        driver.alerted.connect(self.show_alert)
        driver.changed.connect(self._follow_breaks)
        driver.reset.connect(self._close_all)

    def _close_all(self) -> None:
        """All data was deleted: an open alert speaks of a session, a walk or a break that
        no longer exists (a heat alert said "Saved to your journal")."""
        self.told_in_tray.clear()
        self.held_panel = None
        for dialog in (self.pack_dialog, self.walk_dialog, self.break_dialog):
            if dialog is not None:
                dialog.close()

    # --- where an alert goes ------------------------------------------------------------
    def _window_hidden(self) -> bool:
        return not self.window.isVisible() or self.window.isMinimized()

    def show_alert(self, alert: Alert) -> None:
        if alert.kind == BREAK_OVER and alert.late:
            return  # the page shows it; nobody needs telling about a break long past
        quiet = alert.late or alert.kind == BREAK_SOON
        if not quiet and self.driver.state.settings.current.sound:
            self.sound()
        title, text = self._words(alert)
        if self.tray is not None and self._window_hidden():
            self.told_in_tray.append(alert)
            self.tray.notify(title, text)
            return
        self._show_in_window(alert)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window came back without the tray (the taskbar, a second start): the
        alerts told only in the tray follow once it is up. A box opened or answered: the
        timer's windows and a held break follow."""
        if event.type() == QEvent.Type.ActivationChange:
            self._keys_moved(watched)
        if watched is not self.window:
            return False
        if self.told_in_tray and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.WindowStateChange,
        ):
            QTimer.singleShot(0, self, self.show_told_in_tray)
        elif event.type() == QEvent.Type.WindowBlocked:
            self._notice_had_keys = self._keys_on_notice
            if self._timer_alert_open():
                QTimer.singleShot(0, self, self._come_above_box)  # a box opened after it
        elif event.type() == QEvent.Type.WindowUnblocked:  # the box was answered
            QTimer.singleShot(0, self, self._after_box)
            if self.held_panel is not None:
                QTimer.singleShot(0, self, self._open_held_panel)
            if self.held_break is not None:
                QTimer.singleShot(0, self, self._show_held_break)
        return False

    def _come_above_box(self) -> None:
        """A box opened while a heat, ice or walk window was open (New entry, Delete all
        my data): the box held that window up, and its button did nothing until the box
        was answered. It comes above the box, as one that opens after the box does."""
        for dialog in (self.pack_dialog, self.walk_dialog):
            if dialog is not None and dialog.isVisible() and box_waiting():
                if dialog is self.walk_dialog:
                    self._fill_walk(dialog)
                dialog.present(take_focus=True)

    def _after_box(self) -> None:
        """No box waits any more: the walk window, if still open, no longer speaks of one;
        a break notice the box held up gets back the keys it took (the window had them)."""
        if box_waiting():
            return
        walk, breaks = self.walk_dialog, self.break_dialog
        if walk is not None and walk.isVisible():
            self._fill_walk(walk)
            walk.fit()
        if breaks is not None and breaks.isVisible() and breaks.mode in ("due", "break"):
            if not self._notice_had_keys:  # the person had moved to the window: theirs
                return
            keys = QApplication.activeWindow()  # the window, or the box just closed
            if keys is None or keys is self.window or not keys.isVisible():
                breaks.activateWindow()

    def _keys_moved(self, watched: QObject) -> None:
        """The window or the break notice got the keys (a box that needs an answer aside)."""
        breaks = self.break_dialog
        if watched in (self.window, breaks) and not box_waiting():
            assert isinstance(watched, QWidget)
            if watched.isActiveWindow():
                self._keys_on_notice = watched is breaks

    def show_told_in_tray(self) -> None:
        """The window is back (a click on a tray message, the icon, any other way): each alert
        told only in the tray comes with it ("take the heat off", with its button), the
        heat, ice or walk one first and a due break behind it, unless the person has dealt
        with it meanwhile. Without this they saw the page they left, Journal say, and only
        the last message's alert."""
        if self._window_hidden():
            return
        told, self.told_in_tray = self.told_in_tray, []
        s = self.driver.scheduler
        for alert in sorted(told, key=lambda a: a.kind == BREAK_DUE):
            if s.still_waiting(alert):
                self._show_in_window(alert)

    def _show_in_window(self, alert: Alert) -> None:
        if alert.kind in (PACK_DONE, WALK_LIMIT, BREAK_DUE) and self.window.isMinimized():
            # No tray: the alert's window belongs to the main window, and many desktops
            # keep it out of sight while that is minimised (the heat page says "you can
            # minimise it"), so the window comes back with it.
            self._bring_window()
        if alert.kind == PACK_DONE:
            self._show_pack(alert)
        elif alert.kind == WALK_LIMIT:
            self._show_walk(alert)
        elif self._timer_alert_open() or box_waiting():
            # A break falls due a tick after a pack ends: its window would cover "take the
            # heat off" and take the keys. It waits until that window is closed, and a box
            # that needs an answer (the journal form, a question) until it is answered: a
            # break can wait a minute, and typing in the form must not go astray.
            self.held_break = alert
        else:
            self._show_break(alert.kind)

    def _timer_alert_open(self) -> bool:
        return any(d is not None and d.isVisible() for d in (self.pack_dialog, self.walk_dialog))

    def _show_held_break(self) -> None:
        """A heat, ice or walk window was closed, or a box answered: show the break notice
        that waited, if the break it spoke of is still to come (the person may have dealt
        with it), as due if it fell due meanwhile."""
        held, self.held_break = self.held_break, None
        if held is None or self._timer_alert_open() or box_waiting():
            self.held_break = held
            return
        shown = self.driver.scheduler.held_break_notice(held)
        if shown is not None:
            self._show_break(shown)

    def _words(self, alert: Alert) -> tuple[str, str]:
        content = self.driver.content
        if alert.kind == PACK_DONE:
            texts = content.pack(alert.timer)
            return texts.finished_title, texts.finished_text
        if alert.kind == WALK_LIMIT:
            return content.walk.title, content.walk.limit_text
        if alert.kind == BREAK_SOON:
            # The notice comes 1 to 5 minutes before (a setting): say when, as the window does.
            planned = self.driver.scheduler.next_break()
            when = time_of_day(planned) if planned else ""
            return self.tr("Movement break soon"), self.tr("A movement break at %1").replace(
                "%1", when
            )
        if alert.kind == BREAK_OVER:
            return self.tr("Break over"), self.tr(
                "Well done. Back to it, and change position often."
            )
        minutes = minutes_text(self.driver.scheduler.settings.length)
        return self.tr("Time for a movement break"), self.tr("Take %1 to move.").replace(
            "%1", minutes
        )

    def _bring_window(self) -> None:
        bring = getattr(self.window, "bring_to_front", None)
        if bring is not None:
            bring()

    def _open(self, panel: str) -> None:
        if box_waiting():
            # Behind a box the page would change out of sight and reach: the press would
            # seem to do nothing. The panel opens when the box is closed (the walk
            # window says so).
            self.held_panel = panel
            return
        show_page = getattr(self.window, "show_page", None)
        if self._window_hidden():
            self._bring_window()
        if show_page is not None:
            show_page("timers")
            page = self.window.page("timers")  # type: ignore[attr-defined]
            page.show_panel(panel)

    def _open_held_panel(self) -> None:
        panel, self.held_panel = self.held_panel, None
        if panel is not None:
            self._open(panel)  # held again if another box opened meanwhile

    # --- heat and ice ----------------------------------------------------------------
    def _show_pack(self, alert: Alert) -> None:
        texts = self.driver.content.pack(alert.timer)
        if self.pack_dialog is None:
            self.pack_dialog = AlertDialog(self.window, "packAlert")
            self.pack_dialog.finished.connect(self._show_held_break)
        dialog = self.pack_dialog
        when = time_of_day(alert.at)
        s = self.driver.scheduler
        if s.still_waiting(alert) and s.finished is not None and s.finished.reopened:
            extra = ended_before_restart(alert.at, s.clock.wall(), s.zone)
        elif alert.late:
            extra = self.tr("It ended at %1, while the computer was asleep or the app was closed.")
        else:
            extra = self.tr("It ended at %1. Saved to your journal.")
        dialog.fill(
            texts.title, texts.finished_title, texts.finished_text, extra.replace("%1", when)
        )

        def checked() -> None:
            self.driver.act(lambda s: s.dismiss_finished())
            dialog.close()

        def open_timers() -> None:
            dialog.close()
            self._open(alert.timer)

        buttons: list[tuple[str, str | None, Callable[[], object]]] = [
            (self.tr("I have checked my skin"), "primary", checked)
        ]
        on_timers = getattr(self.window, "current_page", lambda: "")() == "timers"
        if not on_timers:
            buttons.append((self.tr("Open Timers"), None, open_timers))
        dialog.set_buttons(*buttons)
        dialog.present(take_focus=True)

    # --- walking check ------------------------------------------------------------------
    def _show_walk(self, alert: Alert) -> None:
        if self.walk_dialog is None:
            self.walk_dialog = AlertDialog(self.window, "walkAlert")
            self.walk_dialog.finished.connect(self._show_held_break)
        dialog = self.walk_dialog
        self._fill_walk(dialog)

        def answer() -> None:
            dialog.close()
            self._open(WALK)

        dialog.set_buttons((self.tr("Answer two questions and save"), "primary", answer))
        dialog.present(take_focus=True)

    def _fill_walk(self, dialog: AlertDialog) -> None:
        walk = self.driver.content.walk
        # Above a box, the questions can only show once the box is closed.
        extra = (
            self.tr("The questions open when you close the window behind this one.")
            if box_waiting()
            else ""
        )
        dialog.fill(walk.title, self.tr("30 minutes: the check is done"), walk.limit_text, extra)

    # --- breaks ----------------------------------------------------------------------------
    def _break_dialog(self) -> AlertDialog:
        if self.break_dialog is None:
            self.break_dialog = AlertDialog(self.window, "breakAlert")
            self.break_dialog.installEventFilter(self)  # whether it has the keys
        return self.break_dialog

    def _show_break(self, kind: str) -> None:
        dialog = self._break_dialog()
        dialog.mode = {BREAK_SOON: "soon", BREAK_DUE: "due", BREAK_OVER: "over"}.get(kind, "due")
        self._fill_break(dialog)
        dialog.present(take_focus=kind == BREAK_DUE)

    def _fill_break(self, dialog: AlertDialog) -> None:
        s = self.driver.scheduler
        texts = self.driver.content.breaks
        movement = s.movement(texts.movements)
        # The suggested movement: its name in bold, then how to do it.
        lead, how = (movement.title, movement.steps) if movement else ("", "")

        def act(action: Callable[[Any], Any], close: bool = True) -> Callable[[], None]:
            def run() -> None:
                self.driver.act(action)
                if close:
                    dialog.close()

            return run

        postpone = self.tr("Postpone %1").replace("%1", minutes_text(POSTPONE_MINUTES))
        dialog.countdown.setVisible(dialog.mode == "break")
        if dialog.mode == "soon":
            planned = s.next_break()
            when = time_of_day(planned) if planned else ""
            dialog.fill(
                texts.title, self.tr("A movement break at %1").replace("%1", when), how, lead=lead
            )
            dialog.set_buttons(
                (self.tr("OK"), None, dialog.close),
                (self.tr("Take it now"), "primary", act(lambda x: x.take_break(), close=False)),
                (self.tr("Skip this one"), None, act(lambda x: x.skip_break())),
            )
        elif dialog.mode == "due":
            extra = "" if s.cycle.can_postpone else self.tr("Postponed twice already.")
            dialog.fill(texts.title, self.tr("Time for a movement break"), how, extra, lead=lead)
            length = s.settings.length
            buttons: list[tuple[str, str | None, Callable[[], object]]] = [
                (
                    self.tr("Start a %n-minute break", "", length),
                    "primary",
                    act(lambda x: x.take_break(), close=False),
                ),
            ]
            if s.cycle.can_postpone:
                buttons.append((postpone, None, act(lambda x: x.postpone_break())))
            buttons.append((self.tr("Skip this one"), None, act(lambda x: x.skip_break())))
            dialog.set_buttons(*buttons)
        elif dialog.mode == "break":
            dialog.fill(texts.title, self.tr("Break time: get up and move"), how, lead=lead)
            dialog.countdown.show_seconds(s.break_left())
            dialog.set_buttons(
                (self.tr("Done, back to sitting"), "primary", act(lambda x: x.finish_break()))
            )
        else:
            dialog.fill(
                texts.title,
                self.tr("Break over. Well done."),
                self.tr("Change position often until the next one."),
            )
            dialog.set_buttons((self.tr("Close"), "primary", dialog.close))

    def _follow_breaks(self) -> None:
        """Keep an open break window in step with the cycle (a break started from the
        page, or a sleep that counted as the break, closes or changes it)."""
        dialog = self.break_dialog
        if dialog is None or not dialog.isVisible():
            return
        s = self.driver.scheduler
        phase = self.driver.status().break_phase
        if phase == ON_BREAK:
            if dialog.mode != "break":
                dialog.mode = "break"
                self._fill_break(dialog)
            dialog.countdown.show_seconds(s.break_left())
        elif phase == DUE and dialog.mode == "soon":
            dialog.mode = "due"
            self._fill_break(dialog)
        elif dialog.mode == "over" or (
            dialog.mode == "soon" and phase == SITTING and s.cycle.soon_told
        ):
            return
        elif phase != DUE:
            dialog.close()
