"""Rows that stay whole in a narrow window at large text: a button whose words break onto
more lines instead of widening the page, and controls of one width that go onto a second
row (the pain scale's 0 to 10, Home's three cards) instead of shrinking below their size."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QStyle, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.page_layout import button, button_row
from companion.ui.shared.rows import EvenRows, columns_that_fit
from companion.ui.shared.word_break import LABEL_GAP_PX, FittingButton, SwitchButton

WORDS = "Learn about nerve and muscle pain"


def shown_lines(widget: FittingButton) -> list[str]:
    return QPushButton.text(widget).split("\n")  # what the button paints


def host_with(qtbot: QtBot, *buttons: QPushButton) -> QWidget:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    column.addLayout(button_row(*buttons))
    column.addStretch(1)
    host.show()
    qtbot.waitExposed(host)
    return host


def settle(host: QWidget, width: int) -> None:
    host.resize(width, 400)
    for _ in range(3):
        QApplication.processEvents()


def test_a_button_too_wide_for_its_row_breaks_its_words_and_grows_taller(qtbot: QtBot) -> None:
    fitting = button(WORDS)
    assert isinstance(fitting, FittingButton)
    host = host_with(qtbot, fitting)
    settle(host, fitting.sizeHint().width() + 100)
    one_line = fitting.height()
    assert shown_lines(fitting) == [WORDS]

    settle(host, fitting.sizeHint().width() * 2 // 3)
    assert fitting.width() <= host.width()
    lines = shown_lines(fitting)
    assert len(lines) == 2 and " ".join(lines) == WORDS
    # Even lines, no lone last word: "Learn about nerve / and muscle pain".
    assert min(len(line.split()) for line in lines) >= 2
    assert fitting.height() > one_line + fitting.fontMetrics().lineSpacing() // 2
    # A screen reader, and any code that asks, still get the words whole.
    assert fitting.text() == WORDS
    assert fitting.accessibleName() == WORDS

    settle(host, fitting.sizeHint().width() + 100)
    assert shown_lines(fitting) == [WORDS]
    assert fitting.height() == one_line


def test_with_room_it_is_the_size_of_a_plain_button(qtbot: QtBot) -> None:
    # Where it fits, nothing about it looks different from every other button.
    fitting, plain = button(WORDS), QPushButton(WORDS)
    host = host_with(qtbot, fitting, plain)
    settle(host, fitting.sizeHint().width() + plain.sizeHint().width() + 100)
    assert fitting.sizeHint() == plain.sizeHint()
    assert fitting.size() == plain.size()


def test_a_choice_drawn_as_a_button_is_sized_as_before_and_breaks_its_words_too(
    qtbot: QtBot,
) -> None:
    choice, radio = SwitchButton(WORDS), QRadioButton(WORDS)
    for widget in (choice, radio):
        qtbot.addWidget(widget)
    # A radio button's size, and the gap its style draws the words behind.
    assert choice.sizeHint() == radio.sizeHint() + QSize(LABEL_GAP_PX, 0)
    choice.show()
    narrow = choice.sizeHint().width() * 2 // 3
    choice.resize(narrow, choice.heightForWidth(narrow))
    assert QRadioButton.text(choice).count("\n") == 1 and choice.text() == WORDS
    assert choice.height() > radio.sizeHint().height()


def test_a_line_break_in_the_words_stays_and_each_line_breaks_on_its_own(
    qtbot: QtBot,
) -> None:
    # A timer's tab: its name, and under it the time. Broken for a narrow width, the
    # time went up beside a word of the name ("Walking / check 12:34").
    choice = SwitchButton("Walking check\n12:34")
    qtbot.addWidget(choice)
    assert choice.sizeHint().width() == SwitchButton("Walking check").sizeHint().width()
    choice.show()
    # Room for "Walking" or for "check 12:34", not for "Walking check".
    narrow = choice.minimumSizeHint().width() + choice.fontMetrics().horizontalAdvance(" 12:34")
    for width, lines in (
        (choice.sizeHint().width(), ["Walking check", "12:34"]),
        (narrow, ["Walking", "check", "12:34"]),
    ):
        choice.resize(width, choice.heightForWidth(width))
        assert QRadioButton.text(choice).split("\n") == lines
        spacing = choice.fontMetrics().lineSpacing()
        assert choice.height() >= spacing * len(lines)  # every line has room
    assert choice.text() == "Walking check\n12:34"


def test_a_new_icon_size_is_a_new_size(qtbot: QtBot) -> None:
    # The page list grows its icons with the text: the size worked out before must go.
    choice, radio = SwitchButton(WORDS), QRadioButton(WORDS)
    for widget in (choice, radio):
        qtbot.addWidget(widget)
        widget.setIcon(widget.style().standardIcon(QStyle.StandardPixmap.SP_DialogOkButton))
    assert choice.sizeHint() == radio.sizeHint() + QSize(LABEL_GAP_PX, 0)
    for widget in (choice, radio):
        widget.setIconSize(QSize(48, 48))
    assert choice.sizeHint() == radio.sizeHint() + QSize(LABEL_GAP_PX, 0)
    assert choice.sizeHint().height() >= 48


def test_new_words_are_broken_for_the_width_it_has(qtbot: QtBot) -> None:
    fitting = button("Yes")
    host = host_with(qtbot, fitting)
    settle(host, button(WORDS).sizeHint().width() * 2 // 3)
    fitting.setText(WORDS)
    for _ in range(3):
        QApplication.processEvents()
    assert fitting.text() == WORDS
    assert len(shown_lines(fitting)) > 1
    assert fitting.width() <= host.width()


word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéß", min_size=1, max_size=14)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(word, min_size=1, max_size=9), share=st.floats(0.0, 1.0))
def test_every_line_fits_and_no_word_is_lost(qtbot: QtBot, words: list[str], share: float) -> None:
    fitting = FittingButton(" ".join(words))
    qtbot.addWidget(fitting)
    narrowest = fitting.minimumSizeHint().width()
    width = narrowest + int(share * (fitting.sizeHint().width() - narrowest))
    lines = fitting._broken(width).split("\n")
    assert " ".join(lines).split() == words
    room = width - fitting._padding()
    advance = fitting.fontMetrics().horizontalAdvance
    assert all(advance(line) <= room for line in lines)
    assert fitting.heightForWidth(width) >= fitting.sizeHint().height()


def scale_row(qtbot: QtBot) -> tuple[QWidget, EvenRows, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    row = EvenRows(host, spacing=4)
    numbers = [QPushButton(str(number)) for number in range(11)]
    for widget in numbers:
        widget.setMinimumWidth(44)
        row.addWidget(widget)
    host.show()
    return host, row, numbers


def test_eleven_numbers_share_one_row_when_it_is_wide_enough(qtbot: QtBot) -> None:
    host, _row, numbers = scale_row(qtbot)
    settle(host, 11 * 60)
    assert len({widget.y() for widget in numbers}) == 1
    widths = {widget.width() for widget in numbers}
    assert max(widths) - min(widths) <= 1  # one width, to the pixel
    assert numbers[-1].geometry().right() <= host.width()


def test_too_narrow_for_one_row_they_go_six_and_five_never_squeezed(qtbot: QtBot) -> None:
    host, _row, numbers = scale_row(qtbot)
    settle(host, 11 * 44)  # 40 px short of eleven in a row, with the gaps
    rows = sorted({widget.y() for widget in numbers})
    assert len(rows) == 2
    assert [widget for widget in numbers if widget.y() == rows[0]] == numbers[:6]
    assert all(widget.width() >= 44 for widget in numbers)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(count=st.integers(1, 14), least=st.integers(20, 120), width=st.integers(0, 1400))
def test_cells_never_overlap_nor_fall_below_their_minimum(
    qtbot: QtBot, count: int, least: int, width: int
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = EvenRows(host, spacing=8)
    cells = [QPushButton(str(n)) for n in range(count)]
    for widget in cells:
        widget.setMinimumWidth(least)
        row.addWidget(widget)
    width = max(width, row.minimumSize().width())
    row.setGeometry(QRect(0, 0, width, row.heightForWidth(width)))
    boxes = [widget.geometry() for widget in cells]
    assert all(box.width() >= least and box.right() < width for box in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert max(box.bottom() for box in boxes) < row.heightForWidth(width)
    per_row = [sum(1 for box in boxes if box.y() == y) for y in sorted({b.y() for b in boxes})]
    assert per_row == sorted(per_row, reverse=True)  # the short row, if any, comes last


@given(
    width=st.integers(min_value=0, max_value=4000),
    widest=st.integers(min_value=0, max_value=1000),
    gap=st.integers(min_value=0, max_value=40),
    most=st.integers(min_value=1, max_value=6),
)
@example(width=0, widest=0, gap=0, most=2)  # nothing to make room for
def test_a_grid_takes_as_many_columns_as_fit_its_widest_choice(
    width: int, widest: int, gap: int, most: int
) -> None:
    """Tick boxes, Learn's tiles, the check's list of places: every column holds the
    widest one whole, unless even one column cannot (then one column, never none)."""
    columns = columns_that_fit(width, widest, gap, most)
    assert 1 <= columns <= most

    def fits(n: int) -> bool:
        return n * widest + (n - 1) * gap <= width

    assert columns == 1 or fits(columns)
    assert columns == most or not fits(columns + 1)
