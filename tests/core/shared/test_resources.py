"""Where the app finds its bundled files."""

from __future__ import annotations

from companion.core.shared.resources import asset_path


def test_an_asset_s_path_is_the_bundled_file() -> None:
    path = asset_path("illustrations/anatomy_nerve.svg")
    assert path.is_file()
    assert path.parts[-2:] == ("illustrations", "anatomy_nerve.svg")


def test_a_drawing_s_path_is_made_once_for_the_life_of_the_app() -> None:
    # Python interns the parts of every path it builds. A kiosk that built the path of
    # each Learn drawing anew for every visitor left 67 dead names a visitor in the
    # interpreter's table of interned names, which grew by 1-2 MB now and then in a
    # 5,000-visitor run. Kept once made, the same names are reused.
    first = asset_path("illustrations/anatomy_nerve.svg")
    assert asset_path("illustrations/anatomy_nerve.svg") is first
