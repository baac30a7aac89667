"""Figures for the case summary PDF and the supervision packet (issue 6).

Case summary of the largest demo case (150 sessions, about 80-person genogram, every
exercise, all scales): time to produce and file size. Supervision packet for 10 cases.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kastdesk.demo import DemoOptions, fill_vault
from kastdesk.report.export import export_case_summary
from kastdesk.report.sample import ensure_demo_content
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault, _ = Vault.create(folder, "bench passphrase 123", kdf=KdfParams.for_tests(),
                                therapist="Bench")
        fill_vault(vault, DemoOptions(clients=10, seed=1))
        entries = vault.clients()
        for n, e in enumerate(entries):
            case = vault.open_case(e.id, audit_open=False)
            ensure_demo_content(case, random.Random(n), genogram_size=80 if n == 0 else 0)
        large = max(entries, key=lambda e: vault.open_case(e.id).sessions.count())
        for pseudo in (False, True):
            from kastdesk.report.export import ExportOptions

            times = []
            for _ in range(3):
                t = time.perf_counter()
                r = export_case_summary(vault, large.id, Path(tmp) / "s.pdf",
                                        ExportOptions(pseudonymize=pseudo))
                times.append(time.perf_counter() - t)
            print(f"case summary ({'pseudonymized' if pseudo else 'plain'}), "
                  f"{vault.open_case(large.id).sessions.count()} sessions: "
                  f"first {times[0]:.2f} s, best {min(times):.2f} s (goal < 1.5 s), "
                  f"{r.pages} pages, {r.size / 1024:.0f} KB")
        for e in entries:
            case = vault.open_case(e.id, audit_open=False)
            flag_for_guidance(case, "What should I focus on next?", "case")
        t = time.perf_counter()
        res = export_packet(vault, "packet passphrase 123", Path(tmp) / "p.pdf",
                            Path(tmp) / "p.kastsup", kdf=KdfParams.for_tests())
        took = time.perf_counter() - t
        print(f"supervision packet, {res.cases} cases: {took:.2f} s (test KDF; the real "
              f"Argon2id adds about 0.4 s), PDF {(Path(tmp) / 'p.pdf').stat().st_size / 1024:.0f}"
              f" KB, packet {(Path(tmp) / 'p.kastsup').stat().st_size / 1024:.0f} KB")
        vault.close()


if __name__ == "__main__":
    main()
