"""Pseudonymized exports leak no names, no genogram names and no exact birth dates."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from kastdesk.genogram import Genogram
from kastdesk.genogram.demo import generate_family
from kastdesk.report.export import ExportOptions, export_case_summary, prepare
from kastdesk.report.pseudonymize import Pseudonymizer, kinship_roles
from kastdesk.store import Vault
from kastdesk.store.crypto import KdfParams
from tests.conftest import PASSPHRASE
from tests.core.test_report_summary import report_vault  # noqa: F401 - fixture


def _date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [iso, f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}/{d.month}/{d.year}", f"{d.year}{d.month:02d}{d.day:02d}"]


def test_every_demo_client_pseudonymized_export_leaks_nothing(
    report_vault: Path, tmp_path: Path  # noqa: F811
) -> None:
    with Vault.unlock(report_vault, PASSPHRASE) as vault:
        entries = vault.clients()
        assert entries
        for entry in entries:
            snap, _ = prepare(vault, entry.id, ExportOptions())
            names = [n for n in [snap.get("name")] if n]
            birth_dates = []
            if snap.get("genogram"):
                for p in snap["genogram"]["persons"]:
                    if p.get("name"):
                        names.append(p["name"])
                    if p.get("birth_date"):
                        birth_dates.append(p["birth_date"])
            out = tmp_path / f"{entry.code}.pdf"
            export_case_summary(vault, entry.id, out, ExportOptions(pseudonymize=True))
            text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
            assert "Session log" in text
            for name in names:
                for part in [name, *name.split()]:
                    if len(part) < 2:
                        continue
                    found = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text)
                    assert found is None, f"{entry.code}: {part!r} leaked"
            for iso in birth_dates:
                for form in _date_forms(iso):
                    assert form not in text, f"{entry.code}: birth date {form} leaked"


def test_roles_are_relative_to_the_client() -> None:
    g = generate_family(3, 30)
    roles = kinship_roles(g)
    by_role = {r: pid for pid, r in roles.items()}
    assert roles[g.index_person.id] == "the client"
    assert "father" in by_role and "mother" in by_role
    father = g.persons[by_role["father"]]
    assert father.id in g.parents_of(g.index_person.id)
    assert any(r.startswith("paternal grandfather") for r in roles.values())
    assert len(set(roles.values())) == len(roles), "every role is unique (numbered)"


def test_free_text_names_dates_and_contacts_are_scrubbed() -> None:
    g = generate_family(5, 12)
    client = g.index_person
    snap = {"name": "Sven Ölund", "genogram": g.to_dict()}
    p = Pseudonymizer.for_snapshot(snap, ["Gothenburg"], date_offset_days=100)
    father_id = next(pid for pid, r in kinship_roles(g).items() if r == "father")
    father = g.persons[father_id].name
    text = (f"Sven met {father} in Gothenburg on 2024-03-01; call 070-123 45 67 or "
            f"sven@example.se. SVEN said 3.4.2024.")
    out = p.text(text)
    assert "Sven" not in out and "SVEN" not in out and father.split()[0] not in out
    assert "Gothenburg" not in out and "070-123" not in out and "example.se" not in out
    assert "The client met father" in out
    assert "2024-06-09" in out and "3.4.2024" not in out
    review = {r.original: r.replacement for r in p.review()}
    assert review["Sven Ölund"] == "the client" and review["Gothenburg"] == "[withheld]"
    assert client is not None


def test_genogram_shows_ages_and_drops_years_birth_dates_and_occupations() -> None:
    """Ages stand for the years (kastdesk.report.pseudonymize.Pseudonymizer.genogram says
    why): exact years beside shifted dates gave the shift away."""
    from kastdesk.genogram.symbols import person_age

    g = generate_family(9, 20)
    p = Pseudonymizer.for_snapshot({"genogram": g.to_dict()}, date_offset_days=40)
    out = Genogram.from_dict(p.genogram(g.to_dict(), 2026))
    for pid, person in out.persons.items():
        assert person.birth_date is None and person.occupation == ""
        assert person.birth_year is None and person.death_year is None
        assert person_age(person, 2026) == person_age(g.persons[pid], 2026)
        if g.persons[pid].name:
            assert person.name != g.persons[pid].name


def test_shifted_dates_never_land_on_a_birth_date() -> None:
    p = Pseudonymizer({}, date_offset_days=1, birth_dates=["2024-01-02", "2024-01-03"])
    assert p.shift_day("2024-01-01") == "2024-01-04"


def test_possessive_names_and_dates_in_words_are_scrubbed() -> None:
    """ "Eriks mor" (the Swedish and Norwegian possessive) and "Født 14. juni 1975" went into
    the supervision packet as written."""
    g = generate_family(5, 12)
    snap = {"name": "Sven Ölund", "genogram": g.to_dict()}
    p = Pseudonymizer.for_snapshot(snap, date_offset_days=100)
    father_id = next(pid for pid, r in kinship_roles(g).items() if r == "father")
    first = g.persons[father_id].name.split()[0]
    out = p.text(f"{first}s drikking. Svens mor ringte. Født 14. juni 1975, "
                 f"moved on June 3, 2001 and 2 mars.")
    assert first not in out and "Sven" not in out
    assert "Father's drikking" in out and "The client's mor" in out
    assert "juni" not in out and "June" not in out and "mars" not in out
    assert out.count("[date]") == 3


def test_the_export_date_and_metadata_do_not_give_the_date_offset_away(
    report_vault: Path, tmp_path: Path  # noqa: F811
) -> None:
    """The cover's "Exported" date was shifted like every other date while the PDF's
    creation date held the real one: the difference was the secret offset. Real, beside
    the shifted period, it told the offset's direction: the cover says "Exported [date]",
    and the PDF carries no real creation date."""
    offset = 123
    with Vault.unlock(report_vault, PASSPHRASE) as vault:
        entry = vault.clients()[0]
        snap, _ = prepare(vault, entry.id, ExportOptions())
        names = [n for n in [snap.get("name")] if n]
        if snap.get("genogram"):
            names += [p["name"] for p in snap["genogram"]["persons"] if p.get("name")]
        out = tmp_path / "p.pdf"
        export_case_summary(vault, entry.id, out,
                            ExportOptions(pseudonymize=True, date_offset_days=offset))
    today = date.today()
    reader = PdfReader(out)
    cover = reader.pages[0].extract_text()
    assert "Exported" in cover and "Pseudonymized" in cover
    assert re.search(r"Exported\s*\[date\]", cover)
    assert today.isoformat() not in cover
    meta = reader.metadata or {}
    # Neither the real day nor a shifted one: the real day beside what is counted to the
    # export day (a streak, the last session before the planned ones) gave the offset away.
    for created in (meta.creation_date, meta.modification_date):
        if created is not None:
            assert abs((created.date() - today).days) > 31
            assert created.date() != today + timedelta(days=offset)
    words = " ".join(str(v) for v in (meta.title, meta.subject, meta.author, meta.keywords,
                                      meta.creator, meta.producer) if v)
    for name in names:
        for part in [name, *name.split()]:
            assert len(part) < 2 or part not in words, part
    assert not re.search(r"\d{4}-\d{2}-\d{2}", words)


def test_the_client_code_is_replaced_by_a_reference_recorded_in_the_audit_log(
    report_vault: Path, tmp_path: Path  # noqa: F811
) -> None:
    """The code (K-2024-017) is the key to the clinic's register and gives the year of first
    contact, which narrows the date offset: the export prints a reference of its own, and the
    audit log says which reference stood for which case."""
    with Vault.unlock(report_vault, PASSPHRASE) as vault:
        entry = vault.clients()[0]
        out = tmp_path / "p.pdf"
        result = export_case_summary(vault, entry.id, out, ExportOptions(pseudonymize=True))
        ref = result.replacements[0]
        assert (ref.original, ref.source) == (entry.code, "client")
        assert re.fullmatch(r"P-[A-Z0-9]{4}", ref.replacement)
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        assert entry.code not in text
        assert re.search(rf"Reference\s*{ref.replacement}", text)
        assert _last_export(vault, entry.id)["reference"] == ref.replacement
        # Not pseudonymized: the code stays, and no reference is recorded.
        plain = tmp_path / "plain.pdf"
        export_case_summary(vault, entry.id, plain, ExportOptions())
        assert entry.code in "\n".join(p.extract_text() for p in PdfReader(plain).pages)
        assert _last_export(vault, entry.id)["reference"] is None


def _last_export(vault: Vault, client_id: str) -> dict[str, object]:
    events = vault.open_case(client_id, audit_open=False).audit_entries()
    return max((e for e in events if e.action == "Export case summary"), key=lambda e: e.seq).detail


def test_two_exports_get_different_references() -> None:
    snap = {"code": "K-2025-004", "name": "Anna Berg"}
    refs = {Pseudonymizer.for_snapshot(snap).apply(snap)["code"] for _ in range(20)}
    assert len(refs) > 1 and "K-2025-004" not in refs


def test_the_code_in_free_text_becomes_the_reference_too() -> None:
    """A note that named the code ("K-2026-042 said…") printed it in the pseudonymized PDF and
    the supervision packet, although the cover showed the reference."""
    snap = {"code": "K-2026-042", "name": None,
            "sessions": [{"id": "s1", "note": "K-2026-042 said the letter is filed under "
                                              "k-2026-042; see also XK-2026-0420."}]}
    pseudo = Pseudonymizer.for_snapshot(snap, reference="P-7KQ4")
    note = pseudo.apply(snap)["sessions"][0]["note"]
    assert note == "P-7KQ4 said the letter is filed under P-7KQ4; see also XK-2026-0420."


def test_the_urge_log_counted_to_the_export_day_does_not_print_that_day_shifted(
    report_vault: Path, tmp_path: Path  # noqa: F811
) -> None:
    """The urge log's streaks read "281 days since the last lapse as of 2025-12-20": the
    export day, shifted. A supervisor who knows roughly when the PDF came reads the secret
    offset off it, and with it every real date. Counted to the export day, it says so."""
    offset = -7 * 50
    shifted_today = (date.today() + timedelta(days=offset)).isoformat()
    streaks = 0
    with Vault.unlock(report_vault, PASSPHRASE) as vault:
        for n, entry in enumerate(vault.clients()):
            out = tmp_path / f"{n}.pdf"
            export_case_summary(vault, entry.id, out,
                                ExportOptions(pseudonymize=True, date_offset_days=offset))
            text = " ".join(page.extract_text() for page in PdfReader(out).pages)
            assert shifted_today not in text
            streaks += text.count("as of the export day")
    assert streaks > 0  # the demo's running cases keep urge logs


def test_a_client_still_waiting_does_not_give_the_export_day_away(tmp_path: Path) -> None:
    """A client on the waiting list: the period ran to the export day, printed shifted, and
    "56 days so far" beside the shifted first contact told the same day. Either, with an
    idea of when the PDF came, gave the secret offset and so every real date away."""
    offset = -7 * 13
    today = date.today()
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.for_tests(),
                            therapist="Test Therapist")
    with vault:
        case = vault.add_client("K-2026-071", first_contact_date=today - timedelta(days=40))
        client_id = str(case.profile.get().id)
        out = tmp_path / "w.pdf"
        export_case_summary(vault, client_id, out,
                            ExportOptions(pseudonymize=True, date_offset_days=offset))
        plain = tmp_path / "plain.pdf"
        export_case_summary(vault, client_id, plain, ExportOptions())
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert (today + timedelta(days=offset)).isoformat() not in text
    assert "the export day" in text and "still waiting, no session held yet" in text
    assert "40 days so far" not in text
    plain_text = " ".join(page.extract_text() for page in PdfReader(plain).pages)
    assert "40 days so far" in plain_text and today.isoformat() in plain_text
