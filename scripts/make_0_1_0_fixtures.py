"""Write the files of tests/interop/fixtures_0_1_0/ with the real Liaison 0.1.0.

Later releases test against these without running 0.1.0: a field officer's identity card, a
bundle from that officer to HQ, HQ's profile (it trusts the officer, has not imported the
bundle yet) and the dumps 0.1.0 printed before and after importing it. The passphrase of
both profiles is "correct horse battery"; the KDF is the cheapest the profile accepts.

    .venv/bin/python scripts/make_0_1_0_fixtures.py   # from the repository root
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

COMMIT = "a7caef2"
PASSPHRASE = "correct horse battery"
REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "interop" / "fixtures_0_1_0"


class Liaison010:
    """The 0.1.0 command line, run from a tree extracted out of git history."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, profile: Path, *argv: str) -> str:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")}
        env.update(PYTHONPATH=str(self.root), LIAISON_PASSPHRASE=PASSPHRASE, PYTHONDONTWRITEBYTECODE="1")
        done = subprocess.run(
            [sys.executable, "-m", "liaison_app.cli", "--profile", str(profile), *argv],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"0.1.0 {argv}: exit {done.returncode}: {done.stderr.strip()}")
        return done.stdout.strip()


def extract(target: Path) -> Liaison010:
    """Extract 0.1.0 and check that it is what Python imports from there."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", COMMIT, "liaison_app", "db", "sync"],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    liaison = Liaison010(target)
    found = subprocess.run(
        [sys.executable, "-c", "import liaison_app; print(liaison_app.__file__, liaison_app.__version__)"],
        cwd=target,
        env={**os.environ, "PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not found[0].startswith(str(target)) or found[1] != "0.1.0":
        raise SystemExit(f"not 0.1.0: {found}")
    return liaison


def make(work: Path, liaison: Liaison010) -> None:
    officer, hq = work / "officer", work / "hq"
    cheap = ("--kdf-memory-mib", "8", "--kdf-iterations", "1")
    liaison(officer, "init", "--name", "Capt. Amadou Diallo", "--device", "toughbook-7", *cheap)
    liaison(hq, "init", "--name", "HQ CIMIC cell", "--device", "hq-desk-1", "--role", "hq", *cheap)
    officer_card, hq_card = OUT / "officer.liaison-card", work / "hq.liaison-card"
    liaison(officer, "identity", "export", "-o", str(officer_card))
    liaison(hq, "identity", "export", "-o", str(hq_card))
    liaison(hq, "peer", "add", str(officer_card))
    liaison(officer, "peer", "add", str(hq_card))
    hq_id = liaison(hq, "identity", "show").splitlines()[0].split(": ")[1]

    liaison(hq, "org", "add", "--name", "MONUSCO Civil Affairs", "--acronym", "CAS", "--type", "un-agency")
    org = liaison(officer, "org", "add", "--name", "Médecins Sans Frontières", "--acronym", "MSF")
    contact = liaison(
        officer,
        "contact",
        "add",
        "--name",
        "Dr. Aïcha Bello",
        "--org",
        org,
        "--phone",
        "mobile=+243 99 000 0001",
    )
    meeting = liaison(
        officer, "meeting", "add", "--title", "Clinic access", "--start", "2026-11-18T09:30+01:00",
        "--attendee", contact, "--point", "decision:Escort on Thursdays",
    )  # fmt: skip
    liaison(officer, "action", "add", "--title", "Confirm escort", "--due", "2026-11-20", "--owner", "me",
            "--meeting", meeting)  # fmt: skip
    liaison(officer, "org", "edit", org, "--sector", "Health")
    gone = liaison(officer, "org", "add", "--name", "Duplicate entry")
    liaison(officer, "org", "delete", gone)
    liaison(officer, "sync", "export", "--to", hq_id, "-o", str(OUT / "officer-to-hq.liaison"))

    (OUT / "hq-dump.json").write_text(liaison(hq, "dump") + "\n", encoding="utf-8")
    shutil.copytree(hq, OUT / "hq-profile")
    after = work / "hq-after"
    shutil.copytree(hq, after)
    liaison(after, "sync", "import", str(OUT / "officer-to-hq.liaison"))
    (OUT / "hq-dump-after-import.json").write_text(liaison(after, "dump") + "\n", encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "liaison-0.1.0"
        root.mkdir()
        make(Path(tmp), extract(root))
    print(f"wrote {sorted(p.name for p in OUT.iterdir())} to {OUT}")  # noqa: T201


if __name__ == "__main__":
    main()
