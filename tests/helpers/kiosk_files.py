"""A kiosk settings file written for the command line and self-test tests."""

from __future__ import annotations

from pathlib import Path

from companion.core.shared.pin_hash import hash_pin


def write_config(folder: Path, pin: str = "97531", **changes: str) -> Path:
    values = {
        "emergency_number": '"911"',
        "handoff": '["qr", "print"]',
        "name": '"Riverside Physio"',
        "pin_hash": f'"{hash_pin(pin, iterations=100_000)}"',
        **changes,
    }
    path = folder / "kiosk.toml"
    path.write_text(
        f"emergency_number = {values['emergency_number']}\n"
        f"handoff = {values['handoff']}\n"
        "[clinic]\n"
        f"name = {values['name']}\n"
        'phone = "555 0100"\n'
        "[idle]\n"
        "seconds = 60\n"
        "[admin]\n"
        f"pin_hash = {values['pin_hash']}\n",
        encoding="utf-8",
    )
    return path
