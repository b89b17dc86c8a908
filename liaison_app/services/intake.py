"""HQ intake: import a folder (or several files and folders) of bundles in a good order, and
sum up what came of it per officer.

Files are imported one at a time, each in its own transaction (`syncing.import_bundle`), so
memory holds one bundle whatever the folder holds, a refused file stops nothing, and a
cancel between two files loses nothing. They go in by sender and by the sender's sequence
number (read from each bundle's sealed header, unverified: it only decides the order), so an
officer's later bundle never waits for an earlier one that happens to come after it.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from liaison_app.changes import Changes
from liaison_app.clock import now_iso
from liaison_app.services import sync_view, syncing
from liaison_app.services.syncing import FileOutcome, FileStatus
from liaison_app.store import Store
from sync import bundle_peek, intake_log
from sync.bundle import kem_private_key
from sync.refusals import RefusalReason


@dataclass(frozen=True, slots=True)
class Step:
    """Where an intake stands, for a progress bar: file `number` of `total` (from 1), whose
    sender claims to be `officer` ("" when the file does not say)."""

    number: int
    total: int
    file: Path
    officer: str


@dataclass(frozen=True, slots=True)
class OfficerSummary:
    """What one run did with one sender's bundles. `device_id` is "" for files whose sender
    nothing verified: refused, or held for a newer release, before it could be known."""

    device_id: str
    officer: str
    device_name: str
    files: int = 0
    applied: int = 0  # changesets merged
    already_imported: int = 0  # files that went in before: harmless, nothing changed
    waiting: int = 0  # the device's changesets still waiting for earlier ones after the run
    conflicts: int = 0  # new open conflicts
    held: int = 0  # files kept for a newer release
    # Why files or single changesets were refused: (reason code, how many), most first. Codes
    # are sync.refusals values (RefusalReason for files and capped or forked changesets,
    # ChangesetRejection for changesets the merge refused).
    refused: tuple[tuple[str, int], ...] = ()

    @property
    def refused_count(self) -> int:
        """Files and changesets refused, all reasons together."""
        return sum(n for _, n in self.refused)


@dataclass(frozen=True, slots=True)
class IntakeResult:
    """Every file's outcome in import order, one summary per sender, and whether the run was
    cancelled before its last file."""

    files: tuple[FileOutcome, ...]
    officers: tuple[OfficerSummary, ...]
    cancelled: bool = False
    found: int = 0  # files the inputs named (more than `files` when cancelled)

    @property
    def changes(self) -> Changes:
        """What the run changed (for the GUI's screens)."""
        return syncing.imports_changes(self.files)


def bundle_files(inputs: Sequence[Path]) -> list[Path]:
    """The files to import: a file as given (whatever its name: the import says if it is no
    bundle); a folder gives its `*.liaison` entries, not its sub-folders (a folder exchange's
    outbox and archive), nor hidden ones (`._x.liaison`, the resource forks macOS leaves on
    a stick), in name order."""
    found: list[Path] = []
    for path in inputs:
        if not path.is_dir():
            found.append(path)
            continue
        with os.scandir(path) as entries:
            names = sorted(
                e.name
                for e in entries
                if e.name.endswith(syncing.BUNDLE_SUFFIX)
                and not e.name.startswith(".")
                and not e.is_dir(follow_symlinks=False)
            )
        found.extend(path / name for name in names)
    return found


def in_import_order(store: Store, paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """`paths` by claimed sender (officer name, then device id) and sequence (files whose
    header this device cannot read last, in the order given), each with its claimed sender's
    device id ("" if unread)."""
    me = syncing.me(store)
    key = kem_private_key(me.identity)
    names = sync_view.device_names(store)
    ranked = []
    for index, path in enumerate(paths):
        peeked = bundle_peek.peek(path, my_device_id=me.device_id, my_kem_private=key)
        if peeked is None:
            ranked.append(((1, "", "", 0, "", index), path, ""))
            continue
        officer = names.get(peeked.sender, ("", ""))[0].casefold()
        order = (0, officer, peeked.sender, peeked.seq, peeked.created, index)
        ranked.append((order, path, peeked.sender))
    ranked.sort(key=lambda item: item[0])
    return [(path, sender) for _, path, sender in ranked]


def import_all(
    store: Store,
    inputs: Sequence[Path],
    *,
    progress: Callable[[Step], None] | None = None,
    stop: Callable[[], bool] | None = None,
    allow_mass_delete: bool = False,
) -> IntakeResult:
    """Import every bundle the files and folders of `inputs` hold, one at a time, and sum
    up per sender. `stop` is asked before each file: once it says True the run ends there
    (each file is its own transaction, so nothing is lost) and the result says `cancelled`."""
    started = now_iso()
    outcomes = syncing.catch_up(store)
    ordered = in_import_order(store, bundle_files(inputs))
    names = sync_view.device_names(store)
    cancelled = False
    for number, (path, claimed) in enumerate(ordered, start=1):
        if stop is not None and stop():
            cancelled = True
            break
        if progress is not None:
            progress(Step(number, len(ordered), path, names.get(claimed, ("", ""))[0]))
        outcomes.append(syncing.import_one(store, path, allow_mass_delete=allow_mass_delete))
    return IntakeResult(
        tuple(outcomes), summarise(store, outcomes, since=started), cancelled, found=len(ordered)
    )


def summarise(store: Store, outcomes: Sequence[FileOutcome], *, since: str) -> tuple[OfficerSummary, ...]:
    """One summary per sender of `outcomes` (by officer name; files of no known sender
    last), with what still waits and what the merge refused since `since`."""
    names = sync_view.device_names(store)
    groups: dict[str, list[FileOutcome]] = {}
    for outcome in outcomes:
        groups.setdefault(outcome.sender, []).append(outcome)
    summaries = []
    with store.session() as s:
        conn = s.connection()
        for sender, files in groups.items():
            officer, device = names.get(sender, ("", ""))
            waiting = intake_log.waiting(conn, sender) if sender else 0
            rejected = Counter(intake_log.rejected_since(conn, sender, since) if sender else {})
            summaries.append(_summary(sender, officer, device, files, waiting, rejected))
    summaries.sort(key=lambda o: (o.device_id == "", o.officer.casefold(), o.device_id))
    return tuple(summaries)


def _summary(
    sender: str,
    officer: str,
    device: str,
    files: Sequence[FileOutcome],
    waiting: int,
    rejected: Counter[str],
) -> OfficerSummary:
    reasons = Counter[str]()
    for outcome in files:
        if outcome.refused:
            reasons[(outcome.refusal or RefusalReason.UNREADABLE).value] += 1
        reasons[RefusalReason.CHANGESET_TOO_LARGE.value] += outcome.counts.too_large
        reasons[RefusalReason.EQUIVOCATION.value] += outcome.counts.equivocations
    merge_refused = sum(o.counts.rejected for o in files)
    reasons.update(rejected)
    # Refused by this run's merge but no longer found as such (relayed from another device,
    # or numbers no store keeps): counted, under the merge's catch-all word.
    reasons["rejected"] += max(0, merge_refused - sum(rejected.values()))
    return OfficerSummary(
        device_id=sender,
        officer=officer,
        device_name=device,
        files=len(files),
        applied=sum(o.counts.applied for o in files),
        already_imported=sum(o.status is FileStatus.ALREADY_IMPORTED for o in files),
        waiting=waiting,
        conflicts=sum(o.counts.conflicts for o in files),
        held=sum(o.held for o in files),
        refused=_most_first(reasons.items()),
    )


def _most_first(counts: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((code, n) for code, n in counts if n), key=lambda item: (-item[1], item[0])))
