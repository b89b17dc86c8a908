"""Time a backup and a restore of a profile of N organizations, each with one contact.

python scripts/bench_backup.py [N]     # N = 10000 gives the figures in docs/BACKUP.md
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout, not an installed copy

from liaison_app import keyfile, profile
from liaison_app.services import backup, records
from liaison_app.services import restore as restoring

PASSPHRASE = "correct horse battery"


def main(count: int) -> None:
    """Fill a fresh profile, then print the backup's size and both timings."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        created = profile.init(
            root / "p", passphrase=PASSPHRASE, officer_name="A", device_name="d", cost=keyfile.KdfCost(8, 1)
        )
        with created.store as store:
            with records.batch(store) as writes:
                for n in range(count):
                    org = writes.add("org", {"name": f"Org {n}", "acronym": f"O{n}"})
                    writes.add(
                        "contact",
                        {"full_name": f"Contact {n}", "organization_id": org.id, "notes": "x" * 400},
                    )
            started = time.monotonic()
            result = backup.back_up(store, to=root / "b.liaisonbackup")
            took = time.monotonic() - started
        sys.stdout.write(f"backup: {result.records} records, {result.size:,} bytes, {took:.2f} s\n")
        started = time.monotonic()
        restoring.restore(root / "b.liaisonbackup", directory=root / "r", secret=restoring.Secret(PASSPHRASE))
        sys.stdout.write(f"restore: {time.monotonic() - started:.2f} s\n")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
