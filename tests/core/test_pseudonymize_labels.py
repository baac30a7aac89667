"""What the pseudonymizer writes in place of a thing says what it was (QA 21, finding 10):
"IP 10.0.0.12" read "IP 10.[date]", a personnummer without its dash "[phone]", a
fødselsnummer with a dash "[phone]"; the client's two given names' initials as a
nickname ("kalles PA") went out unlisted; English roles took a Swedish genitive ("The
clients dotter").

Every name and number here is made up.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kastdesk import i18n
from kastdesk.report.pseudonymize import INITIALS, Pseudonymizer


def _pseudo(name: str = "Mikael Lindqvist") -> Pseudonymizer:
    return Pseudonymizer.for_snapshot({"name": name}, date_offset_days=-189)


@pytest.mark.parametrize(("written", "withheld"), [
    ("IP 10.0.0.12 och 192.168.1.20.", "IP [IP address] och [IP address]."),
    ("Routern svarar på 10.0.0.1", "Routern svarar på [IP address]"),
])
def test_an_ip_address_is_withheld_whole_as_one(written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize("ordinary", ["version 1.2.3.4 av appen", "300.1.1.1"])
def test_a_version_or_no_ip_address_stays(ordinary: str) -> None:
    assert _pseudo().text(ordinary) == ordinary


@pytest.mark.parametrize(("written", "withheld"), [
    ("MAC 00:1A:2B:3C:4D:5E på mobilen.", "MAC [MAC address] på mobilen."),
    ("Routerns logg: 00-1a-2b-3c-4d-5e, 10.0.0.7", "Routerns logg: [MAC address], [IP address]"),
    ("Datorn (001a.2b3c.4d5E).", "Datorn ([MAC address])."),
    ("ab:cd:ef:01:23:45", "[MAC address]"),
])
def test_a_mac_address_is_withheld_whole_as_one(written: str, withheld: str) -> None:
    """A phone's or a laptop's network address ties it to its owner as an IP address does:
    it went out whole and unlisted."""
    assert _pseudo().text(written) == withheld


@pytest.mark.parametrize("ordinary", [
    "00:1A:2B:3C:4D",  # five pairs: no MAC address
    "00:1a-2b:3c:4d:5e",  # separators mixed
    "kl 10:00:00",
])
def test_what_is_no_mac_address_is_no_mac_address(ordinary: str) -> None:
    assert "[MAC address]" not in _pseudo().text(ordinary)


@pytest.mark.parametrize(("written", "withheld"), [
    ("Personnummer 7903141234.", "Personnummer [id number]."),
    ("Fnr. 010280-12345 står på henvisningen.", "Fnr. [id number] står på henvisningen."),
    # A Swedish phone number, written without its country code, begins with 0.
    ("Ring 0701234567.", "Ring [phone]."),
])
def test_an_id_number_is_labelled_so_and_a_phone_number_still_a_phone(
        written: str, withheld: str) -> None:
    assert _pseudo().text(written) == withheld


def test_two_given_names_initials_as_a_nickname_are_the_client_or_listed() -> None:
    """"PA" for Per Arne Johansen is "på" only folded ("PÅ" in capitals), so it is the
    client, as "JE" for Jan Erik Olsen; in a note typed without rings ("pa stan") it may
    be "PÅ", so it is left and listed. "p.a." (per annum) stays."""
    pseudo = _pseudo("Per Arne Johansen")
    out = pseudo.text("Han kalles PA av alla. Lön 500 000 kr p.a.")
    assert out == "Han kalles the client av alla. Lön 500 000 kr p.a."
    assert pseudo.suspects_in([out]) == []
    out = pseudo.text("Han gick pa stan. PA kom sent.")
    assert out == "Han gick pa stan. PA kom sent."
    assert [(s.word, s.why) for s, _ in pseudo.suspects_in([out])] == [("PA", INITIALS)]
    assert _pseudo("Jan Erik Olsen").text("Han kalles JE, JE:s fru.") == (
        "Han kalles the client, the client's fru.")


def test_an_english_role_takes_an_english_possessive() -> None:
    out = _pseudo().text("Mikaels dotter går i skolan. Han sa att Mikaels pappa drack. "
                         "ML:s bror, Lindqvists granne.")
    assert out == ("The client's dotter går i skolan. Han sa att the client's pappa drack. "
                   "The client's bror, [family name]'s granne.")


@pytest.fixture
def swedish_roles() -> Iterator[None]:
    words = {"the client": "klienten", "[family name]": "[efternamn]"}
    i18n.set_translator(lambda _context, text: words.get(text, text), "sv_SE")
    yield
    i18n.set_translator(None)


def test_a_swedish_role_keeps_the_swedish_possessive(swedish_roles: None) -> None:
    out = _pseudo().text("Mikaels dotter går i skolan. ML:s bror, Lindqvists granne.")
    assert out == "Klientens dotter går i skolan. Klientens bror, [efternamn]s granne."
