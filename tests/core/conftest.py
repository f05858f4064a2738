"""Fixtures shared by the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.learn.cards import LearnContent, load_learn
from companion.core.shared.resources import resource_dir
from tests.helpers.content_edits import copy_content


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A copy of the bundled content, to break on purpose."""
    return copy_content(tmp_path)


@pytest.fixture(scope="module")
def learn() -> LearnContent:
    """Learn's bundled English content, read once per test module."""
    return load_learn(resource_dir("content") / "en")
