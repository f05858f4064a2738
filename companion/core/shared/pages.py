"""The app's pages by name: the one list the command line, Learn's links, the kiosk's
config and the window all read."""

from __future__ import annotations

PAGES = ("home", "check", "learn", "timers", "journal", "settings")
# A kiosk shows its own welcome and these pages; nothing there keeps data.
KIOSK_PAGES = ("welcome", "check", "learn", "timers")
