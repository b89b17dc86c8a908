"""Property: HQ bundles scoped to each officer's needs, delivered late, twice, out of order or
never, leave nothing waiting for ever, and after a final exchange of ordinary bundles (which
fill in what was left out) every device holds the same data and the same conflicts, with no
concurrent edit vanished without a trace.

The convergence property test's devices and operations (tests/sync/test_convergence.py), with
one more exchange: HQ writes an officer a bundle scoped to their area.
Examples: 25 by default, $LIAISON_SCOPED_EXAMPLES for a longer run.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import rule

from liaison_app.services import syncing
from sync import scope, scope_holes
from tests.sync.test_convergence import FIELD_DEVICES, Exchange, templates  # noqa: F401  (fixture)

EXAMPLES = int(os.environ.get("LIAISON_SCOPED_EXAMPLES", "25"))


class ScopedExchange(Exchange):
    """The convergence machine, where HQ may also write an officer only their area's part."""

    @rule(device=st.sampled_from(FIELD_DEVICES), from_store_side=st.booleans())
    def hq_writes_officer_their_area(self, device: str, from_store_side: bool) -> None:
        if self.revoked == device:
            return
        self.bundle_count += 1
        path = self.workdir / f"bundle-{self.bundle_count}.liaison"
        target = self.stores[device].author.device_id
        # Both ways of finding what is in scope or held (by id for few records, else from
        # the recipients' scope) must choose alike.
        by_id = scope._Reading.BY_ID
        scope._Reading.BY_ID = 0 if from_store_side else by_id
        try:
            syncing.export_bundle(self.stores["hq"], to=[target], path=path, scope=syncing.Scope.AREA)
        finally:
            scope._Reading.BY_ID = by_id
        self.mailbag.append((path, device))
        self.sender[path] = "hq"

    def check_convergence(self) -> None:
        super().check_convergence()
        for name in self._trusted():
            store = self.stores[name]
            assert syncing.status(store).pending == 0, name  # nothing left waiting for ever
            with store.session() as s:
                assert scope_holes.load(s.connection()) == {}, name  # every hole filled in


def test_scoped_relay_converges_whatever_the_order_of_exchanges(
    templates: dict[str, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    class Machine(ScopedExchange):
        def teardown(self) -> None:
            try:
                self.check_convergence()
            finally:
                super().teardown()

    Machine.templates = templates
    Machine.workdir = tmp_path / "run"
    Machine.TestCase.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    Machine.TestCase().runTest()
