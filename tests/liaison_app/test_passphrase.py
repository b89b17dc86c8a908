"""The one passphrase policy (zxcvbn-backed) that the CLI and the wizard both apply."""

from __future__ import annotations

import ast
import inspect

import pytest
from zxcvbn import feedback

from liaison_app.errors import ValidationError
from liaison_app.services import passphrase as policy
from liaison_app.services.passphrase import Hint, Reason

DICEWARE = "tundra mosaic kettle orbit lantern"


def test_given_password123_then_it_is_weak_refused_and_zxcvbn_says_why() -> None:
    rating = policy.strength("Password123!")
    assert (rating.accepted, rating.reason) == (False, Reason.TOO_GUESSABLE)
    assert rating.score < policy.MIN_SCORE
    assert rating.feedback.warning is Hint.SIMILAR_TO_COMMON
    assert Hint.ADD_WORDS in rating.feedback.suggestions
    assert rating.feedback.text  # zxcvbn's own words, for the command line


def test_given_a_long_diceware_like_phrase_then_it_is_accepted_as_very_strong() -> None:
    rating = policy.strength(DICEWARE)
    assert (rating.accepted, rating.reason, rating.score) == (True, Reason.ACCEPTED, policy.MAX_SCORE)
    assert policy.check_new(DICEWARE, DICEWARE) == DICEWARE


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", Reason.EMPTY),
        ("Xq7#vK2m", Reason.TOO_SHORT),  # random enough, but under the floor
        ("aaaaaaaaaaaa", Reason.TOO_GUESSABLE),
        ("qwertyuiopasdf", Reason.TOO_GUESSABLE),
        ("passphrase", Reason.TOO_GUESSABLE),
    ],
)
def test_given_a_weak_passphrase_then_the_reason_is_a_code(text: str, reason: Reason) -> None:
    rating = policy.strength(text)
    assert (rating.accepted, rating.reason) == (False, reason)
    with pytest.raises(policy.PassphraseRefusedError) as refused:
        policy.require_acceptable(text)
    assert refused.value.reason is reason and refused.value.exit_code == 2
    assert isinstance(refused.value, ValidationError) and "\n" not in str(refused.value)


def test_a_refused_passphrase_never_shows_as_strong_on_the_meter() -> None:
    short_but_random = policy.strength("Xq7#vK2m")
    assert short_but_random.score < policy.MIN_SCORE


def test_given_the_officers_name_as_user_input_then_a_passphrase_made_of_it_is_refused() -> None:
    assert policy.strength("Jean-Baptiste Mukendi").accepted
    assert not policy.strength("Jean-Baptiste Mukendi", user_inputs=["Jean-Baptiste Mukendi"]).accepted


def test_given_a_mismatched_confirmation_then_the_reason_is_mismatch() -> None:
    with pytest.raises(policy.PassphraseRefusedError) as refused:
        policy.check_new(DICEWARE, DICEWARE + "s")
    assert refused.value.reason is Reason.MISMATCH


def test_a_weak_passphrase_is_refused_before_its_confirmation_is_compared() -> None:
    with pytest.raises(policy.PassphraseRefusedError) as refused:
        policy.check_new("Password123!", "something else")
    assert refused.value.reason is Reason.TOO_GUESSABLE


def test_a_passphrase_longer_than_zxcvbn_rates_is_rated_on_its_start() -> None:
    long = " ".join([DICEWARE] * 5)
    assert len(long) > policy.RATED_LENGTH and policy.strength(long).accepted


def test_every_hint_zxcvbn_can_give_has_a_code() -> None:
    """zxcvbn's feedback module holds its sentences in gettext calls; a new one would be dropped."""
    tree = ast.parse(inspect.getsource(feedback))
    sentences = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(sentences) > 20 and sentences <= set(policy._HINTS)
