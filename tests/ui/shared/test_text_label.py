"""A wrapping label that remembers its height for each width: after any change a person
could see (new words, another font or text size, a theme role, margins, wrapping) it is
exactly as tall as a plain Qt label with the same settings, at every width."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMargins, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.page_layout import StatusLabel, label
from companion.ui.shared.text_label import TextLabel

WORDS = st.text(alphabet="ab cdefghij klmnopq rstuvwxyz ÁÉñ·“”\nالألم痛", max_size=160)
LONG = "Pain 6 out of 10 (worst 8) · Lower thigh and back of knee (Left) · Heat, breaks"
CHANGES = st.one_of(
    st.tuples(st.just("text"), WORDS),
    st.tuples(st.just("font"), st.integers(min_value=6, max_value=30)),
    st.tuples(st.just("role"), st.sampled_from(["", "big", "small"])),
    st.tuples(st.just("wrap"), st.booleans()),
    st.tuples(st.just("indent"), st.integers(min_value=-1, max_value=40)),
    st.tuples(st.just("margin"), st.integers(min_value=0, max_value=20)),
    st.tuples(st.just("margins"), st.integers(min_value=0, max_value=30)),
    st.tuples(st.just("minimum width"), st.integers(min_value=0, max_value=300)),
    st.tuples(st.just("align"), st.sampled_from(["left", "right", "center"])),
    st.tuples(st.just("format"), st.sampled_from(["plain", "rich"])),
    st.tuples(st.just("selectable"), st.booleans()),
)
ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignCenter,
}


def change(widget: QLabel, what: str, value: object) -> None:
    if what == "text":
        widget.setText(str(value))
    elif what == "font":
        font = widget.font()
        font.setPointSize(int(str(value)))
        widget.setFont(font)
    elif what == "role":  # as the theme restyles a widget given another role
        widget.setProperty("role", value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    elif what == "wrap":
        widget.setWordWrap(bool(value))
    elif what == "indent":
        widget.setIndent(int(str(value)))
    elif what == "margin":
        widget.setMargin(int(str(value)))
    elif what == "margins":
        side = int(str(value))
        widget.setContentsMargins(QMargins(side, side // 2, side, side // 3))
    elif what == "minimum width":
        widget.setMinimumWidth(int(str(value)))
    elif what == "align":
        widget.setAlignment(ALIGN[str(value)])
    elif what == "format":
        widget.setTextFormat(
            Qt.TextFormat.PlainText if value == "plain" else Qt.TextFormat.RichText
        )
    else:
        widget.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            if value
            else Qt.TextInteractionFlag.NoTextInteraction
        )


# Each example makes its own widgets; qtbot only closes them at the end.
# Besides the random ones, each change on its own, where it changes the height.
@example(first=LONG, changes=[("text", LONG + " · “Better after a walk.”")], widths=[90, 300])
@example(first=LONG, changes=[("font", 18)], widths=[90, 300])
@example(first=LONG, changes=[("role", "big")], widths=[90, 300])
@example(first=LONG, changes=[("wrap", False), ("wrap", True)], widths=[90, 300])
@example(first=LONG, changes=[("indent", 30)], widths=[90, 300])
@example(first=LONG, changes=[("margin", 12)], widths=[90, 300])
@example(first=LONG, changes=[("margins", 25)], widths=[90, 300])
@example(first=LONG, changes=[("minimum width", 250)], widths=[90, 300])
@example(first=LONG, changes=[("indent", 30), ("align", "center")], widths=[90, 300])
@example(first="<b>" + LONG + "</b>", changes=[("format", "rich")], widths=[90, 300])
@example(
    first="<p>" + LONG + "</p><p>Second paragraph</p>",
    changes=[("format", "rich"), ("selectable", False)],
    widths=[90, 300],
)
@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=WORDS,
    changes=st.lists(CHANGES, max_size=10),
    # As many widths as a label remembers: a layout pass asks about one or two.
    widths=st.lists(st.integers(min_value=1, max_value=800), min_size=1, max_size=3),
)
def test_its_height_follows_every_change(
    qtbot: QtBot, first: str, changes: list[tuple[str, object]], widths: list[int]
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(
        'QLabel[role="big"] { font-size: 22pt; } QLabel[role="small"] { font-size: 7pt; }'
    )
    column = QVBoxLayout(host)
    ours, plain = label(first), QLabel(first)
    for widget in (ours, plain):
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(widget)
        # Styled as shown, but never laid out: only the widths asked here are remembered.
        widget.ensurePolished()
    for what, value in [("text", first), *changes]:
        for widget in (ours, plain):
            change(widget, what, value)
        for width in widths:  # asked twice, as a layout pass asks
            assert ours.heightForWidth(width) == plain.heightForWidth(width)
            assert ours.heightForWidth(width) == plain.heightForWidth(width)


def test_a_status_message_takes_room_only_while_there_is_one(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    status = StatusLabel()
    column.addWidget(status)
    host.show()
    assert isinstance(status, TextLabel) and not status.isVisible()
    status.setText("The file could not be read. " * 6)
    long = status.heightForWidth(200)
    assert status.isVisible() and long > 0
    status.setText("Saved.")
    assert 0 < status.heightForWidth(200) < long
    status.setText("")
    assert not status.isVisible()
