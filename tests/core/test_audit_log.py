"""The audit logs read back in words: who opened, changed, exported or deleted what, and
when; filtered by period and kind; checked as verify checks them; exported as CSV; and
never holding case content (the list may go to a plain file)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kastdesk import i18n
from kastdesk.audit import Kind, case_log, status_line, to_csv, vault_log, write_csv
from kastdesk.audit.describe import describe, kind_label
from kastdesk.audit.log import AuditLog, AuditRow, record_export
from kastdesk.domain.models import RiskKind, Status
from kastdesk.genogram import Genogram
from kastdesk.genogram.edits import add_person
from kastdesk.genogram.storage import apply_edit
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.store import KdfParams, Vault
from kastdesk.store.errors import ExportIntoVault

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# Words that stand for case content: each is typed into the case somewhere below.
CONTENT = {
    "name": "Kalle Zetterqvist",
    "note": "Zebraword met the escort in Haninge",
    "goal": "Quokkagoal stop buying",
    "flag": "Flamingonote about the bridge",
    "amendment": "Axolotl correction",
    "reason": "Narwhal reason",
    "relative": "Wombatina Zetterqvist",
    "topic": "Pangolintopic",
}


@pytest.fixture
def worked_vault(vault_dir: Path, tmp_path: Path) -> Iterator[tuple[Vault, str]]:
    """A vault with one client whose case has been worked on in every way that is audited."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist="Anna Berg")
    case = vault.add_client("K-2026-001", name=CONTENT["name"])
    client_id = case.client_id
    vault.close_case(client_id)
    case = vault.open_case(client_id)  # "Open case"
    start = datetime(2026, 10, 1, 10, 0)
    session = case.sessions.add(start, topics=[CONTENT["topic"]])
    note = (CONTENT["note"] + " ") * 12
    case.sessions.save_note(session.id, note[:412])
    case.sessions.sign(session.id)
    case.sessions.amend(session.id, CONTENT["amendment"], CONTENT["reason"])
    other = case.sessions.add(start + timedelta(days=7))
    case.sessions.delete(other.id)
    case.goals.add(CONTENT["goal"])
    case.flags.raise_flag(RiskKind.SUICIDAL, CONTENT["flag"])
    case.profile.set_status(Status.INTAKE)
    case.profile.update(name=CONTENT["name"] + " Jr")
    apply_edit(case, Genogram(), add_person(Genogram(), name=CONTENT["relative"]))
    out = tmp_path / "exports" / "summary.pdf"
    out.parent.mkdir()
    export_case_summary(vault, client_id, out,
                        ExportOptions(pseudonymize=True, reference="P-7KQ4"))
    try:
        yield vault, client_id
    finally:
        vault.close()


def _whats(log: AuditLog) -> list[str]:
    return [r.what for r in reversed(log.rows)]


def test_a_case_log_says_what_was_done_in_plain_words(
    worked_vault: tuple[Vault, str],
) -> None:
    vault, client_id = worked_vault
    log = case_log(vault, client_id)
    assert log.intact and log.problems == []
    assert _whats(log) == [
        "Created the case file",
        "Opened the case file",
        "Added a session",
        "Saved a session note (412 characters)",
        "Signed a note",
        "Added an amendment to a signed note",
        "Added a session",
        "Deleted a session",
        "Set a goal",
        "Raised a risk flag",
        "Changed the status to “Intake”",
        "Changed the client's details: name",
        "Changed the family map: Add person",
        "Exported the case summary (pseudonymized, reference P-7KQ4)",
    ]
    first = log.rows[-1]
    assert (first.who, first.client, first.kind) == ("Anna Berg", "K-2026-001", Kind.CHANGED)
    export = log.rows[0]
    assert export.kind is Kind.EXPORTED and export.target.endswith("summary.pdf")
    assert log.rows[-2].when is not None and log.rows[-2].when.tzinfo is not None  # local
    assert "complete and unaltered" in status_line(log)


def test_the_log_is_filtered_by_kind_and_period(worked_vault: tuple[Vault, str]) -> None:
    vault, client_id = worked_vault
    log = case_log(vault, client_id)
    assert [r.what for r in log.filtered(kinds={Kind.OPENED})] == ["Opened the case file"]
    assert [r.what for r in log.filtered(kinds={Kind.DELETED})] == ["Deleted a session"]
    assert len(log.filtered(kinds={Kind.EXPORTED})) == 1
    today = log.rows[0].day
    assert today is not None
    assert len(log.filtered(today, today)) == len(log.rows)
    assert log.filtered(today + timedelta(days=1)) == []
    assert log.filtered(None, today - timedelta(days=1)) == []


def test_the_period_is_in_local_days() -> None:
    # Stored in UTC; a day is the therapist's day.
    at = datetime(2026, 11, 1, 23, 30, tzinfo=UTC)
    local = at.astimezone()
    row = AuditRow(1, at.isoformat(), local, "A", Kind.OPENED, "x", "", "", "Open case")
    log = AuditLog([row], [], 1)
    assert log.filtered(local.date(), local.date()) == [row]
    assert log.filtered(local.date() + timedelta(days=1)) == []


def test_the_log_holds_no_case_content_nor_does_its_csv(
    worked_vault: tuple[Vault, str], tmp_path: Path,
) -> None:
    vault, client_id = worked_vault
    case = vault.open_case(client_id, audit_open=False)
    raw = json.dumps([e.__dict__ for e in case.audit_entries() + vault.audit_entries()],
                     ensure_ascii=False)
    log = vault_log(vault, include_cases=True)
    shown = to_csv(log.rows) + json.dumps([r.what + r.target for r in log.rows])
    for what, words in CONTENT.items():
        for word in (words, words.split()[0], words.split()[-1]):
            assert word not in raw, f"{what} ({word}) is in the audit log"
            assert word not in shown, f"{what} ({word}) is in the list shown"
    # Which kind of risk was flagged is sensitive too (clients --json hides it): the
    # sentence says a flag was raised, not what it warns of.
    assert "suicid" not in shown.casefold()


def test_a_vault_log_with_every_case_names_clients_and_deletions(
    worked_vault: tuple[Vault, str],
) -> None:
    vault, _ = worked_vault
    second = vault.add_client("K-2026-002")
    vault.delete_client(second.client_id)
    own = vault_log(vault)
    assert [r.what for r in reversed(own.rows)][:2] == [
        "Created the vault", "Added the client to the register"]
    deleted = own.rows[0]
    assert (deleted.what, deleted.client, deleted.kind) == (
        "Deleted the client and their case file for good", "K-2026-002", Kind.DELETED)
    merged = vault_log(vault, include_cases=True)
    assert merged.logs_checked == 2 and merged.intact
    assert {r.client for r in merged.rows} == {"", "K-2026-001", "K-2026-002"}
    times = [r.at for r in merged.rows]
    assert times == sorted(times, reverse=True)
    assert "all 2 logs" in status_line(merged)


def test_reading_a_log_writes_nothing(worked_vault: tuple[Vault, str]) -> None:
    vault, client_id = worked_vault
    vault.close_case(client_id)
    path = vault.folder / "cases" / f"{client_id}.kcase"
    before = path.read_bytes(), len(vault.audit_entries())
    case_log(vault, client_id)
    vault_log(vault, include_cases=True)
    assert (path.read_bytes(), len(vault.audit_entries())) == before
    assert client_id not in vault._open_cases


def test_an_altered_entry_shows_at_the_top(worked_vault: tuple[Vault, str]) -> None:
    vault, client_id = worked_vault
    case = vault.open_case(client_id, audit_open=False)
    # Someone with the key edits the log by hand (autocommit: no transaction needed).
    case._connection().execute("UPDATE audit SET actor = 'Somebody Else' WHERE seq = 2")
    log = case_log(vault, client_id)
    assert not log.intact
    assert any("audit entry 2 has been altered" in p for p in log.problems)
    line = status_line(log)
    assert "may have been altered" in line and "K-2026-001" in line
    assert vault.verify() == log.problems  # the same check, the same words


def test_the_shown_list_exports_as_csv_and_is_audited(
    worked_vault: tuple[Vault, str], tmp_path: Path,
) -> None:
    vault, client_id = worked_vault
    log = case_log(vault, client_id)
    rows = log.filtered(kinds={Kind.CHANGED})
    out = tmp_path / "history.csv"
    write_csv(rows, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets then read å, ä, ö
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Date and time,Who,Kind,What,Client,Target"
    assert len(lines) == 1 + len(rows)
    assert "Saved a session note (412 characters)" in data.decode("utf-8")
    record_export(vault, rows, out, client_id)
    again = case_log(vault, client_id)
    assert again.rows[0].what == f"Exported the audit log ({len(rows)} lines)"
    assert again.rows[0].kind is Kind.EXPORTED and again.rows[0].target == str(out.resolve())
    with pytest.raises(ExportIntoVault):
        write_csv(rows, vault.folder / "history.csv")


def test_a_cell_is_never_taken_for_a_formula() -> None:
    row = AuditRow(1, "", None, "=HYPERLINK(\"x\")", Kind.CHANGED, "+1", "", "@a", "Open case")
    assert "'=HYPERLINK" in to_csv([row]) and ",'+1," in to_csv([row])


@pytest.mark.parametrize(("language", "separator"),
                         [("", ","), ("en_GB", ","), ("sv_SE", ";"), ("nb_NO", ";")])
def test_the_export_is_separated_as_excel_in_the_language_expects(
    worked_vault: tuple[Vault, str], tmp_path: Path, language: str, separator: str,
) -> None:
    vault, client_id = worked_vault
    rows = case_log(vault, client_id).rows
    # A therapist's own words that a spreadsheet would run, among the real rows.
    rows = [*rows, AuditRow(99, "", None, "=HYPERLINK(\"x\")", Kind.CHANGED, "-1; +2, @3",
                            "K-1", "Åsa; Ærø, Øy", "Open case")]
    previous, previous_language = i18n.current_translator(), i18n.current_language()
    i18n.set_translator(lambda context, text: text, language)
    try:
        out = tmp_path / "history.csv"
        write_csv(rows, out)
    finally:
        i18n.set_translator(previous, previous_language)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    back = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                           delimiter=separator))
    assert back[0] == ["Date and time", "Who", "Kind", "What", "Client", "Target"]
    assert back[1:-1] == [[r.when_text, r.who, kind_label(r.kind), r.what, r.client, r.target]
                          for r in rows[:-1]]
    assert back[-1] == [rows[-1].when_text, "'=HYPERLINK(\"x\")", "Changed", "'-1; +2, @3", "K-1",
                        "Åsa; Ærø, Øy"]


def test_the_words_go_through_the_catalogue(
    marked: None, worked_vault: tuple[Vault, str],
) -> None:
    vault, client_id = worked_vault
    log = case_log(vault, client_id)
    for row in log.rows:
        assert row.what.startswith("«"), row.what
    assert to_csv(log.rows).startswith("«Date and time»")


def test_settings_and_failed_attempts_in_words(vault_dir: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist="Anna Berg")
    with vault:
        vault.set_setting("therapist_name", "Anna Lind")
        vault.set_setting("autolock_minutes", "10")
        vault.set_setting("privacy_mode", "0")
        vault.set_setting("report.extra_names", '["Kalle"]')
        whats = [r.what for r in vault_log(vault).rows[:4]]
    assert whats == [
        "Changed a setting: Names withheld from pseudonymized exports",
        "Turned privacy mode off",
        "Changed the idle time before locking from 5 to 10 minutes",
        "Changed the name in the audit log from “Anna Berg” to “Anna Lind”",
    ]
    last = datetime(2026, 11, 1, 14, 2, tzinfo=UTC)
    words = describe("Failed unlock attempts", "", {"count": 3, "recovery_key": 0,
                                                    "last": last.isoformat()}, in_case=False)
    local = last.astimezone()
    assert words.kind is Kind.OPENED
    assert words.what == (f"3 failed attempts since the last unlock, the last on "
                          f"{local:%Y-%m-%d} at {local:%H:%M}")


def test_every_action_the_code_writes_has_words() -> None:
    """A new transaction name falls back to itself (English, untranslated): name it here."""
    patterns = [r'_write\(\s*"([^"]+)"', r'transaction\(\s*"([^"]+)"', r'\.record\(\s*"([^"]+)"',
                r'audit\.append\(\s*conn,\s*[^,]+,\s*"([^"]+)"', r'_record_read\(\s*"([^"]+)"',
                r'_record_unlock\(\s*"([^"]+)"', r'_set_passphrase\([^,]+,\s*"([^"]+)"',
                r'label="([^"]+)"', r'_LABEL = "([^"]+)"']
    found: set[str] = set()
    for path in (ROOT / "kastdesk").rglob("*.py"):
        text = path.read_text("utf-8")
        for pattern in patterns:
            found.update(m.group(1) for m in re.finditer(pattern, text))
    assert len(found) > 30
    unnamed = sorted(a for a in found
                     if describe(a, "", {}, in_case=True).what == a
                     or describe(a, "", {}, in_case=False).what == a)
    assert unnamed == []


def test_dates_in_the_list_are_local_and_unambiguous(worked_vault: tuple[Vault, str]) -> None:
    vault, client_id = worked_vault
    row = case_log(vault, client_id).rows[0]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", row.when_text)
    assert row.day == datetime.fromisoformat(row.at).astimezone().date()
    assert isinstance(row.day, date)


@pytest.mark.parametrize(("action", "detail", "kind", "what"), [
    ("Consequence listing: start", {"document": "exercise", "areas": ["documents"]},
     Kind.CHANGED, "Started the exercise “Consequence listing”"),
    ("Urge log: add entry", {"document": "exercise", "areas": ["documents", "sessions"]},
     Kind.CHANGED, "Worked on the exercise “Urge log”: add entry"),
    # A family map step stored in the language of the day is shown as it was stored.
    ("Lägg till partner", {"document": "genogram", "areas": ["documents"]},
     Kind.CHANGED, "Changed the family map: Lägg till partner"),
    ("Delete guidance_flag", {"areas": ["documents"]}, Kind.DELETED, "Deleted: Supervision"),
    ("Delete dialog_draft", {"areas": ["documents"]}, Kind.CHANGED, "Deleted: Unfinished text"),
    ("Export genogram as PNG", {"initials_only": True, "persons": 9},
     Kind.EXPORTED, "Exported the family map as PNG (initials only)"),
    ("Print", {"what": "coping card"}, Kind.EXPORTED, "Printed the coping card"),
    # A name from a later version: its first word, else whether it was a transaction.
    ("Export something new", {}, Kind.EXPORTED, "Export something new"),
    ("Tidy the drawers", {"areas": ["profile"]}, Kind.CHANGED, "Tidy the drawers"),
])
def test_labels_made_at_run_time_in_words(action: str, detail: dict[str, object], kind: Kind,
                                          what: str) -> None:
    words = describe(action, "", detail, in_case=True)
    assert (words.kind, words.what) == (kind, what)
