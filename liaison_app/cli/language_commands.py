"""`liaison language [set CODE|system] [--json]`: the language of the interface and of the
reports, a preference of this computer's user kept outside any profile (no unlock needed)."""

from __future__ import annotations

import argparse
from typing import Any

from liaison_app import translations
from liaison_app.cli import output
from liaison_app.translations import NATIVE_NAMES, SYSTEM, Language


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the language command."""
    language = commands.add_parser(
        "language",
        help="the language of the interface and the reports (en, fr, ar)",
        description="Show the language chosen for the interface and the reports, or choose one.",
    )
    language.add_argument("--json", action="store_true", help="print JSON: chosen, effective, languages")
    language.set_defaults(handler=_show, needs_store=False)
    verbs = language.add_subparsers(dest="verb", metavar="VERB")
    choose = verbs.add_parser("set", help="choose a language, or `system` to follow the system's")
    choose.add_argument("code", metavar="CODE", help="en, fr, ar, or system")
    choose.add_argument("--json", action="store_true", help="print JSON: chosen, effective, languages")
    choose.set_defaults(handler=_set, needs_store=False)


def _described(choice: translations.Choice) -> dict[str, Any]:
    return {
        "chosen": choice.language.value if choice.language is not None else SYSTEM,
        "effective": choice.effective.value,
        "languages": {lang.value: NATIVE_NAMES[lang] for lang in Language},
    }


def _print(choice: translations.Choice, as_json: bool) -> int:
    if as_json:
        output.emit_json(_described(choice))
        return 0
    effective = choice.effective
    how = "chosen" if choice.language is not None else "the system's"
    output.emit(f"{effective.value} ({NATIVE_NAMES[effective]}, {how})")
    return 0


def _show(args: argparse.Namespace) -> int:
    return _print(translations.chosen(), args.json)


def _set(args: argparse.Namespace) -> int:
    code = str(args.code)
    language = None if code.strip().lower() == SYSTEM else translations.parse(code)
    return _print(translations.choose(language), args.json)
