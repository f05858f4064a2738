"""The kiosk admin PIN's stored form: a salted PBKDF2-SHA256 hash from the standard library,
written as ``pbkdf2-sha256$<iterations>$<salt, hex>$<hash, hex>``, so a config file never
holds the PIN itself. `python -m companion kiosk hash-pin` makes one; the kiosk config
reads it, and the kiosk's PIN gate checks PINs against it."""

from __future__ import annotations

from dataclasses import dataclass

SCHEME = "pbkdf2-sha256"
ITERATIONS = 200_000
MIN_ITERATIONS = 100_000  # fewer would make a stolen hash quick to try every PIN against
# More would freeze the kiosk's screen on each PIN try (2,000,000 rounds take about a
# second on a 2020s office computer; 2,000,000,000 took 8 minutes, and 999,999,999,999
# stopped `kiosk check` with a traceback). Ten times what `hash-pin` makes.
MAX_ITERATIONS = 2_000_000
PIN_LENGTHS = range(4, 9)


class PinHashError(ValueError):
    """A stored hash that cannot be used; the message says what is wrong with it."""


def check_pin(pin: str) -> str:
    """The PIN if it is 4 to 8 digits; ValueError with a plain reason otherwise."""
    if not pin.isascii() or not pin.isdigit():
        raise ValueError("A PIN is made of digits only (0 to 9).")
    if len(pin) not in PIN_LENGTHS:
        raise ValueError(f"A PIN has {PIN_LENGTHS[0]} to {PIN_LENGTHS[-1]} digits.")
    return pin


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    # Imported here: OpenSSL's library is large, and only a kiosk's PIN pad needs it,
    # so the personal app's start-up never loads it.
    import hashlib

    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)


def hash_pin(pin: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """A salted hash of `pin` to put in the kiosk config."""
    import secrets

    check_pin(pin)
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = _derive(pin, salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


@dataclass(frozen=True)
class PinHash:
    iterations: int
    salt: bytes
    digest: bytes

    @classmethod
    def parse(cls, text: str) -> PinHash:
        parts = text.strip().split("$")
        if len(parts) != 4 or parts[0] != SCHEME:
            raise PinHashError(
                f"should look like '{SCHEME}$<iterations>$<salt>$<hash>'; "
                "make one with 'python -m companion kiosk hash-pin'"
            )
        try:
            iterations = int(parts[1])
            salt, digest = bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
        except ValueError:
            raise PinHashError(
                "is damaged (the numbers in it do not read); make a new one with "
                "'python -m companion kiosk hash-pin'"
            ) from None
        if len(salt) < 8 or len(digest) != 32:
            raise PinHashError("is too short to be a real hash; make a new one")
        return cls(iterations, salt, digest)

    def __post_init__(self) -> None:
        # Here, not only in `parse`: no hash the kiosk could try a PIN against escapes it.
        if self.iterations < MIN_ITERATIONS:
            raise PinHashError(
                f"uses {self.iterations} rounds; at least {MIN_ITERATIONS} are needed"
            )
        if self.iterations > MAX_ITERATIONS:
            raise PinHashError(
                f"uses {self.iterations} rounds; at most {MAX_ITERATIONS} are allowed, or each "
                "PIN try would freeze the screen. Make a new one with "
                "'python -m companion kiosk hash-pin'"
            )

    def matches(self, pin: str) -> bool:
        import hmac

        if not pin.isascii():
            return False
        return hmac.compare_digest(_derive(pin, self.salt, self.iterations), self.digest)
