"""What verify says reaches a Swedish or Norwegian therapist in their language, never in
SQLite's words, and each line's advice fits its cause.

"client K-A: the newest audit entries have been removed" and "cannot be read: database disk
image is malformed" were English on a Swedish screen; a case file the register does not list
was answered with "restore index.kdb from a backup", which for a file from elsewhere would
have thrown away every client added since that backup.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kastdesk import i18n
from kastdesk.store import KdfParams, StoreError, Vault, audit, db

from ...conftest import PASSPHRASE

FILE = re.compile(r"cases/[0-9a-f]{32}\.kcase")
SQLITE_WORDS = ("malformed", "database disk image", "HMAC", "btree", "Tree ", "cell ", "page ")


def _shout(_context: str, text: str) -> str:
    """A "language" in capitals: what tr() hands back shows, placeholders kept."""
    return re.sub(r"\{[^}]*\}|[^{]+",
                  lambda m: m.group(0) if m.group(0).startswith("{") else m.group(0).upper(),
                  text)


@pytest.fixture
def shouting() -> Iterator[list[tuple[str, str]]]:
    asked: list[tuple[str, str]] = []
    previous = i18n.current_translator()

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return _shout(context, text)

    i18n.set_translator(translate)
    try:
        yield asked
    finally:
        i18n.set_translator(previous)


def _untranslated(line: str) -> str:
    """What is left in lower case once the file names and codes are taken out."""
    return "".join(ch for ch in FILE.sub("", line) if ch.islower())


@pytest.fixture
def troubled(vault_dir: Path, tmp_path: Path) -> dict[str, str]:
    """The QA pass's vault: K-A put back from an older copy, a flipped byte in K-B, and a
    stranger's case file in the cases folder. Returns the codes' case file names."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    a = vault.add_client("K-A")
    a.sessions.add(datetime(2026, 11, 1, 10), note="x")
    b = vault.add_client("K-B")
    b.sessions.add(datetime(2026, 11, 1, 10), note="y" * 3000)
    names = {"K-A": f"cases/{a.client_id}.kcase", "K-B": f"cases/{b.client_id}.kcase"}
    vault.close()
    old = (vault_dir / names["K-A"]).read_bytes()
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.open_case(vault.client_by_code("K-A").id).sessions.add(datetime(2026, 11, 2, 10))
    (vault_dir / names["K-A"]).write_bytes(old)
    shutil.copy(vault_dir / names["K-A"], vault_dir / "cases" / ("0123456789abcdef" * 2 + ".kcase"))
    damaged = bytearray((vault_dir / names["K-B"]).read_bytes())
    damaged[5000] ^= 0xFF
    (vault_dir / names["K-B"]).write_bytes(bytes(damaged))
    return names


def test_every_verify_line_is_translated_and_free_of_sqlite_words(
    vault_dir: Path, troubled: dict[str, str], shouting: list[tuple[str, str]]
) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        problems = vault.verify()
    assert len(problems) == 3, problems
    for line in problems:
        assert _untranslated(line) == "", line
        assert not any(word.upper() in line.upper() for word in ("malformed", "disk image")), line
    assert any(context == "Verify" for context, _ in shouting)


def test_each_advice_fits_its_cause(vault_dir: Path, troubled: dict[str, str]) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        problems = vault.verify()
    older, damaged, stranger = (
        next(p for p in problems if p.startswith("client K-A:")),
        next(p for p in problems if p.startswith("client K-B:")),
        next(p for p in problems if p.startswith("cases/0123")),
    )
    assert "older copy" in older and f"put the newest copy of {troubled['K-A']} back" in older
    # A damaged case file: the vault comes back from a backup (one file alone would be an
    # older copy, refused), and the vault as it is, the file included, is kept beside it.
    assert "restore the vault from the newest backup" in damaged
    assert "Restore from backup" in damaged and f"{troubled['K-B']} included" in damaged
    assert "does not belong to this vault" in stranger
    assert "move it out of the cases folder" in stranger
    for line in problems:  # only a damaged index is mended by an older index
        assert "index.kdb" not in line, line
        assert not any(word in line for word in SQLITE_WORDS), line


def test_a_damaged_index_names_the_index_and_the_backup(
    vault_dir: Path, shouting: list[tuple[str, str]]
) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        vault.add_client("K-2")
        vault.index.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 1")
        problems = vault.verify()
    finally:
        vault.close()
    assert problems and all(p.startswith("INDEX: ") and "FROM THE NEWEST BACKUP" in p
                            for p in problems)
    assert all(_untranslated(p) == "" for p in problems)


def test_sqlite_reports_become_plain_sentences() -> None:
    """Whatever SQLite's integrity checks say, the user reads one plain line for each kind."""

    class Conn:
        def execute(self, sql: str) -> Conn:
            self.sql = sql
            return self

        def fetchall(self) -> list[tuple[str]]:
            if "cipher_integrity_check" in self.sql:
                return [("HMAC verification failed for page 7",), ("page 9 failed",)]
            return [("*** in database main ***",), ("Tree 4 page 12 cell 3: invalid page",)]

    lines = db.integrity_problems(Conn())  # type: ignore[arg-type]
    assert len(lines) == 2
    assert "2 pages" in lines[0] and "changed outside KastDesk" in lines[0]
    assert "structure is damaged" in lines[1]
    assert not any(word in line for line in lines for word in ("HMAC", "Tree", "cell"))


def test_audit_lines_and_the_newer_file_sentence_are_translated(
    shouting: list[tuple[str, str]], vault: Vault
) -> None:
    case = vault.add_client("K-1")
    case._connection().execute("UPDATE audit SET action = 'x' WHERE seq = 1")
    assert all(_untranslated(p) == "" for p in audit.verify(case._connection()))
    conn = case._connection()
    with pytest.raises(StoreError) as info:
        db.migrate(conn, [])  # a file from a newer KastDesk
    assert info.value.message == info.value.message.upper()
