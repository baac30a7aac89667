"""Bank accounts and organisation numbers (QA 21, finding 3): a Swedish clearing and
account number, a Norwegian account, an IBAN and an organisation number went out whole,
or as "SE45 [phone]", and the check did not list them. Now they are "[account number]",
"[organisation number]"; a long number that only may be one is listed (``NUMBER``), and
withholding that row takes it out.

Every number here is made up (the IBANs are the banks' published examples).
"""

from __future__ import annotations

import pytest

from kastdesk.report.pseudonymize import NUMBER, Pseudonymizer, withheld_in_place


def _pseudo(**options: object) -> Pseudonymizer:
    return Pseudonymizer.for_snapshot({"name": "Ivar Strömgren"}, date_offset_days=-189,
                                      **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(("written", "withheld"), [
    ("clearingnummer 8327-9, kontonummer 123 456 789-0.",
     "clearingnummer [account number], kontonummer [account number]."),
    ("Swedbank 8327-9, 123 456 789-0 och 8327-9 123 456 789-0.",
     "Swedbank [account number] och [account number]."),
    ("Kontonummer 1234.56.78903 og 1503.12.34567.",
     "Kontonummer [account number] og [account number]."),
    ("Han betalte fra 12345678903.", "Han betalte fra [account number]."),
    ("Lønnen går til 1234 56 78903.", "Lønnen går til [account number]."),
    ("kontot i Swedbank är 1234 567 890", "kontot i Swedbank är [account number]"),
    ("Konto hos Nordea: 3300-790314-1234.", "Konto hos Nordea: [account number]."),
    ("IBAN SE45 5000 0000 0583 9825 7466.", "IBAN [account number]."),
    ("IBAN NO93 8601 1117 947 og SE4550000000058398257466.",
     "IBAN [account number] og [account number]."),
    ("Betala till bg 123-4567 eller pg 12 34 56-7.",
     "Betala till bg [account number] eller pg [account number]."),
    ("Arbetsgivarens organisationsnummer 556036-0793.",
     "Arbetsgivarens organisationsnummer [organisation number]."),
    ("Firma 556036-0793 betalar.", "Firma [organisation number] betalar."),
    ("Arbeidsgiver org.nr. 923 609 016 og orgnr 923609016 MVA.",
     "Arbeidsgiver org.nr. [organisation number] og orgnr [organisation number] MVA."),
])
def test_accounts_and_organisation_numbers_are_withheld(written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize("ordinary", [
    "Kontot hade 12 000 000 kr.", "Han har konto hos Nordea sedan 2019-2024.",
    "Kontot tömdes 3 gånger.", "Totalt 30 000 kronor, 1 500 kr per gång.",
])
def test_amounts_and_years_beside_an_account_word_stay(ordinary: str) -> None:
    assert _pseudo().text(ordinary) == ordinary


def test_an_iban_is_no_phone_number() -> None:
    out = _pseudo().text("IBAN SE45 5000 0000 0583 9825 7466")
    assert "[phone]" not in out and "SE45" not in out


def test_a_number_that_only_may_be_an_account_is_listed_and_withheld_on_request() -> None:
    pseudo = _pseudo()
    note = ("Han betalade från 5000-1234567 och 123 456 789-0. Firman 556036-0794. "
            "Mellan 2019-2024 betalade han 1 200 000 kr, kl 10.00-11.30.")
    out = pseudo.text(note)
    assert out == note  # nothing sure enough to withhold by itself
    rows = [(s.word, s.why, n) for s, n in pseudo.suspects_in([out])]
    assert rows == [("5000-1234567", NUMBER, 1), ("123 456 789-0", NUMBER, 1),
                    ("556036-0794", NUMBER, 1)]
    assert withheld_in_place(NUMBER)
    again = _pseudo(withhold_words=[s.word for s, _ in pseudo.suspects_in([out])])
    assert again.text(note) == (
        "Han betalade från [withheld] och [withheld]. Firman [withheld]. "
        "Mellan 2019-2024 betalade han 1 200 000 kr, kl 10.00-11.30.")
