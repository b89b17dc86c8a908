"""Normalised names, phones and emails: what the duplicate scan compares."""

from __future__ import annotations

from liaison_app.services.duplicate_keys import email_key, initials, name_key, org_blocks, phone_key
from liaison_app.services.duplicate_scores import similarity


def test_given_names_in_other_case_order_and_accents_when_keyed_then_one_key() -> None:
    assert name_key("Mukendi, Jean") == name_key("jean MUKENDI") == "jean mukendi"
    assert name_key("Andrés Gómez") == name_key("Andres Gomez")
    assert name_key("Nguyễn Thị Ánh") == "anh nguyen thi"


def test_given_transliterated_arabic_names_when_compared_then_they_are_close() -> None:
    assert similarity(name_key("Mohammed Al-Hassan"), name_key("Mohamed Al Hassan")) >= 90
    assert similarity(name_key("Abdelrahman Yousef"), name_key("Abd al-Rahman Yusuf")) >= 60
    assert similarity(name_key("Jean Mukendi"), name_key("Amina Diallo")) < 50


def test_given_one_number_in_several_spellings_when_keyed_then_one_key() -> None:
    international = phone_key("+243 81 234 5678")
    assert international == "243812345678"
    assert phone_key("00243 812 345 678") == international
    assert phone_key("081 234 5678", "CD") == international
    assert phone_key("+44 (0)20 7946 0000") == "442079460000"


def test_given_a_national_number_and_no_region_when_keyed_then_its_digits() -> None:
    assert phone_key("081 234 5678") == "0812345678"
    assert phone_key("+283 12 345 6789") == "283123456789"  # no such country: the digits


def test_given_a_short_number_when_keyed_then_none() -> None:
    assert phone_key("112") is None
    assert phone_key("ext. 42") is None


def test_given_emails_in_other_cases_when_keyed_then_one_key() -> None:
    assert email_key(" Jean.Mukendi@WFP.org ") == email_key("jean.mukendi@wfp.org")
    assert email_key("not an address") is None


def test_given_name_keys_when_blocked_then_initials_and_telling_prefixes() -> None:
    assert initials("ali j mohamed") == {"a", "m"}
    assert org_blocks(name_key("Ministry of Health")) == {"min", "hea"}
