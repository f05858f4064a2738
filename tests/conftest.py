"""Test setup shared by every test: Qt runs offscreen, set once here."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
