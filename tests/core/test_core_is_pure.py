"""`companion/core` must never import Qt or pyqtgraph: it runs and is tested without them.
Importing it reads no content file either: start-up imports much of it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import companion.core


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(companion.core.__path__, "companion.core.")]
    assert "companion.core.shared.store" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', "
        "'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_importing_every_core_module_reads_no_content_file() -> None:
    """Start-up imports much of the core: a module-level value built from a content file
    (a sentence from the messages file, say) would read and parse it on every start."""
    modules = [m.name for m in pkgutil.walk_packages(companion.core.__path__, "companion.core.")]
    code = (
        "import importlib, tomllib\n"
        "read = []\n"
        "real = tomllib.loads\n"
        "tomllib.loads = lambda text, **kw: read.append(text[:60]) or real(text, **kw)\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(len(read), read)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("0 "), result.stdout
