"""The demo's therapist has a personal name that withholds no ordinary word of its notes.

The demo vault's therapist was "Demo Therapist": a pseudonymized packet or summary
withholds the therapist's name word by word (rightly), so the demo's "Cancelled by the
clinic: the therapist was ill" read "the [withheld] was ill".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.demo import DEMO_THERAPIST
from kastdesk.report.export import therapist_names
from kastdesk.report.pseudonymize import Pseudonymizer
from kastdesk.report.snapshot import collect_case
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE, make_demo_vault


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_vault(tmp_path_factory.mktemp("therapist") / "vault")  # the tests' demo


def test_the_demo_therapists_name_withholds_no_word_of_the_demos_notes(demo: Path) -> None:
    notes = 0
    with Vault.unlock(demo, PASSPHRASE) as vault:
        assert vault.therapist == DEMO_THERAPIST
        for entry in vault.clients():
            case = vault.open_case(entry.id, audit_open=False)
            snap = collect_case(case, vault.therapist)
            names = therapist_names(snap, str(vault.therapist))
            assert DEMO_THERAPIST in names
            withheld = Pseudonymizer.for_snapshot(snap, names, date_offset_days=-42)
            plain = Pseudonymizer.for_snapshot(snap, [], date_offset_days=-42)
            for session in snap["sessions"]:
                for note in (session.get("note") or "",):
                    notes += "the therapist" in note.lower()
                    assert withheld.text(note) == plain.text(note), note
    assert notes  # the notes that met "the [withheld] was ill" are among them


def test_the_demo_therapists_name_is_no_name_the_demo_gives_a_person() -> None:
    from kastdesk import demo
    from kastdesk.genogram import demo as genogram_demo

    given = set(demo.FIRST_NAMES_MEN) | set(demo.FIRST_NAMES_WOMEN) | set(demo.SURNAMES)
    given |= {word for value in vars(genogram_demo).values() if isinstance(value, (list, tuple))
              for word in value if isinstance(word, str)}
    assert not set(DEMO_THERAPIST.split()) & given
