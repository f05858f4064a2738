"""Fixtures shared by the core tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from companion.core.learn.cards import LearnContent, load_learn
from companion.core.shared.get_help import GetHelp, load_get_help
from companion.core.shared.resources import resource_dir
from companion.core.shared.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.content_edits import copy_content


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A copy of the bundled content, to break on purpose."""
    return copy_content(tmp_path)


@pytest.fixture(scope="module")
def learn() -> LearnContent:
    """Learn's bundled English content, read once per test module."""
    return load_learn(resource_dir("content") / "en")


@pytest.fixture(scope="module")
def shared() -> GetHelp:
    """The app's shared words about getting help, read once per test module."""
    return load_get_help()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def open_store(data_dir: Path, clock: FakeClock) -> Callable[..., Store]:
    """Opens the data store in `data_dir` on the hand-moved clock, as often as asked."""

    def open_it(**kwargs: Any) -> Store:
        return Store.open(data_dir, now=clock, **kwargs)

    return open_it
