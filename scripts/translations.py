"""Keeps the interface translations in step with the code, and builds them for the app.

    .venv/bin/python scripts/translations.py update   # .ts files from the code (lupdate)
    .venv/bin/python scripts/translations.py build    # .qm files from the .ts (lrelease)
    .venv/bin/python scripts/translations.py build --into DIR

`update` reads every module under companion/ui/ with Qt's own extraction tool and
brings each `companion/translations/companion_<lang>.ts` up to date: new strings arrive
marked unfinished, strings gone from the code are dropped, and what is already
translated stays. A string holding `%n` is a counted string with one form for each of
the language's plural forms (the Python reader of lupdate only marks those written with
`self.tr(text, "", n)`, so the script marks the rest). English keeps only the counted
strings: its other strings are the source text itself. A translator then fills the
unfinished entries (Qt Linguist opens the file). Locations are left out, so moving code
does not change the files.

`build` compiles each .ts to the .qm the app loads, beside it (or into DIR);
scripts/install.sh and packaging/build.py run it. The .qm files are not committed.

One .ts per shipped language: a folder under content/ means a shipped language.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "companion" / "translations"
SOURCES = ROOT / "companion" / "ui"
# The language the interface is written in: its .ts holds only the counted forms.
SOURCE_LANGUAGE = "en"


def languages() -> list[str]:
    return sorted(p.name for p in (ROOT / "content").iterdir() if p.is_dir())


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"companion_{language}.ts"


def _tool(name: str) -> str:
    """Qt's tool from the environment that runs this script (PySide6's own wrappers)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (install the app with its tools first)")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


Key = tuple[str, str, str]  # context, source, comment


def _key(context: ElementTree.Element, message: ElementTree.Element) -> Key:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def _translations(path: Path) -> dict[Key, ElementTree.Element]:
    """Every finished translation in an existing .ts, by context, source and comment."""
    if not path.exists():
        return {}
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[_key(context, message)] = translation
    return found


def _extract(language: str, folder: Path) -> ElementTree.ElementTree:
    """Every string of the code, fresh from lupdate, none translated."""
    fresh = folder / f"fresh_{language}.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *("-locations", "none", "-target-language", language),
            *[str(p) for p in source_files()],
            *("-ts", str(fresh)),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return ElementTree.parse(fresh)


def _merge(
    tree: ElementTree.ElementTree, language: str, known: dict[Key, ElementTree.Element]
) -> int:
    """Mark counted strings, keep the translations already made; the number unfinished."""
    root = tree.getroot()
    unfinished = 0
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            counted = "%n" in source or message.get("numerus") == "yes"
            if language == SOURCE_LANGUAGE and not counted:
                context.remove(message)
                continue
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            kept = known.get(_key(context, message))
            if counted:
                message.set("numerus", "yes")
            if kept is not None and (len(kept) > 0) == counted:
                message.append(kept)
                continue
            fresh = ElementTree.SubElement(message, "translation", type="unfinished")
            if counted:
                ElementTree.SubElement(fresh, "numerusform")
            unfinished += 1
        if not context.findall("message"):
            root.remove(context)
    return unfinished


def update(folder: Path = TRANSLATIONS) -> dict[str, int]:
    """Bring every language's .ts in `folder` up to date; the number unfinished in each."""
    folder.mkdir(parents=True, exist_ok=True)
    unfinished = {}
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages():
            target = ts_path(language, folder)
            tree = _extract(language, Path(scratch))
            unfinished[language] = _merge(tree, language, _translations(target))
            ElementTree.indent(tree, space="    ")
            body = ElementTree.tostring(tree.getroot(), encoding="unicode")
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                encoding="utf-8",
            )
    return unfinished


def build(into: Path = TRANSLATIONS) -> None:
    """Compile every language's .ts into the .qm the app loads."""
    into.mkdir(parents=True, exist_ok=True)
    for language in languages():
        source = ts_path(language)
        if not source.exists():
            raise SystemExit(f"translations: {source} is missing; run 'update' first")
        target = into / f"companion_{language}.qm"
        # Built beside it, then put in its place in one step: a running app (or a second
        # test run) reads the .qm straight from the file, and one rewritten in place under
        # it stops it with a bus error.
        fresh = target.with_name(f".{target.name}.{os.getpid()}")
        try:
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(fresh)],
                check=True,
            )
            fresh.replace(target)
        finally:
            fresh.unlink(missing_ok=True)  # a failed build leaves nothing half-made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "build"])
    parser.add_argument("--into", type=Path, help="build: the folder for the .qm files")
    args = parser.parse_args(argv)
    if args.command == "update":
        for language, count in update().items():
            if count:
                print(f"translations: companion_{language}.ts has {count} unfinished entries")
    else:
        build(args.into or TRANSLATIONS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
