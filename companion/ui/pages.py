"""The one page table: each page's place on the left (words, icon, shortcut) and how it
is built. The main window and the kiosk read it; the names come from the core's list.

A page's module is imported when the page is first shown (the imports inside the
builders below), so start-up loads only the page it opens on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from companion.core.shared.app_state import AppState
from companion.core.shared.content import ContentError, InvalidContentError
from companion.core.shared.pages import PAGES
from companion.ui.home.page import HomePage


@dataclass(frozen=True)
class NavItem:
    """A page's entry in the list on the left."""

    page: str
    label: str
    icon: str
    shortcut: str


def nav_items() -> list[NavItem]:
    labels = {
        "home": QCoreApplication.translate("MainWindow", "Home"),
        "check": QCoreApplication.translate("MainWindow", "Check"),
        "learn": QCoreApplication.translate("MainWindow", "Learn"),
        "timers": QCoreApplication.translate("MainWindow", "Timers"),
        "journal": QCoreApplication.translate("MainWindow", "Journal"),
        "settings": QCoreApplication.translate("MainWindow", "Settings"),
    }
    return [
        NavItem(name, labels[name], name, f"Ctrl+{number}")
        for number, name in enumerate(PAGES, start=1)
    ]


def _check(state: AppState, parent: QWidget | None) -> QWidget:
    from companion.ui.check.page import CheckPage  # when first shown: see above

    return CheckPage(state, parent)


def _learn(state: AppState, parent: QWidget | None) -> QWidget:
    from companion.ui.learn.page import LearnPage  # when first shown: see above

    return LearnPage(state, parent)


def _timers(state: AppState, parent: QWidget | None) -> QWidget:
    from companion.ui.timers.page import TimersPage  # when first shown: see above

    return TimersPage(state, parent)


def _journal(state: AppState, parent: QWidget | None) -> QWidget:
    from companion.ui.journal.page import JournalPage  # when first shown: see above

    return JournalPage(state, parent)


def _settings(state: AppState, parent: QWidget | None) -> QWidget:
    from companion.ui.settings.page import SettingsPage  # when first shown: see above

    return SettingsPage(state, parent)


# Each page's builder, by name: (state, parent) -> widget.
PAGE_BUILDERS: dict[str, Callable[[AppState, QWidget | None], QWidget]] = {
    "home": HomePage,
    "check": _check,
    "learn": _learn,
    "timers": _timers,
    "journal": _journal,
    "settings": _settings,
}
assert tuple(PAGE_BUILDERS) == PAGES, "every page has a builder, in the list's order"


def build_page(
    name: str, state: AppState, follow: Callable[[str], None], stack: QStackedWidget
) -> QWidget:
    """Build the page called `name` inside `stack`, the stack that shows it, and add it.

    Made in its place, a page takes on the window's style once; made on its own and
    moved in, all of it is styled again (Home: 22 million instructions at start-up).
    If the page has a `page_requested(str)` signal, `follow` gets each page it asks for,
    so pages can link to each other without knowing the window that shows them.
    """
    try:
        widget = PAGE_BUILDERS[name](state, stack)
    except (ContentError, InvalidContentError) as problem:
        # A hand-edited or damaged content file: the page says so and names the file and
        # key, instead of the app closing with a traceback; the other pages still work.
        _drop_half_built(stack)
        widget = broken_page(problem, stack)
    requested = getattr(widget, "page_requested", None)
    if requested is not None:
        requested.connect(follow)
    stack.addWidget(widget)
    return widget


def _drop_half_built(stack: QStackedWidget) -> None:
    """A page that failed in its constructor may have left its widget as a child of the
    stack without being added to it: removed, so it cannot show on top of a page."""
    for child in stack.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if stack.indexOf(child) == -1:
            child.hide()
            child.deleteLater()


def broken_page(problem: Exception, parent: QWidget | None) -> QWidget:
    """A page whose content files cannot be read: what happened, and which file and key."""
    from companion.ui.shared.page_layout import PageScaffold, card, label  # rarely needed

    page = PageScaffold(
        QCoreApplication.translate("Pages", "This page cannot open"),
        QCoreApplication.translate(
            "Pages", "Its content files have problems. Please reinstall the app."
        ),
        parent,
    )
    box, layout = card("warning")
    layout.addWidget(label(str(problem)))
    page.column.addWidget(box)
    page.column.addStretch(1)
    return page
