"""The clinic's name and logo at the top left, as kiosk.toml gives them."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.kiosk.clinic_badge import clinic_logo
from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import settle
from tests.helpers.kiosk_pages import welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click

LONG_NAME = (
    "Saint Bartholomew Regional Musculoskeletal and Sports Injury Outpatient Clinic "
    "of the Northern Valleys, Physiotherapy, Osteopathy and Pain Management Services "
    "for Adults, Children and Older People"
)[:200]
ONE_WORD = "A" + "b" * 79
TWO_LINES = "Riverside Physiotherapy and Sports Injury Clinic"  # as wide as a name may be
WHOLE_IN_TWO_LINES = f"{TWO_LINES} of the Northern Valleys"  # above the pages, at 800 px


def bar_height(make_kiosk: MakeKiosk, name: str) -> int:
    window = make_kiosk(clinic_name=name).window
    QApplication.processEvents()
    return window.bar.height()


@pytest.mark.parametrize(
    ("name", "shortened"),
    [
        (LONG_NAME, True),
        (ONE_WORD, True),
        ("مستشفى الشفاء للعلاج الطبيعي في المدينة المنورة الكبرى للجميع", False),
    ],
    ids=["200 characters", "one word of 80 letters", "right to left"],
)
def test_a_long_clinic_name_is_shown_in_two_lines_that_fit(
    make_kiosk: MakeKiosk, name: str, shortened: bool
) -> None:
    # A label breaks only between words: a 200-character name made the bar 209 px of a
    # 600 px screen (nine lines), and an 80-letter word was cut off mid-letter at 260 px.
    window = make_kiosk(clinic_name=name).window
    QApplication.processEvents()
    shown = window.badge.name
    lines = shown.text().split("\n")
    assert len(lines) <= 2
    metrics = shown.fontMetrics()
    for line in lines:
        assert metrics.horizontalAdvance(line) <= shown.width(), (line, shown.width())
    # Shortened, and seen to be, only when the bar has no room for it whole; then a
    # pointer resting on it shows it whole.
    assert lines[-1].endswith("…") is shortened
    assert shown.toolTip() == (name if shortened else "")
    assert shown.accessibleName() == name == window.badge.accessibleName()  # heard whole
    # The page keeps its room: the bar is no taller than for a name whole in two lines
    # (with the pages in a row of their own, a short name leaves it shorter still).
    assert window.bar.height() <= bar_height(make_kiosk, WHOLE_IN_TWO_LINES)


def test_a_short_name_is_shown_as_written(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(clinic_name="Riverside Clinic").window
    assert window.badge.name.text() == "Riverside Clinic"


def cut_words(lines: list[str], name: str) -> list[str]:
    """The words shown in `lines` that are not words of `name`: a word broken across
    two lines. A word shortened with "…" is not cut: it is seen to be shortened."""
    words = name.split()
    return [
        shown
        for line in lines
        for shown in line.split()
        if shown not in words
        and not (shown.endswith("…") and any(w.startswith(shown[:-1]) for w in words))
    ]


@pytest.mark.usefixtures("own_temp_folder")
@pytest.mark.parametrize("name", ["Riverside Clinic", TWO_LINES])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_name_breaks_only_between_words(
    qapp: QApplication, make_kiosk: MakeKiosk, language: str, name: str
) -> None:
    # At 1024x600 and the largest text in Spanish the bar left the name 228 px, and its
    # lines were made as even as they could be with a break allowed inside a word:
    # "Riversid" above "e Clinic". At 800x600 it was so in English at every text size.
    assert install_translators(qapp, language)
    speak = lambda code: install_translators(qapp, code)  # noqa: E731
    found = []
    try:
        for size, scale in itertools.product([(1024, 600), (800, 600)], [100, 175]):
            window = make_kiosk(
                clinic_name=name, text_scale=scale, speak=speak, language=language
            ).window
            window.setGeometry(QRect(QPoint(0, 0), QSize(*size)))
            settle()
            shown = window.badge.name
            lines = shown.text().split("\n")
            where = f"{size[0]}x{size[1]} at {scale}%: {lines}"
            if cut := cut_words(lines, name):
                found.append(f"{where} cuts {cut}")
            metrics = shown.fontMetrics()
            if any(metrics.horizontalAdvance(line) > shown.width() for line in lines):
                found.append(f"{where} wider than its {shown.width()} px")
            if " ".join(lines) != name and shown.toolTip() != name:
                found.append(f"{where} shortened, and not shown whole on pointing")
            assert shown.accessibleName() == name  # heard whole
            window.close()
    finally:
        install_translators(qapp, "en")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", [ONE_WORD, LONG_NAME], ids=["one long word", "200 characters"])
def test_the_welcome_says_the_whole_name_on_the_screen(make_kiosk: MakeKiosk, name: str) -> None:
    # "Welcome to" and one 80-letter word: the title's label kept the word whole, 1,032 px
    # wide, so the page below was cut at the screen's right edge after about 44 letters.
    window = make_kiosk(clinic_name=name).window
    page = welcome(window)
    QApplication.processEvents()
    title = page.title_label
    assert name in title.text()
    right = title.mapTo(page.viewport(), QPoint(title.width(), 0)).x()
    assert right <= page.viewport().width()
    assert title.height() >= title.heightForWidth(title.width())  # every line shows
    intro = page.intro_label
    assert intro.mapTo(page.viewport(), QPoint(intro.width(), 0)).x() <= page.viewport().width()


def test_the_logo_is_read_once_not_at_each_language_or_reset(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    # The bar is built again for each language and for the reset after it, and each
    # build read the logo file again: with an 8000x8000 logo, tapping "Español" took
    # 0.98 s instead of 0.03 s, and the reset after that person as long again. A logo
    # that could no longer be read (a share gone, a file being replaced) vanished.
    logo = tmp_path / "logo.png"
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b6b73"))
    assert image.save(str(logo))
    window = make_kiosk(logo=logo).window
    assert window.badge.logo.isVisible()
    logo.unlink()
    click(qtbot, welcome(window).languages.switch.buttons["es"])
    assert window.language() == "es"
    assert window.badge.logo.isVisible() and window.badge.logo.pixmap().size().height() == 48
    click(qtbot, window.finish_button)
    assert window.language() == "en"
    assert window.badge.logo.isVisible() and window.badge.logo.pixmap().size().height() == 48


def greys_across(pixmap: QPixmap) -> int:
    """Pixels neither black nor white along the logo's middle row."""
    image = pixmap.toImage()
    row = [QColor(image.pixel(x, image.height() // 2)).lightness() for x in range(image.width())]
    return sum(1 for value in row if 0 < value < 255)


def test_an_svg_logo_is_drawn_sharp_at_the_size_shown(
    make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    # A 20x10 SVG (black left half, white right half) was read at 20x10 and stretched
    # to 96x48: its one edge became four grey pixels wide, and eight on a screen with
    # two pixels to one.
    logo = tmp_path / "logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
        '<rect width="10" height="10" fill="#000"/>'
        '<rect x="10" width="10" height="10" fill="#fff"/></svg>'
    )
    window = make_kiosk(logo=logo).window  # at the kiosk's text scale
    shown = window.badge.logo.pixmap()
    assert shown.deviceIndependentSize() == QSizeF(96, 48)  # as wide as the bar allows
    assert greys_across(shown) == 0
    sharp = clinic_logo(window.config, 2.0)  # for a screen with two pixels to one
    assert sharp is not None
    assert sharp.size() == QSize(192, 96)
    assert sharp.deviceIndependentSize() == QSizeF(96, 48)
    assert greys_across(sharp) == 0


def test_a_name_too_long_for_two_lines_is_shortened_after_a_whole_word(
    make_kiosk: MakeKiosk,
) -> None:
    """Before, the second line was cut wherever the room ran out ("... Sports Inj…");
    now it ends after its last whole word, then "…"."""
    window = make_kiosk(clinic_name=LONG_NAME).window
    QApplication.processEvents()
    lines = window.badge.name.text().split("\n")
    assert lines[-1].endswith("…")
    words = LONG_NAME.replace(",", "").split()
    assert all(word.rstrip(",") in words for word in " ".join(lines).rstrip("…").split())
