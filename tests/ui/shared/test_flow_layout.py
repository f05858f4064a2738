"""A row of buttons that carries on below when the width runs out: its height for a width
and its least size are kept between layout passes, yet always follow the buttons shown,
their words, and buttons added or taken away."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.rows import FlowLayout

WORDS = ["Yes", "No, thanks", "Show every entry in the journal", "Undo", "Export to a file"]
steps = st.lists(
    st.tuples(
        st.sampled_from(["hide", "show", "words", "add", "take"]),
        st.integers(min_value=0, max_value=9),
        st.sampled_from(WORDS),
    ),
    max_size=12,
)


# Each example makes its own widgets; qtbot only closes them at the end.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=steps, width=st.integers(min_value=60, max_value=700))
def test_the_height_for_a_width_follows_every_change(
    qtbot: QtBot, steps: list[tuple[str, int, str]], width: int
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    buttons = [QPushButton(text) for text in WORDS[:3]]
    for widget in buttons:
        row.addWidget(widget)
    host.show()
    for action, index, text in steps:
        row.heightForWidth(width)  # asked before each change, as a layout pass would
        if action == "add":
            buttons.append(QPushButton(text))
            row.addWidget(buttons[-1])
        elif not buttons:
            continue
        elif action == "take":
            if row.count() == 0:  # every item was taken already
                continue
            item = row.takeAt(index % row.count())
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
        else:
            widget = buttons[index % len(buttons)]
            if action == "hide":
                widget.hide()
            elif action == "show":
                widget.show()
            else:
                widget.setText(text)
        assert row.heightForWidth(width) == row._arrange(QRect(0, 0, width, 0), move=False)
        least = QSize()  # the least size too: as wide as the widest control shown
        for widget in buttons:
            if row.indexOf(widget) >= 0 and not widget.isHidden():
                least = least.expandedTo(widget.minimumSizeHint())
        assert row.minimumSize().width() == least.width()
