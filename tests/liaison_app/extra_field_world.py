"""A world where organizations have one more synced field, added the way the registry
promises: a model column, one registry entry, one migration — and no other code.

Run as `python -m tests.liaison_app.extra_field_world DIR` (test_registry does): it needs
a process of its own because the model column changes the tables' metadata for good.
It drives two devices through the real command line and prints what it observed as JSON.
"""

from __future__ import annotations

import io
import json
import sys
import types
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import replace
from pathlib import Path
from typing import Any

FIELD = "radio_net"
ROOT = Path(__file__).resolve().parents[2]


def install_model_column() -> None:
    """db.models as it would read with the new column written into Organization."""
    path = ROOT / "db" / "models.py"
    source = path.read_text(encoding="utf-8")
    anchor = '    parent_id: str | None = _fk("organization.id")\n'
    assert source.count(anchor) == 1, "the Organization model moved: update this test's anchor"
    source = source.replace(anchor, anchor + f'    {FIELD}: str = ""\n')
    module = types.ModuleType("db.models")
    module.__file__ = str(path)
    sys.modules["db.models"] = module
    import db

    db.models = module
    exec(compile(source, str(path), "exec"), module.__dict__)


def install_registry_entry() -> None:
    """The one registry entry: a text field of organizations."""
    from liaison_app import kinds

    org = kinds.KINDS[kinds.Kind.ORG]
    entry = kinds.text(FIELD, 100, help="the radio net the organization listens on")
    kinds.KINDS[kinds.Kind.ORG] = replace(org, fields=(*org.fields, entry))


def migrate(directory: Path, passphrase: str) -> None:
    """The one migration, for a schema that does not create the column by itself."""
    from liaison_app import profile

    with profile.unlock(directory, passphrase) as store, store.session() as s:
        conn = s.connection()
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(organization)")}
        if FIELD not in columns:
            conn.exec_driver_sql(f"ALTER TABLE organization ADD COLUMN {FIELD} VARCHAR NOT NULL DEFAULT ''")
        s.commit()


def liaison(directory: Path, *argv: str) -> str:
    """Run one command in-process; its stdout, or an AssertionError naming the failure."""
    from liaison_app.cli.main import run

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run(["--profile", str(directory), *argv])
    assert code == 0, f"{argv}: exit {code}: {err.getvalue()}"
    return out.getvalue().strip()


def device(root: Path, name: str, passphrase: str) -> tuple[Path, str]:
    """A new profile (migrated) and its device id."""
    directory = root / name
    liaison(
        directory,
        "init",
        "--name",
        name,
        "--device",
        name.lower(),
        "--kdf-memory-mib",
        "8",
        "--kdf-iterations",
        "1",
    )
    migrate(directory, passphrase)
    identity = json.loads(liaison(directory, "identity", "show", "--json"))
    return directory, str(identity["device_id"])


def without_entry(root: Path, passphrase: str) -> dict[str, Any]:
    """The control: the model column alone does not make the field a user field."""
    install_model_column()
    from liaison_app.cli.main import run

    anna, _ = device(root, "Anna", passphrase)
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        code = run(["--profile", str(anna), "org", "add", "--name", "WFP", "--radio-net", "Net 7"])
    return {"add_exit_code": code}


def main(root: Path, passphrase: str) -> dict[str, Any]:
    install_model_column()
    install_registry_entry()
    anna, _anna_id = device(root, "Anna", passphrase)
    hq, hq_id = device(root, "HQ", passphrase)
    for src, dst in ((anna, hq), (hq, anna)):
        card = root / f"{src.name}.card"
        liaison(src, "identity", "export", "-o", str(card))
        liaison(dst, "peer", "add", str(card))

    seen: dict[str, Any] = {}
    org_id = liaison(anna, "org", "add", "--name", "World Food Programme", "--radio-net", "Net 7")
    seen["added"] = json.loads(liaison(anna, "org", "show", org_id, "--json"))[FIELD]
    liaison(anna, "org", "edit", org_id, "--radio-net", "Net 9")
    seen["edited"] = json.loads(liaison(anna, "org", "show", org_id, "--json"))[FIELD]
    seen["listed"] = [o[FIELD] for o in json.loads(liaison(anna, "org", "list", "--json"))]
    seen["dumped"] = [o[FIELD] for o in json.loads(liaison(anna, "dump"))["organizations"]]
    seen["shown_as_text"] = any(
        line.split() == [FIELD, "Net", "9"] for line in liaison(anna, "org", "show", org_id).splitlines()
    )

    first = root / "first.liaison"
    liaison(anna, "sync", "export", "--to", hq_id, "-o", str(first))
    liaison(hq, "sync", "import", str(first))
    seen["synced"] = json.loads(liaison(hq, "org", "show", org_id, "--json"))[FIELD]

    # An edit of the new field alone travels as a changeset of its own.
    liaison(anna, "org", "edit", org_id, "--radio-net", "Net 12")
    second = root / "second.liaison"
    liaison(anna, "sync", "export", "--to", hq_id, "-o", str(second))
    liaison(hq, "sync", "import", str(second))
    seen["synced_edit"] = json.loads(liaison(hq, "org", "show", org_id, "--json"))[FIELD]
    seen["dumps_equal"] = liaison(hq, "dump") == liaison(anna, "dump")
    return seen


if __name__ == "__main__":
    import os

    run_world = without_entry if sys.argv[2:] == ["--without-entry"] else main
    result = run_world(Path(sys.argv[1]), os.environ["LIAISON_PASSPHRASE"])
    sys.stdout.write(json.dumps(result) + "\n")
