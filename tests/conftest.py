"""Test setup shared by every test: Qt runs offscreen, set once here; property tests
have no time limit per example."""

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A property test asserts what the code does, never how fast: with hypothesis's default
# limit (200 ms an example), one example slowed by a busy two-core machine fails a run
# whose code is right. Speed is measured by the benchmarks in tests/bench instead.
settings.register_profile("companion", deadline=None)
settings.load_profile("companion")


@pytest.fixture(scope="session")
def big_logos(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A print-quality logo of 9000 x 9000 pixels as a PNG (259 KB, as a clinic's was)
    and as a JPEG, made once: saving them takes a few seconds."""
    from PySide6.QtGui import QColor, QImage  # here: the core's tests run without Qt

    folder = tmp_path_factory.mktemp("big-logos")
    image = QImage(9000, 9000, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b6b73"))
    logos = {"png": folder / "logo.png", "jpg": folder / "logo.jpg"}
    for path in logos.values():
        assert image.save(str(path))
    return logos
