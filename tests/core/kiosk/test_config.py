"""The kiosk config file: the shipped example, every check, and where the file is looked for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from companion.core.shared.clinic_words import ClinicWords
from companion.core.shared.kiosk_config import (
    KioskConfig,
    KioskConfigError,
    find_system_config,
    load_kiosk_config,
    system_config_paths,
)
from companion.core.shared.pin_hash import PinHash, hash_pin
from tests.helpers.build_script import load_build_module

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "packaging" / "kiosk.example.toml"
PIN_HASH = hash_pin("13579", iterations=100_000)

GOOD = f"""
emergency_number = "999"
start_page = "check"
handoff = ["qr", "print"]
text_scale = 130

[clinic]
name = "Riverside Physio"
phone = "01234 567890"
hours = "Mon-Fri 8-6"
logo = "logo.svg"

[idle]
seconds = 120
countdown_seconds = 30

[admin]
pin_hash = "{PIN_HASH}"
"""

MINIMAL = f"""
emergency_number = "112"
[clinic]
name = "Small clinic"
[admin]
pin_hash = "{PIN_HASH}"
"""


def write(folder: Path, text: str, *, logo: str | None = "logo.svg") -> Path:
    if logo:
        (folder / logo).write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    path = folder / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(path)
    return [str(error) for error in caught.value.errors]


def only_problem(folder: Path, text: str) -> str:
    path = write(folder, text)
    found = problems(path)
    assert len(found) == 1, found
    assert found[0].startswith(f"{path}: ")
    return found[0].removeprefix(f"{path}: ")


def test_the_example_loads_and_its_pin_is_the_one_its_comment_names() -> None:
    config = load_kiosk_config(EXAMPLE)
    assert config.pin_hash is not None
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "THIS EXAMPLE'S PIN IS 2468" in text and "CHANGE IT" in text
    assert config.pin_hash.matches("2468")
    assert config.pin_hash.iterations >= 200_000
    assert config.clinic_name and config.emergency_number == "112"
    assert (config.idle_seconds, config.countdown_seconds) == (90, 20)


def test_the_example_names_every_key_the_loader_knows() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for key in (
        "emergency_number =",
        "emergency_help =",
        "start_page =",
        "handoff =",
        "text_scale =",
        "[clinic]",
        "name =",
        "phone =",
        "hours =",
        "logo =",
        "[idle]",
        "seconds =",
        "countdown_seconds =",
        "[admin]",
        "pin_hash =",
    ):
        assert key in text, key


def test_without_a_number_the_kiosk_says_to_tell_the_staff(tmp_path: Path) -> None:
    no_number = GOOD.replace('emergency_number = "999"\n', "")
    assert load_kiosk_config(write(tmp_path, no_number)).emergency_number is None
    own = no_number.replace("[clinic]", 'emergency_help = "Press  the red\\t button."\n[clinic]')
    config = load_kiosk_config(write(tmp_path, own))
    assert config.emergency_help == ClinicWords.plain("Press the red button.")
    too_long = no_number.replace("[clinic]", f'emergency_help = "{"x" * 201}"\n[clinic]')
    (message,) = problems(write(tmp_path, too_long))
    assert message.endswith("emergency_help: should be at most 200 characters")


def test_a_good_file_gives_every_value(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    config = load_kiosk_config(path)
    assert config == KioskConfig(
        clinic_name="Riverside Physio",
        clinic_phone=ClinicWords.plain("01234 567890"),
        clinic_hours=ClinicWords.plain("Mon-Fri 8-6"),
        logo=(tmp_path / "logo.svg").resolve(),
        emergency_number="999",
        idle_seconds=120,
        countdown_seconds=30,
        pin_hash=PinHash.parse(PIN_HASH),
        handoff=frozenset({"qr", "print"}),
        start_page="check",
        text_scale=130,
        source=path,
    )
    assert config.offers_qr and config.offers_print
    assert config.pin_hash is not None and config.pin_hash.matches("13579")
    assert not config.pin_hash.matches("2468")


def test_a_minimal_file_takes_the_defaults(tmp_path: Path) -> None:
    config = load_kiosk_config(write(tmp_path, MINIMAL, logo=None))
    assert config.clinic_name == "Small clinic"
    assert config.clinic_phone is None and config.clinic_hours is None and config.logo is None
    assert (config.idle_seconds, config.countdown_seconds) == (90, 20)
    assert config.handoff == frozenset({"qr"}) and not config.offers_print
    assert config.start_page == "welcome"
    assert config.text_scale is None  # chosen for the screen when the app starts


def test_the_emergency_number_is_read_as_the_settings_page_reads_it(tmp_path: Path) -> None:
    """The digits of any script are dialled as 0-9; superscripts are no phone number."""
    arabic = MINIMAL.replace('"112"', '"١١٢"')
    assert load_kiosk_config(write(tmp_path, arabic, logo=None)).emergency_number == "112"
    with pytest.raises(KioskConfigError, match="emergency_number: '¹¹²' is not a phone number"):
        load_kiosk_config(write(tmp_path, MINIMAL.replace('"112"', '"¹¹²"'), logo=None))


def test_an_empty_handoff_list_offers_neither(tmp_path: Path) -> None:
    config = load_kiosk_config(write(tmp_path, "handoff = []\n" + MINIMAL, logo=None))
    assert config.handoff == frozenset()
    assert not config.offers_qr and not config.offers_print


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda t: t.replace('emergency_number = "999"\n', "emergency_help = 7\n"),
            "emergency_help: should be text",
        ),
        (
            lambda t: t.replace('"999"', '"call us"'),
            "emergency_number: 'call us' is not a phone number",
        ),
        (lambda t: t.replace('"check"', '"settings"'), "start_page: should be one of"),
        (lambda t: t.replace('["qr", "print"]', '["qr", "email"]'), "handoff: should be a list"),
        (lambda t: t.replace('["qr", "print"]', '"qr"'), "handoff: should be a list"),
        (lambda t: t.replace("text_scale = 130", "text_scale = 120"), "text_scale: should be"),
        (lambda t: "colour = 'blue'\n" + t, "colour: is not a known key"),
        (
            lambda t: t.replace('hours = "', 'fax = "1"\nhours = "'),
            "clinic.fax: is not a known key",
        ),
        (lambda t: t.replace('name = "Riverside Physio"', ""), "clinic.name: is missing"),
        (
            lambda t: t.replace("seconds = 120", "seconds = 10"),
            "idle.seconds: should be between 30 and 1800 seconds, not 10",
        ),
        (
            lambda t: t.replace("seconds = 120", "seconds = 3600"),
            "idle.seconds: should be between 30 and 1800 seconds, not 3600",
        ),
        (
            lambda t: t.replace("countdown_seconds = 30", "countdown_seconds = 200"),
            "idle.countdown_seconds: should be between 5 and 120 seconds, not 200",
        ),
        (
            lambda t: t.replace("seconds = 120", 'seconds = "two minutes"'),
            "idle.seconds: should be a whole number of seconds",
        ),
        (lambda t: t.replace(PIN_HASH, "2468"), "admin.pin_hash: should look like"),
        (
            lambda t: t.replace(PIN_HASH, PIN_HASH[:-6] + "zzzzzz"),
            "admin.pin_hash: is damaged",
        ),
        (
            lambda t: t.replace(PIN_HASH, hash_pin("2468", iterations=1000)),
            "admin.pin_hash: uses 1000 rounds",
        ),
        (
            lambda t: t.replace(PIN_HASH, f"pbkdf2-sha256$999999999999${'00' * 16}${'ab' * 32}"),
            "admin.pin_hash: uses 999999999999 rounds; at most 2000000 are allowed",
        ),
        (lambda t: t.replace(f'pin_hash = "{PIN_HASH}"', ""), "admin.pin_hash: is missing"),
        (lambda t: t.split("[admin]")[0], "admin: is missing"),
        (lambda t: t.replace('"logo.svg"', '"missing.png"'), "clinic.logo: the file"),
        (lambda t: t.replace('"logo.svg"', '"logo.gif"'), "clinic.logo: should be a .png"),
        (lambda t: t.replace('"logo.svg"', "5"), "clinic.logo: should be text"),
    ],
    ids=[
        "bad-emergency-help",
        "bad-emergency",
        "bad-start-page",
        "bad-handoff-item",
        "handoff-not-a-list",
        "bad-text-scale",
        "unknown-top-key",
        "unknown-clinic-key",
        "missing-clinic-name",
        "idle-too-short",
        "idle-too-long",
        "countdown-too-long",
        "idle-not-a-number",
        "plain-pin",
        "damaged-hash",
        "weak-hash",
        "too-many-rounds",
        "missing-pin-hash",
        "missing-admin",
        "logo-missing",
        "logo-wrong-type",
        "logo-not-text",
    ],
)
def test_each_bad_key_is_named(tmp_path: Path, change: Callable[[str], str], expected: str) -> None:
    message = only_problem(tmp_path, change(GOOD))
    assert message.startswith(expected), message


def test_a_logo_behind_a_link_loop_is_named_not_a_crash(tmp_path: Path) -> None:
    """`kiosk check`, and a kiosk started by the system's kiosk.toml, stopped with a
    traceback (RuntimeError: Symlink loop) instead of naming the key."""
    (tmp_path / "a.png").symlink_to(tmp_path / "b.png")
    (tmp_path / "b.png").symlink_to(tmp_path / "a.png")
    message = only_problem(tmp_path, GOOD.replace('"logo.svg"', '"a.png"'))
    assert message == (
        f"clinic.logo: the file {tmp_path / 'a.png'} cannot be read: a link on the way to it "
        "leads back to itself"
    )


def test_a_toml_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('name = "Riverside Physio"', "name = Riverside"))
    (message,) = problems(path)
    assert message.startswith(f"{path}: is not valid TOML")


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_text("[clinic]\nname = " + "[" * 5000 + "]" * 5000), "nested too"),
        (lambda p: p.mkdir(), "cannot be read (Is a directory)"),
        (lambda p: p.write_bytes(b"\x97\x00\xff"), "is not UTF-8 text"),
        (lambda p: p.write_bytes(b"#" * 2_000_000), "is larger than 1 MB"),
    ],
)
def test_the_worst_file_is_one_problem_named(
    tmp_path: Path, make: Callable[[Path], object], said: str
) -> None:
    path = tmp_path / "kiosk.toml"
    make(path)
    (message,) = problems(path)
    assert message.startswith(f"{path}: ") and said in message, message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    assert problems(path) == [f"{path}: the file is missing"]


def test_several_problems_are_reported_together(tmp_path: Path) -> None:
    text = (
        GOOD.replace('"999"', '"help"')
        .replace('"check"', '"journal"')
        .replace("seconds = 120", "seconds = 5")
        .replace(PIN_HASH, "secret")
    )
    path = write(tmp_path, text)
    found = problems(path)
    keys = [message.removeprefix(f"{path}: ").split(":")[0] for message in found]
    assert keys == ["emergency_number", "start_page", "idle.seconds", "admin.pin_hash"]
    assert str(KioskConfigError([])) == ""


def test_linux_looks_in_each_xdg_config_dir_in_order() -> None:
    paths = system_config_paths("linux", {"XDG_CONFIG_DIRS": "/etc/clinic-xdg:/etc/xdg"})
    assert paths == [
        Path("/etc/clinic-xdg/thigh-pain-companion/kiosk.toml"),
        Path("/etc/xdg/thigh-pain-companion/kiosk.toml"),
    ]


@pytest.mark.parametrize("value", [None, "", ":"])
def test_linux_defaults_to_etc_xdg(value: str | None) -> None:
    environ = {} if value is None else {"XDG_CONFIG_DIRS": value}
    expected = [Path("/etc/xdg/thigh-pain-companion/kiosk.toml")]
    if value == ":":
        expected = []  # an explicitly empty list of folders: nothing to search
    assert system_config_paths("linux", environ) == expected


def test_windows_uses_programdata() -> None:
    assert system_config_paths("win32", {"PROGRAMDATA": r"D:\ProgramData"}) == [
        Path(r"D:\ProgramData") / "thigh-pain-companion" / "kiosk.toml"
    ]
    assert system_config_paths("win32", {}) == [
        Path(r"C:\ProgramData") / "thigh-pain-companion" / "kiosk.toml"
    ]


def test_macos_uses_library_application_support() -> None:
    assert system_config_paths("darwin", {"XDG_CONFIG_DIRS": "/ignored"}) == [
        Path("/Library/Application Support/thigh-pain-companion/kiosk.toml")
    ]


def test_find_system_config_picks_the_first_that_exists(tmp_path: Path) -> None:
    first, second, third = (tmp_path / name for name in ("first", "second", "third"))
    environ = {"XDG_CONFIG_DIRS": f"{first}:{second}:{third}"}
    assert find_system_config("linux", environ) is None
    for root in (second, third):
        (root / "thigh-pain-companion").mkdir(parents=True)
        (root / "thigh-pain-companion" / "kiosk.toml").write_text(MINIMAL, encoding="utf-8")
    assert find_system_config("linux", environ) == second / "thigh-pain-companion" / "kiosk.toml"
    (first / "thigh-pain-companion" / "kiosk.toml").mkdir(parents=True)  # a folder, not a file
    assert find_system_config("linux", environ) == second / "thigh-pain-companion" / "kiosk.toml"


def test_the_deb_ships_the_example_only_as_a_document(tmp_path: Path) -> None:
    build_shared = load_build_module("build_shared")
    build_deb_package = load_build_module("build_deb_package")
    bundle, icons = tmp_path / "bundle", tmp_path / "icons"
    bundle.mkdir()
    program = bundle / build_shared.NAME  # a stand-in that answers --help (for the manual page)
    program.write_text("#!/bin/sh\necho 'Usage: thigh-pain-companion [OPTION]...'\n")
    program.chmod(0o755)
    icons.mkdir()
    version = build_shared.project_version()
    stage = build_deb_package.stage_deb(bundle, icons, tmp_path / "stage", version, "amd64")
    doc = stage / "usr" / "share" / "doc" / build_shared.NAME
    assert (doc / "kiosk.example.toml").read_bytes() == EXAMPLE.read_bytes()
    assert (doc / "kiosk.md").is_file()
    assert not (stage / "etc").exists()  # never an active kiosk config
    assert not list(stage.rglob("kiosk.toml"))
