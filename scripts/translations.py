"""Keep the catalogues of the interface and the reports (liaison_app/translation_catalogs.py).

  python scripts/translations.py update            collect the texts into the .ts files
  python scripts/translations.py todo fr [-o F]     unfinished entries of a language, as JSON
  python scripts/translations.py fill F.json ...    write translated entries into the .ts files
  python scripts/translations.py build              compile the .qm catalogues
  python scripts/translations.py status             unfinished entries per language

JSON entries: {"context", "source", "disambiguation", "numerus", "fr", "ar"}; a numerus entry
gives a list of forms per language (French 2, Arabic 6: 0, 1, 2, 3-10, 11-99, 100-102...).
English needs only its plural forms, filled here from the "(s)" of each text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from liaison_app import translation_catalogs as catalogs
from liaison_app.translations import Language


def _todo(language: Language, out: str | None) -> None:
    rows = [
        {
            "context": e.context,
            "source": e.source,
            "disambiguation": e.disambiguation,
            "numerus": e.numerus,
        }
        for e in catalogs.unfinished(catalogs.ts_path(language))
    ]
    text = json.dumps(rows, ensure_ascii=False, indent=1)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


def _fill(files: list[str]) -> None:
    for language in catalogs.TRANSLATED:
        fills = []
        for name in files:
            for row in json.loads(Path(name).read_text(encoding="utf-8")):
                value = row.get(language.value)
                if not value:
                    continue
                forms = tuple(value) if isinstance(value, list) else (value,)
                fills.append(
                    catalogs.Fill(row.get("context", ""), row["source"], row.get("disambiguation", ""), forms)
                )
        written = catalogs.fill(catalogs.ts_path(language), fills)
        sys.stdout.write(f"{language.value}: {written} entries written\n")


def _english() -> None:
    path = catalogs.ts_path(Language.ENGLISH)
    fills = [
        catalogs.Fill(e.context, e.source, e.disambiguation, catalogs.english_forms(e.source))
        for e in catalogs.unfinished(path)
        if e.numerus
    ]
    catalogs.fill(path, fills)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("update")
    todo = verbs.add_parser("todo")
    todo.add_argument("language", choices=[lang.value for lang in catalogs.TRANSLATED])
    todo.add_argument("-o", dest="out")
    fill = verbs.add_parser("fill")
    fill.add_argument("files", nargs="+")
    verbs.add_parser("build")
    verbs.add_parser("status")
    args = parser.parse_args(argv)
    if args.verb == "update":
        catalogs.update()
        _english()
        catalogs.update()  # back into lupdate's own layout
    elif args.verb == "todo":
        _todo(Language(args.language), args.out)
    elif args.verb == "fill":
        _fill(args.files)
        catalogs.update()
    elif args.verb == "build":
        for path in catalogs.build():
            sys.stdout.write(f"{path}\n")
    for language in (Language.ENGLISH, *catalogs.TRANSLATED):
        left = len(catalogs.unfinished(catalogs.ts_path(language)))
        total = sum(1 for _ in catalogs.entries(catalogs.ts_path(language)))
        sys.stderr.write(f"{language.value}: {left} of {total} unfinished\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
