"""The locked window of a clinic kiosk: full screen, no way out but the admin PIN.

Strangers use it one after another, so each person gets a fresh, memory-only AppState
and freshly built pages; "Finish and clear" or a quiet spell throws both away. Nothing
is ever written to disk (see `AppState.open_kiosk`).

Time comes from an injected monotonic clock and one ticking timer made by
`timer_factory`, so tests move time by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QKeyEvent, QPixmap, QPixmapCache, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.kiosk.idle import IdlePhase, IdleWatch
from companion.core.kiosk.pin import PinGate
from companion.core.kiosk.screen_hold import RETRY_SECONDS, SETTLE_SECONDS, ScreenHold, Step
from companion.core.shared.app_state import AppState
from companion.core.shared.content import Content, InvalidContentError, load_content
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.language import language_labels
from companion.core.shared.pages import KIOSK_PAGES
from companion.ui.kiosk.bar import KioskBar
from companion.ui.kiosk.clinic_badge import ClinicBadge, clinic_logo
from companion.ui.kiosk.welcome import KioskWelcome
from companion.ui.pages import build_page
from companion.ui.shared.page_layout import button, enter_presses_button, replace_widget
from companion.ui.shared.single_choice import SwitchBar
from companion.ui.shared.tick_timer import TickTimer, qt_timer
from companion.ui.shared.word_break import FittingButton

if TYPE_CHECKING:  # built the first time they are needed: most sessions never see them
    from companion.ui.kiosk.idle_notice import IdleNotice
    from companion.ui.kiosk.pin_pad import PinPad
    from companion.ui.shared.appearance import Appearance

TICK_MS = 1000
SETTLE_MS = round(SETTLE_SECONDS * 1000)
RETRY_MS = round(RETRY_SECONDS * 1000)
HOLD_SECONDS = 3  # press and hold the clinic name this long to reach the PIN pad
ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.Scroll,
}


def _is_blocked_key(event: QKeyEvent) -> bool:
    """Keys that would close, quit or leave the kiosk: they do nothing here."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl_like = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
    if key == Qt.Key.Key_Escape:
        return True
    if key == Qt.Key.Key_F4 and mods & (
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
    ):
        return True
    return bool(ctrl_like) and key in (Qt.Key.Key_Q, Qt.Key.Key_W)


def _stay_on_top(window: QWindow) -> None:
    """Ask the window manager again to keep `window` above the others.

    A manager that let go of the window (unmapped by someone, or hidden and shown while
    it was still cleaning up) forgets "on top" when it takes it back; Qt tells it only
    when the flag changes, so the flag is taken off and put back.
    """
    flags = window.flags()
    window.setFlags(flags & ~Qt.WindowType.WindowStaysOnTopHint)
    window.setFlags(flags)


def _is_admin_chord(event: QKeyEvent) -> bool:
    wanted = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier
    )
    return event.key() == Qt.Key.Key_K and event.modifiers() & wanted == wanted


def pages_for(name: str) -> str:
    """The kiosk page a link leads to: the journal and settings do not exist here."""
    if name in KIOSK_PAGES:
        return name
    return "welcome"


class KioskWindow(QWidget):
    """Emits `session_cleared()` after every reset (by button or by idle time)."""

    session_cleared = Signal()

    def __init__(
        self,
        state: AppState,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        timer_factory: Callable[[QObject], TickTimer] = qt_timer,
        speak: Callable[[str], object] = lambda _code: None,
        logo: QPixmap | None = None,
        appearance: Appearance | None = None,
    ) -> None:
        """`speak(code)` puts the interface's translations for `code` in place; the
        window calls it before it builds anything in another language. `logo` is the
        config's logo as the start already read it (else the window reads it).
        `appearance` sizes the text again when the desktop's text size changes."""
        super().__init__(
            None,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        assert state.kiosk_config is not None, "a kiosk window needs a kiosk state"
        self.config: KioskConfig = state.kiosk_config
        self.content: Content = state.content
        # Each new person starts in the language the kiosk started in (the clinic's).
        self.clinic_content: Content = state.content
        self._speak = speak
        self.appearance = appearance
        self.state = state
        self._monotonic = monotonic
        self.exit_allowed = False
        self.sessions_cleared = 0
        self.touched = False  # has anyone used the screen since the last reset?
        self.idle = IdleWatch(
            monotonic,
            idle_seconds=self.config.idle_seconds,
            countdown_seconds=self.config.countdown_seconds,
        )
        self.gate = PinGate(self.config.pin_hash, monotonic)
        self._hold_started: float | None = None
        self.logo = logo if logo is not None else clinic_logo(self.config, self.devicePixelRatioF())
        self.idle_notice: IdleNotice | None = None
        self.pin_pad: PinPad | None = None
        self.pages: dict[str, QWidget] = {}
        # Whether the window is on the screen is followed from the native window's expose
        # events (see eventFilter: asking for windowHandle() each second would leave a
        # wrapper behind per session).
        self.screen_hold = ScreenHold(monotonic)
        self._holding = False

        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.config.clinic_name or APP_NAME)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.bar = self._build_bar()
        column.addWidget(self.bar)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)

        self._ticker = timer_factory(self)
        self._ticker.timeout.connect(self.tick)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.show_page(self.config.start_page)

    # --- layout ----------------------------------------------------------------------
    def _build_bar(self) -> QWidget:
        self.setAccessibleName(self.tr("Clinic kiosk"))  # in each person's language
        self.badge = ClinicBadge(self.config, self.logo)
        self.badge.pressed.connect(self._hold_begin)
        self.badge.released.connect(self._hold_end)
        labels = {
            "welcome": self.tr("Start"),
            "check": self.tr("Guided check"),
            "learn": self.tr("Learn"),
            "timers": self.tr("Heat and breaks"),
        }
        # The pages are a single-choice list, as in the main window's navigation.
        self.switch = SwitchBar(self.tr("Pages"), role="nav", one_row=True)
        for name in KIOSK_PAGES:
            self.switch.add(name, labels[name])
        self.tabs = self.switch.buttons
        self.switch.chosen.connect(self.show_page)
        # A kiosk that starts on the check or Learn (kiosk.toml's start_page) never shows
        # the welcome's big language buttons first: the bar then offers the other
        # languages, in their own names, on every page. A kiosk that starts on the
        # welcome keeps its bar as it was (at large text it already needs two rows).
        self.language_buttons: dict[str, FittingButton] = {}
        for code, words in language_labels().items():
            if code == self.content.language or self.config.start_page == "welcome":
                continue
            other = button(words.name)
            other.setAccessibleName(f"{words.prompt}: {words.name}")
            other.clicked.connect(lambda _c=False, code=code: self.use_language(code))
            self.language_buttons[code] = other
        self.finish_button = button(self.tr("Finish and clear"), role="primary")
        self.finish_button.setAccessibleDescription(
            self.tr("Clears every answer on this screen and starts again for the next person")
        )
        self.finish_button.clicked.connect(self.finish_session)
        return KioskBar(
            self.badge, self.switch, list(self.language_buttons.values()), self.finish_button
        )

    # --- pages -----------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page called `name` for the current person, built on first use."""
        if name not in self.pages:
            if name == "welcome":
                welcome = KioskWelcome(self.state)
                welcome.page_requested.connect(self.show_page)
                welcome.language_requested.connect(self.use_language)
                widget: QWidget = welcome
                self.stack.addWidget(welcome)
            else:
                widget = build_page(name, self.state, self.show_page, self.stack)
            self.pages[name] = widget
        return self.pages[name]

    def show_page(self, name: str) -> None:
        name = pages_for(name.partition(":")[0])  # a page's "page:action" asks nothing here
        if name != "welcome":
            welcome = self.pages.get("welcome")
            if welcome is not None:
                welcome.show_cleared(False)  # type: ignore[attr-defined]
        widget = self.page(name)
        if self.stack.currentWidget() is widget:
            # Choosing the page already shown goes back to its start (closes a Learn card).
            show_start = getattr(widget, "show_start", None)
            if show_start is not None:
                show_start()
        on_tab = any(tab.hasFocus() for tab in self.tabs.values())
        focused = QApplication.focusWidget()
        if not on_tab and focused is not None and self.stack.isAncestorOf(focused):
            # Else the stack hands the focus to the new page's first button, and the page
            # scrolls to it: "Start the guided check" opened the check 206 px down, its
            # title and "How this check works" out of sight (1024x600, text at 175%).
            focused.clearFocus()
        self.stack.setCurrentWidget(widget)
        self.switch.set_current(name)
        if not on_tab:
            # Keyboard users start on the page; touch users see no stray focus ring.
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_page(self) -> str:
        page = self.switch.current()
        assert page is not None, "a page is always shown"
        return page

    # --- sessions --------------------------------------------------------------------
    def start(self) -> None:
        """Show full screen and start watching for a quiet screen."""
        # The whole screen even where no window manager honours "full screen".
        self.setGeometry(self.screen().geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.idle.activity()
        self._ticker.start(TICK_MS)

    def opened_again(self) -> None:
        """The kiosk was started again (a start-up entry run twice, a double-click by
        staff): this screen comes back to the front, full screen. Nothing is said on it:
        the person using it did not start anything."""
        if self.exit_allowed:
            return
        self.hold_the_screen()
        self.raise_()
        self.activateWindow()

    def language(self) -> str:
        """The language the screen speaks now (this person's choice, or the clinic's)."""
        return self.content.language

    def use_language(self, code: str) -> None:
        """Speak `code` for this person: the bar and every page are built again in it
        (what they entered so far stays in memory; a check under way starts again)."""
        if code == self.content.language:
            return
        try:
            content = load_content(language=code)
        except InvalidContentError:
            return  # a broken install (the self-test names it): stay in this language
        current = self.current_page()
        welcome, focus = self.pages.get("welcome"), QApplication.focusWidget()
        choosing = (
            isinstance(welcome, KioskWelcome)
            and focus is not None
            and welcome.languages.isAncestorOf(focus)
        )
        self._switch_content(content)
        self.state.content = self.content
        self._drop_pages()
        self.show_page(current)
        if choosing:  # by keyboard (the arrows choose): stay on the language just chosen
            rebuilt = self.page("welcome")
            assert isinstance(rebuilt, KioskWelcome)
            rebuilt.languages.switch.buttons[code].setFocus(Qt.FocusReason.OtherFocusReason)

    def _switch_content(self, content: Content) -> None:
        self.content = content
        self._speak(content.language)
        bar = self._build_bar()
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        replace_widget(layout, self.bar, bar)
        self.bar = bar
        for overlay in (self.idle_notice, self.pin_pad):
            if overlay is not None:  # built again in the new language when next needed
                overlay.close_overlay()
                overlay.deleteLater()
        self.idle_notice = None
        self.pin_pad = None

    def _drop_pages(self) -> None:
        for widget in self.pages.values():
            self.stack.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.pages.clear()

    def finish_session(self) -> None:
        """Throw away everything this person entered and greet the next one, in the
        clinic's language."""
        self._close_overlays()
        self._drop_pages()
        # The style draws into a shared pixmap cache under keys that name each widget's
        # palette, so the pages just thrown away left entries nobody asks for again (up
        # to 10 MB); the next person's pages draw their own.
        QPixmapCache.clear()
        # Text the person copied (a line of their summary) or selected with the mouse
        # (the X11 selection) would stay for whoever comes next.
        clipboard = QApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            clipboard.clear(mode)
        if self.content is not self.clinic_content:
            self._switch_content(self.clinic_content)
        self.state = AppState.open_kiosk(self.config, now=self.state.now, content=self.content)
        self.touched = False
        self.idle.activity()
        self.sessions_cleared += 1
        self.show_page(self.config.start_page)
        welcome = self.pages.get("welcome")
        if welcome is not None:
            welcome.show_cleared(True)  # type: ignore[attr-defined]
        self.session_cleared.emit()

    def tick(self) -> None:
        """Once a second: the screen held, the "Still there?" notice, the reset, the
        admin hold."""
        self.hold_the_screen()
        if self._hold_started is not None and (
            self._monotonic() - self._hold_started >= HOLD_SECONDS
        ):
            self._hold_started = None
            self.open_pin_pad()
        if self.pin_pad is not None and self.pin_pad.isVisible():
            self.pin_pad.refresh()
        if not self.touched:
            self.idle.activity()  # an untouched screen has nothing to clear
            return
        phase = self.idle.phase()
        if phase is IdlePhase.ACTIVE:
            if self.idle_notice is not None and self.idle_notice.isVisible():
                self.idle_notice.close_overlay()
        elif phase is IdlePhase.ASKING:
            notice = self._notice()
            if not notice.isVisible():
                self._close_overlays()  # one layer at a time (a PIN pad left open goes)
                notice.open()
            notice.set_seconds_left(self.idle.countdown_left())
        else:
            self.finish_session()

    def _notice(self) -> IdleNotice:
        if self.idle_notice is None:
            from companion.ui.kiosk.idle_notice import IdleNotice

            self.idle_notice = IdleNotice(self)
            self.idle_notice.still_here.connect(self._still_here)
        return self.idle_notice

    def _still_here(self) -> None:
        self.idle.activity()
        if self.idle_notice is not None:
            self.idle_notice.close_overlay()

    # --- staff exit ------------------------------------------------------------------
    def _hold_begin(self) -> None:
        self._hold_started = self._monotonic()

    def _hold_end(self) -> None:
        self._hold_started = None

    def open_pin_pad(self) -> PinPad:
        if self.pin_pad is None:
            from companion.ui.kiosk.pin_pad import PinPad

            self.pin_pad = PinPad(self.gate, self)
            self.pin_pad.accepted.connect(self.exit_kiosk)
            self.pin_pad.cancelled.connect(self.pin_pad.close_overlay)
        # One layer at a time: two would each pull the keyboard back to themselves.
        self._close_overlays()
        self.pin_pad.open()
        return self.pin_pad

    def exit_kiosk(self) -> None:
        """The right PIN: let the window close and the app end."""
        self.exit_allowed = True
        self._ticker.stop()
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.quit()

    def _close_overlays(self) -> None:
        for overlay in (self.idle_notice, self.pin_pad):
            if overlay is not None and overlay.isVisible():
                overlay.close_overlay()

    # --- locking ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.objectName() == f"{self.objectName()}Window"  # this window's own
        ):
            if not watched.isExposed():
                if self.screen_hold.went_off() and self.isVisible() and not self.exit_allowed:
                    # Taken off the screen: ask it back soon, not at the next tick.
                    QTimer.singleShot(SETTLE_MS, self, self._settled)
            elif self.screen_hold.came_back():
                # On screen again after being asked back: finish the job now.
                _stay_on_top(watched)
                self.hold_the_screen()
        if kind in ACTIVITY_EVENTS:
            self.touched = True
            self.idle.activity()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key_event = event
            assert isinstance(key_event, QKeyEvent)
            if kind == QEvent.Type.KeyPress and _is_admin_chord(key_event):
                self.open_pin_pad()
                return True
            # Escape closes what is open on top: an overlay, or a menu (a text field's
            # Copy / Select All menu, say), which the person must be able to leave.
            overlay_open = QApplication.activePopupWidget() is not None or any(
                o is not None and o.isVisible() for o in (self.idle_notice, self.pin_pad)
            )
            if _is_blocked_key(key_event) and not (
                overlay_open and key_event.key() == Qt.Key.Key_Escape
            ):
                # Accepting the override stops any shortcut; the key press is then dropped.
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a button of the bar ("Finish and clear", a language) presses it, as
        # on a page.
        if not enter_presses_button(self, event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.exit_allowed:
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:
        """Someone minimised or un-fullscreened the window: put it back at once. The
        desktop's text size changed: the kiosk's size is a share of it, so follow it."""
        if event.type() == QEvent.Type.ThemeChange and self.appearance is not None:
            self.appearance.follow_system()
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isVisible():
            self.hold_the_screen()

    def _settled(self) -> None:
        """The wait after the window went off the screen is over: ask for it back."""
        self.screen_hold.settled()
        self.hold_the_screen()

    def _retry(self, asked_at: float) -> None:
        """The retry after asking at `asked_at`: ask again if still not on screen."""
        if not self.exit_allowed:
            self._do(self.screen_hold.retry(asked_at))

    def _retry_later(self) -> None:
        asked_at = self.screen_hold.asked_at
        if asked_at is not None:  # None: it came back meanwhile
            QTimer.singleShot(RETRY_MS, self, lambda: self._retry(asked_at))

    def _owns_active_window(self) -> bool:
        """True while the kiosk, or a dialog or menu of its own, has the focus."""
        active: QWidget | None = QApplication.activeWindow()
        while active is not None:
            if active is self:
                return True
            active = active.parentWidget()
        return QApplication.activePopupWidget() is not None

    def hold_the_screen(self) -> None:
        """Put the kiosk back on top, full screen, if anything took the screen from it.

        Called once a second and on every change of the window's state. Under a window
        manager a minimised full-screen window still reports full screen (both states
        are set), a window the desktop hid ("show the desktop") or unmapped may still
        count as shown to Qt but is no longer exposed, and a window raised above the
        kiosk takes the focus: each is undone. A kiosk session (cage, Shell Launcher)
        has nothing to take the screen at all.

        The window is never hidden and shown again while the window manager still holds
        it: a window withdrawn and mapped at once races the manager's own clean-up,
        which can leave it marked hidden, or no longer on top, although it shows.
        """
        if self.exit_allowed or self._holding:
            return
        self._do(
            self.screen_hold.next_step(
                shown=self.isVisible(),
                minimised=bool(self.windowState() & Qt.WindowState.WindowMinimized),
                full_screen=self.isFullScreen(),
            )
        )
        if not self._owns_active_window():
            self.raise_()
            self.activateWindow()

    def _do(self, step: Step) -> None:
        """Take `step`. Each window state set reports back through changeEvent, which must
        not start another step meanwhile."""
        self._holding = True
        try:
            self._take(step, self.windowState())
        finally:
            self._holding = False
        if step.asks:
            self._retry_later()

    def _take(self, step: Step, state: Qt.WindowState) -> None:
        if step is Step.SHOW:
            self.showFullScreen()
        elif step is Step.UNMINIMISE:
            # Taking "minimised" off maps the window: the manager restores it in place.
            self.setWindowState(
                (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
            )
        elif step is Step.ASK_BACK:
            # Openbox's "show the desktop" hides without minimising and ignores a plain
            # map request for it: minimising and then mapping restores it in place.
            # "Full screen" goes off and on with it, so the manager is told again: one that
            # let go of the window meanwhile (someone unmapped it) takes it back as a new
            # window, and Qt, which already counts it full screen, would not say.
            self.setWindowState(Qt.WindowState.WindowMinimized)
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        elif step is Step.SHOW_AFRESH:
            self.hide()
            self.showFullScreen()
        elif step is Step.FULL_SCREEN:
            self.setWindowState(state | Qt.WindowState.WindowFullScreen)
