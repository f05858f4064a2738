"""The check's drawings exist, follow the style, and have every pickable region."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from companion.core.check.load import load_triage
from companion.core.check.model import BODY_REGION
from companion.core.shared.resources import asset_path
from companion.ui.shared.illustration import illustration_svg

CONTENT = load_triage()
STEPS = [step for test in CONTENT.selftests.values() for step in test.steps]


def test_every_body_region_can_be_picked_on_the_drawing() -> None:
    question = next(q for q in CONTENT.questions if q.kind == BODY_REGION)
    renderer = QSvgRenderer(QByteArray(illustration_svg("body_back", False)))
    for option in question.options:
        assert renderer.elementExists(f"region_{option.value}"), option.value
    text = asset_path("illustrations/body_back.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 400 800"' in text
    drawn = set(re.findall(r'id="region_(\w+)"', text))
    assert drawn == set(question.values())


@pytest.mark.parametrize("step", STEPS, ids=[s.drawing for s in STEPS])
def test_every_self_check_step_has_its_own_drawing(step: object) -> None:
    drawing = step.drawing  # type: ignore[attr-defined]
    assert re.fullmatch(r"selftest_[a-z_]+_\d", drawing)
    text = asset_path(f"illustrations/{drawing}.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 400 300"' in text
    assert "<title>" in text
    for size in re.findall(r'font-size="(\d+)"', text):
        assert int(size) >= 16
    assert QSvgRenderer(QByteArray(illustration_svg(drawing, True))).isValid()


def test_each_check_has_one_drawing_per_step() -> None:
    drawings = [s.drawing for s in STEPS]
    assert len(drawings) == len(set(drawings))
    assert {d.rsplit("_", 1)[0] for d in drawings} == {
        "selftest_slump",
        "selftest_position",
        "selftest_heel_press",
        "selftest_walking",
    }
