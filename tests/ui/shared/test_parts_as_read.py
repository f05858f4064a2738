"""Tab walks a widget that places its parts itself line by line (`parts_as_read`): with
a part of no height yet, the walk never ended and the app hung on Tab (the number
fields' message, just shown and not yet laid out, after a number out of range)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QWidget

from companion.ui.shared.rows import parts_as_read

PLACES = st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 300), st.integers(0, 60), st.integers(0, 60)),
    max_size=8,
)


@given(PLACES)
def test_every_shown_part_is_read_once_whatever_its_size(
    qapp: QApplication, places: list[tuple[int, int, int, int]]
) -> None:
    holder = QWidget()
    parts = []
    for x, y, width, height in places:
        part = QWidget(holder)
        part.setGeometry(x, y, width, height)  # a height of 0: not laid out yet
        parts.append(part)
    hidden = QWidget(holder)
    hidden.hide()
    read = parts_as_read(holder)
    assert sorted(map(id, read)) == sorted(map(id, parts))  # each once, the hidden one not
    holder.deleteLater()


def test_a_part_of_no_height_is_read_in_its_place(qapp: QApplication) -> None:
    holder = QWidget()
    box, message, after = QWidget(holder), QWidget(holder), QWidget(holder)
    box.setGeometry(0, 0, 100, 40)
    message.setGeometry(0, 50, 200, 0)  # just shown, not laid out yet
    after.setGeometry(0, 60, 100, 40)
    assert parts_as_read(holder) == [box, message, after]
