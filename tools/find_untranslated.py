"""List the strings the app looked up at run time that no catalogue holds.

lupdate finds strings by reading the code; a string built at run time, or passed through a
helper lupdate does not know, never reaches a catalogue and stays English on a Swedish or
Norwegian screen. Run the UI tests with a recording translator, then compare:

    KASTDESK_RECORD_TR=/tmp/lookups.json python -m pytest -q tests/ui
    python tools/find_untranslated.py /tmp/lookups.json

Prints one ``context<TAB>text`` line per lookup that is in no catalogue (Qt's own contexts
and plain data such as names and numbers are left out).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "translations"
QT_CONTEXTS = ("Q", "QPlatformTheme", "QDialogButtonBox", "QShortcut", "QFileDialog")


def catalogued() -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for path in CATALOGUES.glob("*_sv.ts"):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                out.add((name, message.findtext("source") or ""))
    return out


def main(argv: list[str]) -> int:
    lookups = [tuple(x) for x in json.loads(Path(argv[0]).read_text(encoding="utf-8"))]
    known = catalogued()
    # A widget's self.tr() asks each class of its MRO in turn (PySide does; the recorder never
    # answers, so it sees them all, down to QObject): such a text is covered when any class
    # that asked has it. A core tr(context, text) asks once.
    contexts: dict[str, set[str]] = {}
    for c, t in lookups:
        contexts.setdefault(t, set()).add(c)
    missing = []
    for c, t in lookups:
        if not t.strip() or c.startswith(QT_CONTEXTS) or not any(ch.isalpha() for ch in t):
            continue
        asked = contexts[t]
        if "QObject" in asked:
            if any((other, t) in known for other in asked):
                continue
        elif (c, t) in known:
            continue
        missing.append((c, t))
    for context, text in missing:
        print(f"{context}\t{text[:120]!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
