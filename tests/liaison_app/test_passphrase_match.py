"""The live "passphrases match" hint's rule: differ only once typing on cannot help."""

from __future__ import annotations

from liaison_app.services.passphrase import Match, match


def test_given_nothing_repeated_then_the_hint_says_nothing() -> None:
    assert match("tundra mosaic kettle", "") is Match.EMPTY


def test_given_a_beginning_of_the_passphrase_then_it_is_still_typing() -> None:
    assert match("tundra mosaic kettle", "tundra mo") is Match.TYPING


def test_given_the_same_text_then_they_match() -> None:
    assert match("tundra mosaic kettle", "tundra mosaic kettle") is Match.MATCH


def test_given_a_typo_or_a_longer_repeat_then_they_differ() -> None:
    assert match("tundra mosaic kettle", "tundra mosiac") is Match.DIFFER
    assert match("tundra mosaic kettle", "tundra mosaic kettles") is Match.DIFFER
