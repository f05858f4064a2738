"""The main window: navigation on the left, the current page on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.shared.app_state import AppState
from companion.core.shared.window_place import Rect, keep_place, on_a_screen, read_place
from companion.ui.home.page import HomePage
from companion.ui.pages import build_page, nav_items
from companion.ui.shared.appearance import Appearance
from companion.ui.shared.icons import app_icon
from companion.ui.shared.page_layout import enter_presses_button, tab_order_as_laid_out
from companion.ui.shell.navigation import NavBar
from companion.ui.shell.store_banner import StoreBanner

# Pages and dialogs not needed for the first paint are imported when first opened,
# which keeps start-up close to a bare window.
if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject
    from PySide6.QtGui import QSessionManager

    from companion.core.timers.status import TimerStatus
    from companion.ui.shared.question import Question
    from companion.ui.shared.tick_timer import TickTimer
    from companion.ui.shared.words_dialog import WordsDialog
    from companion.ui.shell.about_dialog import AboutDialog
    from companion.ui.shell.open_notice import OpenAgainNotice
    from companion.ui.shell.reminder import ReminderWatch
    from companion.ui.shell.welcome_dialog import WelcomeDialog
    from companion.ui.timers.hub import TimerHub


MAINTENANCE_DELAY_MS = 1500
BACKUP_CHECK_MS = 60 * 60 * 1000  # the backup itself is taken at most once a day


def _rect(rect: QRect) -> Rect:
    return rect.x(), rect.y(), rect.width(), rect.height()


class MainWindow(QMainWindow):
    def __init__(
        self,
        state: AppState,
        appearance: Appearance,
        *,
        page: str = "home",
        timer_factory: Callable[[QObject], TickTimer] | None = None,
    ) -> None:
        """`timer_factory` makes the open-again notice's timer (None: a Qt timer; tests
        give one they fire by hand)."""
        super().__init__()
        self.state = state
        self.appearance = appearance
        self.welcome: WelcomeDialog | None = None
        self.about: AboutDialog | None = None
        self.timers: TimerHub | None = None  # set by start_timers, just after the first paint
        self.reminder: ReminderWatch | None = None  # the daily journal reminder, with them
        self._timers_seen: TimerStatus | None = None  # what Home's timer tile last followed
        self.quitting = False
        self.quit_question: Question | None = None  # open while quitting asks about changes
        self.open_again_notice: OpenAgainNotice | None = None  # made on a second start
        self._timer_factory = timer_factory
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(800, 520)
        self._fit_to_screen()
        # Where the window was left; else, or when Qt cannot use it, the size just set. Qt
        # would take a place cut short as a window of no size: one it wrote is this long.
        place = read_place(state.data_dir)
        if place is not None and len(place) == self.saveGeometry().size():
            usual = self.saveGeometry()
            self.restoreGeometry(QByteArray(place))
            screens = [_rect(s.availableGeometry()) for s in QGuiApplication.screens()]
            if not on_a_screen(_rect(self.geometry()), screens):
                self.restoreGeometry(usual)  # out of reach: the usual size and place

        self.nav = NavBar(nav_items())
        self.nav.page_requested.connect(self.show_page)
        self.banner = StoreBanner(state)
        self.stack = QStackedWidget()
        # Pages are built the first time they are shown, so start-up builds only one.
        self.pages: dict[str, QWidget] = {}

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        self.right_column = right
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self._build_menus()

        appearance.changed.connect(self.nav.retint)
        self.nav.retint(appearance.palette)
        state.add_reset_listener(self._after_reset)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(lambda: self.state.store.backup_if_due())
        self.show_page(page)
        # The keyboard starts on the page shown in the list (Qt would pick the first, Home).
        self.nav.buttons[self.current_page()].setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_to_screen(self) -> None:
        """A comfortable size that never spills off a small screen (1024x600 laptops)."""
        screen = self.screen().availableGeometry()
        width = min(1180, screen.width())
        height = min(760, screen.height())
        self.resize(width, height)
        if width == screen.width() or height == screen.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def page(self, name: str) -> QWidget:
        """The page called `name`, built now (see `build_page`) if not shown yet."""
        if name not in self.pages:
            widget = build_page(name, self.state, self.show_page, self.stack)
            deleted = getattr(widget, "data_deleted", None)  # Settings (if it could open)
            if deleted is not None:
                deleted.connect(self.show_welcome)
            if isinstance(widget, HomePage):
                widget.timer_status = self._timer_status
            self.pages[name] = widget
        return self.pages[name]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&App"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quit_app)
        app_menu.addAction(quit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        for item in self.nav.items:
            action = QAction(item.label, self)
            action.setShortcut(QKeySequence(item.shortcut))
            action.triggered.connect(lambda _=False, page=item.page: self.show_page(page))
            go_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("&View"))
        zoom_in = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
        zoom_out = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
        for text, keys, step in (
            (self.tr("Bigger text"), [*zoom_in, QKeySequence("Ctrl+=")], 1),
            (self.tr("Smaller text"), zoom_out, -1),
            (self.tr("Normal text size"), [QKeySequence("Ctrl+0")], 0),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.triggered.connect(lambda _=False, s=step: self.appearance.step_text_size(s))
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        welcome = QAction(self.tr("What this app is and is not"), self)
        welcome.triggered.connect(self.show_welcome)
        about = QAction(self.tr("&About %1").replace("%1", APP_NAME), self)
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(self.show_about)
        help_menu.addAction(welcome)
        help_menu.addAction(about)

    def start_maintenance(self) -> None:
        """Check every data file once the window has settled, then keep taking the daily
        backup for as long as the app stays open (a kiosk may run for weeks)."""
        QTimer.singleShot(MAINTENANCE_DELAY_MS, self, lambda: self.state.store.maintenance())
        self.backup_timer.start()

    def start_timers(self, **reminder_options: Any) -> None:
        """Run the timers and break reminders from app start (never in kiosk mode), with a
        tray icon where the desktop has a tray, and the daily journal reminder."""
        if self.state.kiosk or self.timers is not None:
            return
        # Just after the first paint (see app.start): start-up does not wait for these.
        from companion.ui.shell.reminder import ReminderNotice, ReminderWatch
        from companion.ui.timers.hub import attach_timers

        self.timers = attach_timers(self, self.state)
        self.timers.driver.changed.connect(self._timers_changed)
        self._timers_changed()
        notice = ReminderNotice()
        self.right_column.insertWidget(1, notice)  # under the data banner, above the page
        self.reminder = ReminderWatch(
            self,
            self.state,
            notice,
            self.timers,
            open_entry=self._open_new_entry,
            **reminder_options,
        )
        self.reminder.looked.connect(self._refresh_home_if_shown)
        self.reminder.looked.connect(self._pages_follow_clock)
        self.reminder.poll()

    def _timer_status(self) -> TimerStatus | None:
        """The running timers' status; None before they start (Home reads the records)."""
        return self.timers.driver.status() if self.timers is not None else None

    def _timers_changed(self) -> None:
        """Keep Home's timer tile true while Home is shown: a timer that ended (also one
        that ended while the app was closed, or was dropped as damaged when the timers
        started) is no longer counted."""
        assert self.timers is not None
        status = self.timers.driver.status()
        if status == self._timers_seen:
            return  # the timers tick every second: read Home again only on a change
        self._timers_seen = status
        self._refresh_home_if_shown()

    def _refresh_home_if_shown(self) -> None:
        """Read Home again while it is shown: also once a minute and on waking (with the
        reminder's look at the clock), so a window left open overnight does not still say
        "You are up to date for today" about yesterday's entry."""
        home = self.pages.get("home")
        if isinstance(home, HomePage) and home.isVisible():
            home.refresh()

    def _pages_follow_clock(self) -> None:
        """Once a minute and on waking, the page shown (Journal, Check, Timers) says again
        what depends on the day: the Journal's trend, the Check's "left yesterday", the
        timers' "Sessions today". On showing, each does so itself."""
        for page in self.pages.values():
            follow_clock = getattr(page, "follow_clock", None)  # no import: pages built late
            if follow_clock is not None and page.isVisible():
                follow_clock()

    def _open_new_entry(self) -> None:
        self.bring_to_front()
        self.show_page("journal:new")

    def quit_app(self) -> bool:
        """Quit for real (the menu's Quit, the tray's Quit); True if the window closed."""
        if self._asked_already():
            return False  # Qt would say the window closed: it is closing, so not again
        self.quitting = True
        closed = self.close()
        self.quitting = False
        return closed

    def current_page(self) -> str:
        return self.nav.current()

    def show_page(self, page: str) -> None:
        """Show a page. "page:action" also asks the page to do something on arrival
        (Home's "check:start" opens the check's first question). Choosing the page
        already shown goes back to its start (closes a Learn card)."""
        name, _, action = page.partition(":")
        widget = self.page(name)
        if self.stack.currentWidget() is widget and not action:
            show_start = getattr(widget, "show_start", None)
            if show_start is not None:
                show_start()
        self.stack.setCurrentWidget(widget)
        self.nav.set_current(name)
        self.setWindowTitle(f"{self.nav.buttons[name].text()} – {APP_NAME}")
        request = getattr(widget, "open_request", None)
        if action and request is not None:
            request(action)

    def show_welcome(self) -> WelcomeDialog:
        from companion.ui.shell.welcome_dialog import WelcomeDialog  # first run only

        self.welcome = WelcomeDialog(self.state, self)
        self.welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.welcome.finished.connect(lambda _r: self._refresh_after_welcome())
        self.welcome.open()
        return self.welcome

    def _refresh_after_welcome(self) -> None:
        from companion.ui.settings.page import SettingsPage  # a page built when first shown

        for widget in self.pages.values():
            if isinstance(widget, SettingsPage):
                widget.load_values()
            elif isinstance(widget, HomePage):
                widget.refresh()

    def show_about(self) -> AboutDialog:
        from companion.ui.shell.about_dialog import AboutDialog  # when first asked for

        self.about = AboutDialog(self.state.content.about, str(self.state.data_dir), self)
        self.about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about.open()
        return self.about

    def show_notices(self, notices: str) -> WordsDialog:
        """What was wrong with the settings file and what the app did about it. A key
        from a hand-edited file has no space to break at, and there may be many: the
        words break where they must and scroll."""
        from PySide6.QtWidgets import QDialogButtonBox

        from companion.ui.shared.breaking_text import BreakingText
        from companion.ui.shared.words_dialog import WordsDialog

        box = WordsDialog(self.tr("About your settings"), self)
        box.column.addWidget(BreakingText(notices))
        box.column.addStretch(1)
        close = box.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def focusNextPrevChild(self, next: bool) -> bool:
        # Into the page, Tab lands on its first control as laid out, not as first made.
        central = self.centralWidget()
        if central is not None:
            tab_order_as_laid_out(central)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a button outside the pages (the journal reminder, the store's banner)
        # presses it, as on a page.
        if not enter_presses_button(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ThemeChange:  # the desktop's text size or colours
            self.appearance.follow_system()
        super().changeEvent(event)

    def opened_again(self) -> None:
        """The app was started again while open: this window comes forward, and says so
        for a few seconds (the desktop may not let it come forward)."""
        self.bring_to_front()
        if self.open_again_notice is None:
            # Only when a second copy starts: nothing of it on the start-up path.
            from companion.ui.shell.open_notice import OpenAgainNotice

            self.open_again_notice = OpenAgainNotice(timer_factory=self._timer_factory)
            self.right_column.insertWidget(1, self.open_again_notice)  # under the data banner
        self.open_again_notice.show_for_a_while()

    def bring_to_front(self) -> None:
        """Show the window, in front: a second start, the tray, an alert, the reminder."""
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def _after_reset(self) -> None:
        self.banner.watch_store()
        home = self.pages.get("home")
        if isinstance(home, HomePage):
            home.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer one more try before quitting with changes that are only in memory."""
        if self._asked_already():
            event.ignore()
            return
        self._finish_typing()  # first: a number typed that could not be saved is asked about
        keep_place(self.state.data_dir, bytes(self.saveGeometry().data()))
        if not self.quitting and self.timers is not None and self.timers.keeps_running():
            event.ignore()  # breaks or a timer are on: keep them reaching the person
            self.hide()
            self.timers.hidden_to_tray()
            return
        if self._saved_after_retry() or self._lose_unsaved_asked():
            event.accept()
        else:
            event.ignore()

    def commit_data(self, manager: QSessionManager) -> None:
        """The desktop session is ending (log out, shut down). Qt closes no window then,
        so the window's place is kept here, unsaved changes are tried once more, and the
        person is asked, as on quitting, before they are lost; "Cancel" stops the logout."""
        self._finish_typing()
        welcome = self.welcome  # Qt closes no box either: a number typed in it is kept
        if welcome is not None and shiboken6.isValid(welcome) and welcome.isVisible():
            welcome.keep_number()
        keep_place(self.state.data_dir, bytes(self.saveGeometry().data()))
        if self._saved_after_retry() or not manager.allowsInteraction():
            return
        if self._asked_already():  # quitting asks already: its answer is not given yet
            manager.release()
            manager.cancel()
            return
        lose = self._lose_unsaved_asked()
        manager.release()
        if not lose:
            manager.cancel()

    def _finish_typing(self) -> None:
        """What is typed in the field the keyboard is on counts, as when Tab leaves it: a
        number or a time is taken when the keyboard leaves its field, and at logout the
        app is ended with the keyboard still in it (typed, then lost). The field itself
        refuses what it does not take (an empty or mistyped number), keeping the one in
        use. The keyboard goes back to the field, should the window stay."""
        field = self.focusWidget()
        if field is not None and field.hasFocus():
            field.clearFocus()
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved_after_retry(self) -> bool:
        """True when nothing is left only in memory, after one more try to save it."""
        if self.banner.unsaved():
            self.banner.retry()
        return not self.banner.unsaved()

    def _asked_already(self) -> bool:
        """True while quitting asks about the changes (when asked to quit again, from the
        tray or a logout): that question is brought forward, and no second one asked."""
        if self.quit_question is None:
            return False
        self.quit_question.activateWindow()
        return True

    def _lose_unsaved_asked(self) -> bool:
        """Ask whether to go on and lose the changes that could not be saved; the window
        comes forward first (quit from the tray, or a logout, while it is hidden or
        minimised), so the question is seen with what it is about. The app's own box, as
        its other questions: "Don't quit" is the default, and Esc or the box's own close
        button answers it. Ctrl+Q, which asked, does nothing more while the box is open: a
        second press, or the keys held down, never loses the changes unread."""
        # Only when quitting with unsaved changes: not on the start path.
        from companion.ui.shared.question import Question

        self.bring_to_front()
        box = Question(
            self.tr("Changes not saved"),
            self.tr("Quit and lose your latest changes?"),
            self.tr(
                "Your latest changes could not be saved on this computer. If you quit now, "
                "they are lost for good. To keep them, stay in the app, free some space or "
                'fix the folder, then choose "Try saving again".'
            ),
            go=self.tr("Quit and lose them"),
            keep=self.tr("Don't quit"),
            parent=self,
            quits=False,  # Ctrl+Q asked this very question
        )
        self.quit_question = box
        try:
            return box.exec() == Question.DialogCode.Accepted
        finally:
            self.quit_question = None
            box.deleteLater()
