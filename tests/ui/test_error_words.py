"""A service's refusal worded in the interface's language, never its English message."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from liaison_app.errors import DiskFullError, Rule, ValidationError, WrongSecretError
from liaison_app.translations import Language
from ui import language
from ui.error_words import error_text


def test_given_french_then_a_refused_field_is_worded_in_french_with_its_caption(qtbot: QtBot) -> None:
    language.apply(Language.FRENCH)
    exc = ValidationError.about("title", "must not be empty", Rule.REQUIRED)

    text = error_text(exc)

    assert text.startswith("Titre\u00a0:")  # the caption, and French puts a no-break space before ":"
    assert text.endswith(error_text(ValidationError("x", rule=Rule.REQUIRED)))
    assert "empty" not in text


def test_given_arabic_then_typed_failures_read_in_arabic_not_the_service_english(qtbot: QtBot) -> None:
    language.apply(Language.ARABIC)

    for exc in (WrongSecretError("wrong passphrase"), DiskFullError("disk full", free_bytes=0)):
        text = error_text(exc)
        assert text != str(exc)
        assert any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_given_an_error_without_words_then_its_own_message_is_shown(qtbot: QtBot) -> None:
    assert error_text(RuntimeError("socket closed")) == "socket closed"
