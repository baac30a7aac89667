"""Key derivation, key slots and recovery keys for the vault.

The vault key is random; it is never derived from the passphrase. Each *slot* wraps it
with AES-256-GCM under a key-encryption key (KEK): slot ``passphrase`` under
Argon2id(passphrase), slot ``recovery`` under HKDF(recovery key). Changing the
passphrase therefore rewraps one small slot and re-encrypts nothing.
"""

from __future__ import annotations

import base64
import hmac
import os
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kastdesk.i18n import tr

KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 10
MIN_DISTINCT_CHARS = 5
# Crockford's base32: no I, L, O or U, so a handwritten key is hard to misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1", "U": "V"}
RECOVERY_GROUPS = 8
RECOVERY_GROUP_DATA = 4  # 8 groups x 4 chars x 5 bits = 160 bits of key material


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in vault.json so unlocking reproduces the key."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, object]:
        d = asdict(self)
        d["salt"] = b64e(self.salt)
        d["name"] = "argon2id"
        return d

    @classmethod
    def from_json(cls, d: dict[str, object]) -> KdfParams:
        if d.get("name") != "argon2id":
            raise ValueError("unknown KDF")
        params = cls(
            time_cost=int(d["time_cost"]),  # type: ignore[arg-type]
            memory_kib=int(d["memory_kib"]),  # type: ignore[arg-type]
            parallelism=int(d["parallelism"]),  # type: ignore[arg-type]
            salt=b64d(str(d["salt"])),
        )
        if not (1 <= params.time_cost <= 100 and 8 <= params.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("KDF parameters out of range")
        if not (1 <= params.parallelism <= 16 and len(params.salt) >= 16):
            raise ValueError("KDF parameters out of range")
        return params

    @classmethod
    def calibrated(cls, target_seconds: float = 0.5, memory_kib: int = 256 * 1024) -> KdfParams:
        """Pick a time cost so that one derivation takes about ``target_seconds`` here.

        Memory stays at 256 MiB or more: that, not time, is what makes guessing on
        graphics cards expensive. The time cost grows until the target is reached.
        """
        salt = secrets.token_bytes(16)
        parallelism = max(1, min(4, os.cpu_count() or 1))
        time_cost = 1
        while True:
            trial = cls(time_cost, memory_kib, parallelism, salt)
            # The faster of two runs: a busy moment during set-up must not leave the vault
            # with a weaker setting than this machine can afford.
            elapsed = min(_time_derivation(trial) for _ in range(2))
            if elapsed >= target_seconds * 0.8 or time_cost >= 20:
                return trial
            # Scale towards the target in one step where we can, then settle.
            guess = int(time_cost * target_seconds / max(elapsed, 1e-3))
            time_cost = max(time_cost + 1, min(guess, 20))

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap parameters for the test suite only; never used by the program itself."""
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1, salt=secrets.token_bytes(16))


def _time_derivation(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_passphrase_key("calibration passphrase", params)
    return time.perf_counter() - started


def normalise_passphrase(passphrase: str) -> bytes:
    # NFC so that "å" typed as one or two code points unlocks the same vault.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` may not be chosen as a new passphrase (one sentence), or None.

    The one rule behind every place a passphrase is chosen (the create wizard, the
    recovery dialog, Settings, ``kastdesk init/passwd/recover``), so none is laxer than
    another. Length alone let "aaaaaaaaaa" and ten spaces through, which a guesser tries
    first. It applies only when a passphrase is set: unlocking never asks it, so a vault
    made under the older rule still opens with its passphrase.
    """
    text = unicodedata.normalize("NFC", passphrase)  # characters as typed and as derived
    if len(text) < MIN_PASSPHRASE_CHARS:
        return tr("StoreError", "The passphrase must be at least 10 characters long.")
    if not text.strip():
        return tr(
            "Passphrase",
            "A passphrase of only spaces is easy to guess; use a few unrelated words instead.",
        )
    # Case does not count as variety ("AaAaAaAaAa"); spaces do ("demo demo demo demo").
    folded = text.casefold()
    most = max(folded.count(ch) for ch in set(folded))
    if len(set(folded)) < MIN_DISTINCT_CHARS or most * 2 > len(folded):
        return tr(
            "Passphrase",
            "This passphrase repeats too few different characters to be "
            "safe; use a few unrelated words instead.",
        )
    return None


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    return hash_secret_raw(
        normalise_passphrase(passphrase),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def derive_recovery_kek(recovery_secret: bytes, salt: bytes) -> bytes:
    # The recovery key carries 160 random bits, so a fast KDF is enough.
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"kastdesk recovery slot"
    ).derive(recovery_secret)


def wrap_key(kek: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": b64e(nonce), "wrapped": b64e(AESGCM(kek).encrypt(nonce, key, aad))}


def unwrap_key(kek: bytes, slot: dict[str, str], aad: bytes) -> bytes | None:
    """Return the vault key, or None when the KEK (passphrase) is wrong."""
    try:
        return AESGCM(kek).decrypt(b64d(slot["nonce"]), b64d(slot["wrapped"]), aad)
    except InvalidTag:
        return None


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM with a fresh nonce prefixed; used for small encrypted files."""
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes | None:
    if len(blob) < 28:
        return None
    try:
        return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
    except InvalidTag:
        return None


def _group_check(chars: str, index: int) -> str:
    total = index + 1
    for pos, ch in enumerate(chars):
        total += (pos + 2) * _ALPHABET.index(ch)
    return _ALPHABET[total % 32]


def new_recovery_key() -> tuple[str, bytes]:
    """A fresh recovery key as (printable text, secret bytes).

    Eight groups of four characters, each followed by a check character, so a
    mistyped group is found and named instead of simply failing.
    """
    data = "".join(secrets.choice(_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_DATA))
    groups = []
    for i in range(RECOVERY_GROUPS):
        chunk = data[i * RECOVERY_GROUP_DATA : (i + 1) * RECOVERY_GROUP_DATA]
        groups.append(chunk + _group_check(chunk, i))
    return "-".join(groups), data.encode("ascii")


class RecoveryKeyFormatError(ValueError):
    """The text is not shaped like a recovery key; ``group`` names the first bad group.

    The message is shown as it is (the recovery dialog, ``kastdesk recover``), so it is
    translated where it is made.
    """

    def __init__(self, message: str, group: int | None = None) -> None:
        super().__init__(message)
        self.group = group


def parse_recovery_key(text: str) -> bytes:
    """Check the groups of a typed recovery key and return its secret bytes."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    size = RECOVERY_GROUP_DATA + 1
    if len(cleaned) != RECOVERY_GROUPS * size or any(c not in _ALPHABET for c in cleaned):
        raise RecoveryKeyFormatError(
            tr(
                "RecoveryKey", "A recovery key has {groups} groups of {size} letters and digits."
            ).format(groups=RECOVERY_GROUPS, size=size)
        )
    data = []
    for i in range(RECOVERY_GROUPS):
        group = cleaned[i * size : (i + 1) * size]
        chunk, check = group[:-1], group[-1]
        if not hmac.compare_digest(_group_check(chunk, i), check):
            raise RecoveryKeyFormatError(
                tr("RecoveryKey", "Group {n} of the recovery key looks mistyped.").format(n=i + 1),
                i + 1,
            )
        data.append(chunk)
    return "".join(data).encode("ascii")


def recovery_secret(text: str, error: Callable[[str], Exception]) -> bytes:
    """The secret bytes of a typed recovery key, or ``error(message)`` raised if mistyped.

    Every place that takes a typed key (``Vault.recover``, opening a backup) goes through
    here, so all of them accept the same forms of a key (groups joined by dashes or spaces
    or nothing, any case, O/I/L read as 0/1/1) and name a mistyped group in the same
    sentence; only the error class differs, because each caller's exit code and wording for
    a wrong (well-formed) key are its own. The :class:`RecoveryKeyFormatError` stays
    attached as ``__cause__`` with the bad group's number.
    """
    try:
        return parse_recovery_key(text)
    except RecoveryKeyFormatError as exc:
        raise error(str(exc)) from exc
