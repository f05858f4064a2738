"""The kiosk config file: which clinic runs the screen, and how it is locked and reset.

A clinic puts ``kiosk.toml`` in the system config folder (an installer can do this), or
starts the app with ``--kiosk-config FILE``. Every key is checked when the app starts;
a problem names the file and the key, and the app then refuses to start rather than
run unlocked. See ``packaging/kiosk.example.toml`` for a commented example.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.shared.clinic_words import ClinicWords, one_line, read_clinic_words
from companion.core.shared.content import ContentError, Fields, read_toml, shown_value
from companion.core.shared.emergency_number import validate_emergency_number
from companion.core.shared.kiosk_where import (  # also the kiosk's: one place to import from
    APP_FOLDER as APP_FOLDER,
)
from companion.core.shared.kiosk_where import CONFIG_NAME as CONFIG_NAME
from companion.core.shared.kiosk_where import KioskConfigError as KioskConfigError
from companion.core.shared.kiosk_where import find_system_config as find_system_config
from companion.core.shared.kiosk_where import system_config_paths as system_config_paths
from companion.core.shared.language import LanguageError, checked_language
from companion.core.shared.pin_hash import PinHash, PinHashError
from companion.core.shared.settings import TEXT_SCALES

# How long a kiosk waits with no touch before asking "Still there?", then before it resets.
IDLE_SECONDS = 90
COUNTDOWN_SECONDS = 20

HANDOFF_CHOICES = ("qr", "print")
START_PAGES = ("welcome", "check", "learn")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
IDLE_RANGE = (30, 1800)
COUNTDOWN_RANGE = (5, 120)
# Text a step or two up from normal, read standing at arm's length: unless the config
# sets a size, 130 % on big screens (1000 px tall or more), 115 % on small ones.
KIOSK_TEXT_SCALE = 115
KIOSK_TEXT_SCALE_BIG = 130
BIG_SCREEN_HEIGHT = 1000
TOP_KEYS = (
    "emergency_number",
    "emergency_help",
    "start_page",
    "handoff",
    "text_scale",
    "language",
    "clinic",
    "idle",
    "admin",
)
EMERGENCY_HELP_MAX = 200
# The clinic's phone line and hours, one line each under the welcome: 200,000 letters of
# hours were taken and laid out on the kiosk's first screen.
CLINIC_LINE_MAX = 200
# The clinic's name, in the welcome's title (whole) and the bar (two lines at most): a
# pasted paragraph of 3,000 words took 5 s to fit into the bar.
CLINIC_NAME_MAX = 200


@dataclass(frozen=True)
class KioskConfig:
    """A kiosk's settings. The defaults are what plain ``--kiosk`` uses."""

    clinic_name: str | None = None
    # The clinic's own words, each in one language or several: read them through
    # `phone_in`, `hours_in` and `emergency_help_in`, in the reader's language.
    clinic_phone: ClinicWords | None = None
    clinic_hours: ClinicWords | None = None
    logo: Path | None = None
    emergency_number: str | None = None
    # Without a number: what to tell a person who needs emergency help (None: the
    # check's own words, "tell the front desk or a member of staff now").
    emergency_help: ClinicWords | None = None
    idle_seconds: int = IDLE_SECONDS
    countdown_seconds: int = COUNTDOWN_SECONDS
    pin_hash: PinHash | None = None
    handoff: frozenset[str] = field(default_factory=lambda: frozenset({"qr"}))
    start_page: str = "welcome"
    text_scale: int | None = None  # None: chosen for the screen (see `text_scale_for`)
    # The clinic's language, which each new person is greeted in (a shipped language's
    # code); None: the system's language, else English.
    language: str | None = None
    source: Path | None = None  # the file it came from, None for plain --kiosk

    def phone_in(self, language: str) -> str | None:
        return self._in(self.clinic_phone, language)

    def hours_in(self, language: str) -> str | None:
        return self._in(self.clinic_hours, language)

    def emergency_help_in(self, language: str) -> str | None:
        return self._in(self.emergency_help, language)

    def _in(self, words: ClinicWords | None, language: str) -> str | None:
        return None if words is None else words.in_language(language, self.language)

    @property
    def offers_qr(self) -> bool:
        return "qr" in self.handoff

    @property
    def offers_print(self) -> bool:
        return "print" in self.handoff


def text_scale_for(config: KioskConfig, screen_height: int) -> int:
    """The text size to use: the config's, or one that suits the screen."""
    if config.text_scale is not None:
        return config.text_scale
    return KIOSK_TEXT_SCALE_BIG if screen_height >= BIG_SCREEN_HEIGHT else KIOSK_TEXT_SCALE


def _whole_number(fields: Fields, key: str, default: int, bounds: tuple[int, int]) -> int:
    value = fields.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise fields.error(key, f"should be a whole number of seconds, not {shown_value(value)}")
    low, high = bounds
    if not low <= value <= high:
        raise fields.error(key, f"should be between {low} and {high} seconds, not {value}")
    return value


def load_kiosk_config(path: Path) -> KioskConfig:
    """Read and check ``path``; raises KioskConfigError listing every problem."""
    errors: list[ContentError] = []
    try:
        top = read_toml(path)
    except ContentError as exc:
        raise KioskConfigError([exc]) from None
    values: dict[str, object] = {"source": path}

    def attempt(step: Callable[[], None]) -> None:
        try:
            step()
        except ContentError as exc:
            errors.append(exc)

    def top_level() -> None:
        top.allow_only(*TOP_KEYS)

    def emergency() -> None:
        number = top.optional_text("emergency_number")
        if number is not None:
            try:
                values["emergency_number"] = validate_emergency_number(number)
            except ValueError:
                raise top.error(
                    "emergency_number", f"{shown_value(number)} is not a phone number"
                ) from None

    def emergency_help() -> None:
        values["emergency_help"] = read_clinic_words(top, "emergency_help", EMERGENCY_HELP_MAX)

    def start_page() -> None:
        page = top.get("start_page", "welcome")
        if page not in START_PAGES:
            raise top.error("start_page", f"should be one of {', '.join(START_PAGES)}")
        values["start_page"] = page

    def handoff() -> None:
        raw = top.get("handoff", ["qr"])
        if not isinstance(raw, list) or any(item not in HANDOFF_CHOICES for item in raw):
            raise top.error("handoff", 'should be a list of "qr" and "print" (or [] for neither)')
        values["handoff"] = frozenset(raw)

    def text_scale() -> None:
        scale = top.get("text_scale")
        if scale is None:
            return
        if scale not in TEXT_SCALES or isinstance(scale, bool):
            raise top.error("text_scale", f"should be one of {', '.join(map(str, TEXT_SCALES))}")
        values["text_scale"] = scale

    def language() -> None:
        code = top.get("language")
        if code is None:
            return
        if not isinstance(code, str):
            raise top.error(
                "language", f'should be a language code such as "en", not {shown_value(code)}'
            )
        try:
            values["language"] = checked_language(code)
        except LanguageError as exc:
            raise top.error("language", str(exc)) from None

    def clinic() -> None:
        table = top.table("clinic")
        table.allow_only("name", "phone", "hours", "logo")
        values["clinic_name"] = one_line(table, "name", CLINIC_NAME_MAX)
        # Each of the clinic's words is checked on its own: a mistake in one language's
        # hours is named along with one in its phone line.
        for key in ("phone", "hours"):
            try:
                values[f"clinic_{key}"] = read_clinic_words(table, key, CLINIC_LINE_MAX)
            except ContentError as exc:
                errors.append(exc)
        logo = table.optional_text("logo")
        if logo is not None:
            try:
                logo_path = (path.parent / logo).resolve()
            except (RuntimeError, OSError):  # a link loop (Python 3.11 raises RuntimeError)
                raise table.error(
                    "logo",
                    f"the file {path.parent / logo} cannot be read: a link on the way to it "
                    "leads back to itself",
                ) from None
            if logo_path.suffix.lower() not in LOGO_SUFFIXES:
                raise table.error("logo", f"should be a {', '.join(LOGO_SUFFIXES)} file")
            if not logo_path.is_file():
                raise table.error("logo", f"the file {logo_path} is not there")
            values["logo"] = logo_path

    def idle() -> None:
        if top.get("idle") is None:
            return
        table = top.table("idle")
        table.allow_only("seconds", "countdown_seconds")
        values["idle_seconds"] = _whole_number(table, "seconds", IDLE_SECONDS, IDLE_RANGE)
        values["countdown_seconds"] = _whole_number(
            table, "countdown_seconds", COUNTDOWN_SECONDS, COUNTDOWN_RANGE
        )

    def admin() -> None:
        table = top.table("admin")
        table.allow_only("pin_hash")
        try:
            values["pin_hash"] = PinHash.parse(table.text("pin_hash"))
        except PinHashError as exc:
            raise table.error("pin_hash", str(exc)) from None

    steps = (
        top_level,
        emergency,
        emergency_help,
        start_page,
        handoff,
        text_scale,
        language,
        clinic,
        idle,
        admin,
    )
    for step in steps:
        attempt(step)
    if errors:
        code = values.get("language")
        raise KioskConfigError(errors, code if isinstance(code, str) else None)
    return KioskConfig(**values)  # type: ignore[arg-type]
