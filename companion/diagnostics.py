"""`--self-test`: checks that this copy of the app is whole, without showing a window.

It loads and validates every content file, draws every SVG, builds every page in a
main window (on a throw-away data folder, so the person's data is never changed), and
checks the data folder: every data file and the settings read with the app's own
readers (read only: nothing is moved, even a broken file), and that the folder can be
written; or in kiosk mode that it was not touched. It prints a short report and returns
0, or 1 naming what failed. Support staff can ask for its output, and the packaging
build runs it on the finished bundle.

Kiosk mode (`--kiosk`, `--kiosk-config FILE`, or a system kiosk.toml): the kiosk config
is checked, the kiosk window is built on a memory-only state as the app opens it (every
kiosk page, the PIN pad and the "Still there?" notice), and the app's own files in the data
folder (`--data-dir` or the usual one, which may be a folder the person also uses: their
other files are never looked at) are listed with sizes and times before and after: any
change fails.
"""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from companion import APP_NAME, __version__
from companion.cli.options import Options
from companion.core.shared.content import DEFAULT_LANGUAGE, hidden_escaped
from companion.core.shared.language import shipped_languages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# Each check imports what it checks when it runs: a part that cannot even be imported
# fails its own check, named in the report, instead of stopping the whole self-test.

# (size in bytes, modification time in ns) of each entry, by path inside the folder; for
# a link, those of the file it leads to follow (a write through it changes only those).
# "." is the folder itself, when it is there (its time is not compared: it may be the
# person's home folder, which other programs change).
Snapshot = dict[str, tuple[int, ...]]

PROBE_NAME = ".self-test-probe"


@dataclass
class StepResult:
    name: str
    ok: bool
    detail: str


class SelfTest:
    """Runs the steps in order; each one reports, and a failure never stops the rest."""

    def __init__(self, options: Options) -> None:
        from companion.core.shared.kiosk_config import KioskConfig, find_system_config

        self.options = options
        self.results: list[StepResult] = []
        self.content_ok = True
        # As the app decides: the flag, a given config, or a kiosk.toml for the machine.
        self.kiosk = options.kiosk or find_system_config() is not None
        self.kiosk_config: KioskConfig | None = None

    def step(self, name: str, run: Callable[[], str]) -> bool:
        try:
            detail = run()
        except SelfTestError as exc:
            self.results.append(StepResult(name, False, str(exc)))
        except Exception as exc:  # any crash is a finding, reported with its place
            self.results.append(StepResult(name, False, _describe_exception(exc)))
        else:
            self.results.append(StepResult(name, True, detail))
            return True
        return False

    # --- the steps -------------------------------------------------------------

    def check_content(self) -> str:
        from companion.core.content_check import check_content
        from companion.core.shared.content import available_languages
        from companion.core.shared.resources import resource_dir

        folder = resource_dir("content")
        problems = [str(problem) for problem in check_content(folder)]
        if problems:
            self.content_ok = False
            raise SelfTestError(_listing(f"{len(problems)} problem(s) in the content", problems))
        languages = ", ".join(available_languages(folder))
        return f"valid (languages: {languages}; folder: {folder})"

    def check_assets(self) -> str:
        from PySide6.QtSvg import QSvgRenderer

        from companion.core.shared.resources import asset_path, resource_dir
        from companion.ui.pages import nav_items

        folder = resource_dir("assets")
        needed = ["icons/app.svg", *(f"icons/{item.icon}.svg" for item in nav_items())]
        problems = [
            f"{asset_path(name)}: is missing" for name in needed if not asset_path(name).is_file()
        ]
        drawings = sorted(folder.rglob("*.svg"))
        for path in drawings:
            if not QSvgRenderer(str(path)).isValid():
                problems.append(f"{path}: is not a drawing Qt can read (broken SVG)")
        if problems:
            raise SelfTestError(_listing(f"{len(problems)} problem(s) in the assets", problems))
        return f"{len(drawings)} drawings read (folder: {folder})"

    def check_kiosk_config(self) -> str:
        from companion.cli.options import kiosk_config_for
        from companion.core.shared.kiosk_config import KioskConfigError

        try:
            config = kiosk_config_for(self.options)
        except KioskConfigError as exc:
            problems = str(exc).splitlines()
            raise SelfTestError(_listing("the kiosk config has problems", problems)) from None
        assert config is not None
        self.kiosk_config = config
        if config.source is None:
            return "no kiosk.toml: the defaults, with no admin PIN"
        pin = "admin PIN set" if config.pin_hash is not None else "NO admin PIN"
        return f"{config.source} is valid ({pin})"

    def build_kiosk_pages(self, app: QApplication, language: str) -> str:
        from companion.core.shared.app_state import AppState
        from companion.core.shared.content import InvalidContentError
        from companion.core.shared.pages import KIOSK_PAGES
        from companion.ui.kiosk.window import KioskWindow
        from companion.ui.shared.appearance import Appearance
        from companion.ui.shared.language import install_translators
        from companion.ui.shared.theme import KIOSK_TOUCH_PX

        if self.kiosk_config is None:
            raise SelfTestError("not built, because the kiosk config has problems")
        # The clinic's language is `language`; the person switches to each other one.
        config = dataclasses.replace(self.kiosk_config, language=language)
        try:
            state = AppState.open_kiosk(config)
        except InvalidContentError:
            raise SelfTestError("not built, because the content has problems") from None
        install_translators(app, language)
        Appearance(app, state.settings, touch=KIOSK_TOUCH_PX)
        if config.logo is not None:  # read as the start reads it: the start refuses it
            from companion.core.shared.messages import in_language
            from companion.ui.kiosk.logo import logo_problem, read_logo

            problem = logo_problem(read_logo(config.logo), config.source, config.logo)
            if problem is not None:
                raise SelfTestError(in_language(problem, DEFAULT_LANGUAGE))
        built: list[str] = []
        with _collect_uncaught() as uncaught:
            try:
                window = KioskWindow(state, speak=lambda code: install_translators(app, code))
            except Exception as exc:
                raise SelfTestError(
                    f"the kiosk window failed: {_describe_exception(exc)}"
                ) from None
            try:
                window.show()
                steps: list[tuple[str, Callable[[], object]]] = [
                    *((name, lambda n=name: window.show_page(n)) for name in KIOSK_PAGES),
                    ("PIN pad", window.open_pin_pad),
                    *(
                        (f"switch to {code}", lambda c=code: window.use_language(c))
                        for code in shipped_languages()
                        if code != language
                    ),
                    ("reset", window.finish_session),
                    ("back in the clinic's language", lambda: _speaks(window.language(), language)),
                ]
                for name, action in steps:
                    try:
                        action()
                        app.processEvents()
                        window.grab()
                    except Exception as exc:
                        raise SelfTestError(
                            f"the kiosk's {name} failed: {_describe_exception(exc)}"
                        ) from None
                    if uncaught:
                        raise SelfTestError(f"the kiosk's {name} failed: {uncaught[0]}")
                    built.append(name)
            finally:
                window.exit_allowed = True
                window.close()
                window.deleteLater()
                app.processEvents()
        return f"kiosk: {len(built)} built: {', '.join(built)}"

    def build_pages(self, app: QApplication, language: str) -> str:
        if self.kiosk:
            return self.build_kiosk_pages(app, language)
        from companion.core.shared.app_state import AppState
        from companion.core.shared.content import InvalidContentError
        from companion.core.shared.pages import PAGES
        from companion.ui.shared.appearance import Appearance
        from companion.ui.shared.language import install_translators
        from companion.ui.shell.about_dialog import AboutDialog
        from companion.ui.shell.main_window import MainWindow
        from companion.ui.shell.welcome_dialog import WelcomeDialog

        built: list[str] = []
        with (
            tempfile.TemporaryDirectory(prefix="thigh-pain-self-test-") as scratch,
            _collect_uncaught() as uncaught,
        ):
            try:
                state = AppState.open(Path(scratch) / "data", language=language)
            except InvalidContentError:
                raise SelfTestError("not built, because the content has problems") from None
            install_translators(app, language)
            appearance = Appearance(app, state.settings)
            try:
                window = MainWindow(state, appearance, page="home")
            except Exception as exc:
                raise SelfTestError(f"the main window failed: {_describe_exception(exc)}") from None
            try:
                window.show()
                for name in PAGES:
                    try:
                        window.show_page(name)
                        app.processEvents()
                        window.grab()  # paints the page, which runs its drawing code
                    except Exception as exc:
                        raise SelfTestError(
                            f"the {name!r} page ({_page_class(window, name)}) failed: "
                            f"{_describe_exception(exc)}"
                        ) from None
                    if uncaught:
                        raise SelfTestError(
                            f"the {name!r} page ({_page_class(window, name)}) failed: {uncaught[0]}"
                        )
                    built.append(name)
                for dialog in (
                    WelcomeDialog(state, window),
                    AboutDialog(state.content.about, str(state.data_dir), window),
                ):
                    dialog.deleteLater()
            finally:
                window.close()
                window.deleteLater()
                app.processEvents()
        return f"{len(built)} built: {', '.join(built)}"

    def draw_qr_code(self, app: QApplication) -> str:
        """The kiosk's "Take it home" code (segno), drawn as the result screen draws it."""
        from companion.ui.check.qr_code import QrCodeView

        view = QrCodeView("Thigh Pain Companion self-test")
        try:
            view.resize(view.sizeHint())
            if view.grab().isNull() or view.modules() < 21:
                raise SelfTestError("the QR code for the kiosk hand-off could not be drawn")
            return f"a {view.modules()}x{view.modules()} QR code drawn"
        finally:
            view.deleteLater()
            app.processEvents()

    def draw_graph(self, app: QApplication) -> str:
        """The journal's graph library, which pages load only when a graph is first shown."""
        import importlib

        # By name, so type checking does not depend on pyqtgraph's (missing) type hints.
        pyqtgraph = importlib.import_module("pyqtgraph")
        plot = pyqtgraph.PlotWidget()
        try:
            plot.plot([0, 1, 2, 3], [4, 3, 3, 1])
            plot.resize(320, 200)
            if plot.grab().isNull():
                raise SelfTestError("pyqtgraph could not draw a line graph")
        finally:
            plot.deleteLater()
            app.processEvents()
        return f"pyqtgraph {pyqtgraph.__version__} draws a line graph"

    def check_data_files(self, data_dir: Path) -> str:
        """Every data file and the settings, read as the app reads them; nothing is moved."""
        from companion.core.shared.app_state import check_data_folder

        if not data_dir.exists():
            return "no data saved yet"
        if not data_dir.is_dir():
            return f"none to read ({_shown(data_dir)} is not a folder)"
        found = check_data_folder(data_dir)
        if found.too_new:
            lines = [
                *found.too_new,
                "(the app will not open this folder, and changes nothing in it)",
            ]
            raise SelfTestError(_listing("from a version this app cannot open", lines))
        said: list[str] = []
        if found.broken:
            lines = [*found.broken, "(the app sets each of these aside when it starts)"]
            said.append(_listing(f"{len(found.broken)} file(s) cannot be read", lines))
        if found.untold:  # set aside (by a command, say) and never shown to the person
            lines = [*found.untold, "(open the app: it says what happened and what to do)"]
            said.append(_listing(f"{len(found.untold)} file(s) set aside, not shown yet", lines))
        if found.missing:
            said.append(_listing("the store's own file is missing", found.missing))
        if said:
            raise SelfTestError("\n".join(said))
        notes = "".join(f"\n{note}" for note in found.notes)
        return f"{found.files_read} file(s) read, none broken{notes}"

    def check_data_writable(self, data_dir: Path) -> str:
        from companion.core.shared.atomic_file import (
            atomic_write_bytes,
            describe_os_error,
            ensure_private_dir,
            remove_stale_temp_files,
        )

        probe = data_dir / PROBE_NAME
        payload = b"Thigh Pain Companion self-test\n"
        try:
            ensure_private_dir(data_dir)
            atomic_write_bytes(probe, payload)
            if probe.read_bytes() != payload:
                raise SelfTestError(f"{_shown(data_dir)}: a test file read back differently")
        except OSError as exc:
            raise SelfTestError(
                f"{_shown(data_dir)} cannot be written. {describe_os_error(exc)}"
            ) from None
        finally:
            with suppress(OSError):
                probe.unlink(missing_ok=True)
            remove_stale_temp_files(data_dir, PROBE_NAME.__eq__)  # a probe killed midway
        return f"{_shown(data_dir)} can be written"

    # --- running ---------------------------------------------------------------

    def run(self) -> int:
        print(f"{APP_NAME} {__version__} self-test ({_where_from()})")
        self.step("content", self.check_content)
        app = self._application()
        if app is None:
            return self.report()
        data_dir = self.options.data_dir or _default_data_dir()
        before = snapshot(data_dir) if self.kiosk else None
        if self.kiosk:
            self.step("kiosk config", self.check_kiosk_config)
        self.step("assets", self.check_assets)
        for language in shipped_languages():  # every page in every shipped language
            self.step(f"pages ({language})", partial(self.build_pages, app, language))
        from companion.ui.shared.language import install_translators  # Qt: see the top

        install_translators(app, self.options.language or DEFAULT_LANGUAGE)
        self.step("graph", lambda: self.draw_graph(app))
        self.step("qr code", lambda: self.draw_qr_code(app))
        if before is None:
            self.step("data files", lambda: self.check_data_files(data_dir))
            self.step("data folder", lambda: self.check_data_writable(data_dir))
        else:
            self.step("data folder", lambda: _untouched(data_dir, before))
        return self.report()

    def _application(self) -> QApplication | None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        holder: list[QApplication] = []

        def start() -> str:
            from PySide6 import __version__ as qt_version

            from companion.ui.shell.application import make_application

            holder.append(make_application())
            return f"Qt {qt_version} started ({holder[0].platformName()})"

        self.step("qt", start)
        return holder[0] if holder else None

    def report(self) -> int:
        width = max(len(result.name) for result in self.results)
        for result in self.results:
            verdict = "ok    " if result.ok else "FAILED"
            # A name from the command line shows its hidden characters as escapes.
            lines = [hidden_escaped(line) for line in result.detail.splitlines()] or [""]
            print(f"  {result.name:<{width}}  {verdict}  {lines[0]}")
            for line in lines[1:]:
                print(f"  {'':<{width}}          {line}")
        failed = [result.name for result in self.results if not result.ok]
        if failed:
            print(f"self-test FAILED: {', '.join(failed)}")
            return 1
        print("self-test passed" + (" (kiosk mode)" if self.kiosk else ""))
        return 0


def _speaks(found: str, wanted: str) -> None:
    if found != wanted:
        raise SelfTestError(f"the kiosk stayed in {found!r} after the reset, not {wanted!r}")


class SelfTestError(Exception):
    """A step found a problem; the message says what, naming the file where it can."""


def run_self_test(options: Options) -> int:
    """Check this copy of the app; 0 when everything works, 1 otherwise."""
    return SelfTest(options).run()


def snapshot(folder: Path) -> Snapshot:
    """Whether `folder` is there, and each of the app's own entries in it (`app_entries`:
    never the person's other files there) with its size and modification time, and
    those of the file a link leads to (empty if the folder is absent)."""
    from companion.core.shared.app_state import app_entries

    entries: Snapshot = {}
    if os.path.lexists(folder):
        entries["."] = ()
    for path in app_entries(folder):
        with suppress(OSError):  # gone meanwhile: then missing from this snapshot
            info = path.lstat()
            seen: tuple[int, ...] = (info.st_size, info.st_mtime_ns)
            if stat.S_ISLNK(info.st_mode):
                try:
                    target = path.stat()
                except OSError:  # leads nowhere (yet)
                    seen += (-1, -1)
                else:
                    seen += (target.st_size, target.st_mtime_ns)
            entries[path.relative_to(folder).as_posix()] = seen
    return entries


def _shown(folder: Path) -> str:
    """A folder's name as the report shows it: hidden characters (a new line, a terminal
    escape from --data-dir) as escapes, so each line stays one line and plain."""
    return hidden_escaped(str(folder))


def _untouched(folder: Path, before: Snapshot) -> str:
    after = snapshot(folder)
    if after == before:
        return f"kiosk mode left {_shown(folder)} untouched"
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(after) & set(before) if after[k] != before[k])
    lines = [f"added {_entry_name(name)}" for name in added]
    lines += [f"removed {_entry_name(name)}" for name in removed]
    lines += [f"changed {name}" for name in changed]
    raise SelfTestError(_listing(f"kiosk mode changed the data folder {_shown(folder)}", lines))


def _entry_name(name: str) -> str:
    return "the data folder itself" if name == "." else name


def _page_class(window: object, name: str) -> str:
    """The page's class as "module:Class", or its builder's name when it was not built."""
    from companion.ui.pages import PAGE_BUILDERS

    page = getattr(window, "pages", {}).get(name)
    made = type(page) if page is not None else PAGE_BUILDERS[name]
    return f"{made.__module__}:{made.__qualname__}"


def _default_data_dir() -> Path:
    from companion.ui.shell.application import default_data_dir

    return default_data_dir()


def _where_from() -> str:
    if getattr(sys, "frozen", False):
        return f"bundle at {Path(sys.executable).resolve().parent}"
    return f"from source at {Path(__file__).resolve().parent}"


def _listing(title: str, lines: list[str], limit: int = 20) -> str:
    shown = lines[:limit]
    more = [f"... and {len(lines) - limit} more"] if len(lines) > limit else []
    return "\n".join([f"{title}:", *(f"- {line}" for line in shown), *more])


def _describe_exception(exc: BaseException) -> str:
    """The error and the app's own line that raised it (the last frame in `companion`)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "companion" in f.filename]
    place = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{place}"


@contextmanager
def _collect_uncaught() -> Iterator[list[str]]:
    """Errors raised inside Qt's calls into Python (paint events, slots) are printed
    and swallowed by Qt; collect them so a page that only breaks when drawn fails too."""
    found: list[str] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        found.append(_describe_exception(exc.with_traceback(tb)))
        previous(kind, exc, tb)

    sys.excepthook = hook
    try:
        yield found
    finally:
        sys.excepthook = previous
