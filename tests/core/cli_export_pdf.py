"""The vault the ``export-pdf --pseudonymize`` tests export from, the command as they run
it, and the text of the PDF it wrote: one setting for them all, so that each test names
only its client, its note and the options it tries."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kastdesk.cli import main
from kastdesk.genogram import Genogram
from kastdesk.genogram.storage import save_genogram
from kastdesk.store import KdfParams, Vault
from tests.conftest import PASSPHRASE


def vault_to_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, note: str,
                    family_map: Genogram | None = None, **client: Any) -> Path:
    """A vault in ``tmp_path / "vault"`` (today 1 October 2026) with client ``code``
    (``client``: more of what the client is added with, a name say), first seen 1 August
    2026, its ``family_map`` saved where given, then one session on 7 September 2026 with
    ``note``; the passphrase set for the command. Returns ``tmp_path``, where the PDF goes."""
    monkeypatch.setenv("KASTDESK_PASSPHRASE", PASSPHRASE)
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist="Test Therapist")
    with vault:
        vault.today = lambda: date(2026, 10, 1)  # type: ignore[method-assign]
        case = vault.add_client(code, first_contact_date=date(2026, 8, 1), **client)
        if family_map is not None:
            save_genogram(case, family_map, "Import")
        case.sessions.add(datetime(2026, 9, 7, 10, 0), note=note)
    return tmp_path


def export(folder: Path, code: str, *options: str) -> int:
    """``export-pdf --pseudonymize`` of client ``code``'s sessions to ``folder / "out.pdf"``
    (over what is there), with ``options``; its exit code."""
    return main(["export-pdf", "--vault", str(folder / "vault"), "--case", code,
                 "--out", str(folder / "out.pdf"), "--force", "--pseudonymize",
                 "--sections", "sessions", *options])


def pdf_text(folder: Path) -> str:
    """The text of ``folder / "out.pdf"``, page after page."""
    return "\n".join(p.extract_text() for p in PdfReader(folder / "out.pdf").pages)
