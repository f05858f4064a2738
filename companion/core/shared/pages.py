"""The app's pages by name: the one list the command line, Learn's links, the kiosk's
config and the window all read."""

from __future__ import annotations

PAGES = ("home", "check", "learn", "timers", "journal", "settings")
# A kiosk shows its own welcome and these pages; nothing there keeps data.
KIOSK_PAGES = ("welcome", "check", "learn", "timers")
# Where a way from another page (a Learn card's "Start a heat timer", the check's
# "Heat and break timers") may lead on a kiosk: the timers are only explained there,
# never run, so a button that promises one would not keep its word. Their page is still
# one tab away, under its own name.
KIOSK_LINK_PAGES = tuple(page for page in KIOSK_PAGES if page != "timers")
