"""The files that make the app a citizen of a Linux desktop (menu entry, AppStream, the
package's changelog and maintainer, the help), checked with the distribution's own
validators. These run in every test run; the full build is tests/test_packaging.py."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from companion.cli.options import _parser
from companion.core.shared.language import shipped_languages
from companion.ui.shell.application import APP_ID, DESKTOP_ID, make_application
from tests.helpers.build_script import load_build_module

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


build_app_bundle = load_build_module("build_app_bundle")
build_deb_package = load_build_module("build_deb_package")
build_desktop_files = load_build_module("build_desktop_files")
build_shared = load_build_module("build_shared")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / build_shared.DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ElementTree.Element:
    return ElementTree.parse(LINUX / f"{build_shared.METAINFO_ID}.metainfo.xml").getroot()


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    tool = command[0]
    package = build_desktop_files.VALIDATORS[tool]
    assert shutil.which(tool), f"{tool} is missing (package {package}: install.sh --test)"
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_the_menu_entry_is_named_after_the_appstream_id_and_matches_the_window(
    qapp: QApplication,
) -> None:
    assert (
        build_shared.DESKTOP_FILE
        == f"{build_shared.METAINFO_ID}.desktop"
        == f"{DESKTOP_ID}.desktop"
    )
    entry = desktop_entry()
    app = make_application()
    # Wayland finds the entry by the app's desktop file name; X11 by the window's class,
    # which Qt takes from the application name.
    assert app.desktopFileName() == DESKTOP_ID
    assert app.applicationName() == APP_ID == entry["StartupWMClass"]
    assert entry["Exec"].split()[0] == build_shared.NAME
    launchable = metainfo().find("launchable")
    assert launchable is not None and launchable.text == build_shared.DESKTOP_FILE


def test_the_menu_entry_speaks_every_language_the_app_ships() -> None:
    """A Spanish desktop showed the menu entry's words in English only, and its search
    found nothing for "ciática" or "muslo"."""
    entry = desktop_entry()
    for code in shipped_languages():
        if code == "en":
            continue
        for key in ("GenericName", "Comment", "Keywords"):
            assert entry.get(f"{key}[{code}]", "").strip(), f"{key}[{code}] is missing"
        english, own = entry["Keywords"].split(";"), entry[f"Keywords[{code}]"].split(";")
        assert len(own) == len(english), f"Keywords[{code}] has not one word per English one"
    assert "ciática" in entry["Keywords[es]"].split(";")


def test_the_distributions_validators_accept_the_menu_entry_and_metainfo() -> None:
    desktop = run_validator("desktop-file-validate", str(LINUX / build_shared.DESKTOP_FILE))
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    appstream = run_validator(
        "appstreamcli",
        "validate",
        "--no-net",
        "--pedantic",
        str(LINUX / f"{build_shared.METAINFO_ID}.metainfo.xml"),
    )
    assert appstream.returncode == 0, appstream.stdout
    assert "E:" not in appstream.stdout and "W:" not in appstream.stdout, appstream.stdout


def test_the_build_stops_when_a_validator_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        build_shared, "which", lambda tool: None if tool == "desktop-file-validate" else "/bin/true"
    )
    with pytest.raises(build_shared.BuildError, match="desktop-file-utils"):
        build_desktop_files.validate_linux_files(build_shared.project_version())


def test_the_metainfo_lists_the_screenshots_the_project_ships() -> None:
    shots = metainfo().findall("screenshots/screenshot")
    assert len(shots) >= 3
    assert sum(shot.get("type") == "default" for shot in shots) == 1
    for shot in shots:
        caption = shot.find("caption")
        assert caption is not None and caption.text
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith("https://")
        picture = QImage(str(ROOT / "docs" / "screenshots" / Path(image.text).name))
        assert not picture.isNull(), f"{image.text} is not in docs/screenshots"
        assert (picture.width(), picture.height()) == (
            int(image.get("width", 0)),
            int(image.get("height", 0)),
        )


def test_the_changelog_comes_from_the_releases_and_names_the_maintainer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DEBFULLNAME", raising=False)
    monkeypatch.delenv("DEBEMAIL", raising=False)
    who = build_shared.maintainer()
    assert "@" in who and "localhost" not in who
    version = build_shared.project_version()
    changelog = build_deb_package.debian_changelog(version, who)
    first = changelog.splitlines()[0]
    assert first == f"{build_shared.NAME} ({version}) unstable; urgency=medium"
    assert f" -- {who}  " in changelog
    monkeypatch.setenv("DEBFULLNAME", "A Packager")
    monkeypatch.setenv("DEBEMAIL", "packager@example.org")
    assert build_shared.maintainer() == "A Packager <packager@example.org>"
    with pytest.raises(build_shared.BuildError, match="newest release"):
        build_deb_package.debian_changelog("99.0.0", who)


@pytest.mark.parametrize(
    ("inside", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_pt_BR.qm", False),
        ("content/en/welcome.md", True),
    ],
)
def test_the_bundle_keeps_only_what_a_desktop_app_in_english_uses(inside: str, kept: bool) -> None:
    assert build_app_bundle.bundle_keeps(inside, ["en"]) is kept


def test_the_help_names_the_installed_kiosk_guide_when_packaged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source_help = _parser().format_help()
    assert str(ROOT / "packaging" / "kiosk.md") in source_help  # a checkout: its own copy
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    packaged = _parser().format_help()
    assert f"{build_shared.DOC_DIR}/kiosk.md" in packaged
    assert "packaging/" not in packaged
    assert packaged.startswith("Usage: ")  # help2man makes SYNOPSIS from it


def test_the_bundle_ships_the_apps_own_translations_for_every_shipped_language() -> None:
    """The .qm files the spec collects (built from the .ts by build.py) land where the
    frozen app looks (`resource_dir("translations")`), one for each shipped language,
    and the filter for Qt's own translations keeps them."""
    spec = (ROOT / "packaging" / "thigh-pain-companion.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "companion" / "translations" / "*.qm"), "translations")' in spec
    shipped = sorted(p.name for p in (ROOT / "content").iterdir() if p.is_dir())
    assert shipped == ["en", "es"]
    for language in shipped:
        assert (ROOT / "companion" / "translations" / f"companion_{language}.ts").is_file()
        assert build_app_bundle.bundle_keeps(f"translations/companion_{language}.qm", shipped)
    assert not build_app_bundle.bundle_keeps("translations/companion_de.qm", shipped)
