"""`liaison KIND list [--officer ID] [--org ID] [--area A] [--from D --to D] [--json]`, and
`liaison area assign|unassign|assignments`: the contract's flags, combined, and its errors."""

from __future__ import annotations

import json

import pytest

from liaison_app.filter_words import MEANINGS
from liaison_app.kinds import KINDS
from tests.conftest import Cli


def _ids(cli: Cli, *argv: str) -> list[str]:
    return [r["id"] for r in json.loads(cli.ok(*argv, "--json"))]


def test_given_areas_and_dated_meetings_then_list_flags_combine_and_name_areas_by_p_code(ready: Cli) -> None:
    province = ready.ok("area", "add", "--name", "Haldara Province", "--pcode", "XM04")
    ready.ok("area", "add", "--name", "Kessa", "--pcode", "XM0402", "--level", "adm2", "--parent", province)
    wfp = ready.ok("org", "add", "--name", "WFP", "--area", "Kessa")
    early = ready.ok(
        "meeting",
        "add",
        "--title",
        "Convoy",
        "--start",
        "2026-11-02T10:00Z",
        "--area",
        "XM0402",
        "--org",
        wfp,
    )
    late = ready.ok("meeting", "add", "--title", "Market", "--start", "20.11.2026 10:00", "--area", "xm04")
    ready.ok("meeting", "add", "--title", "Elsewhere", "--start", "2026-11-03T10:00Z")

    assert _ids(ready, "meeting", "list", "--area", "XM04") == [late, early]
    assert _ids(ready, "meeting", "list", "--area", "XM04", "--from", "2026-11-10") == [late]
    assert _ids(ready, "meeting", "list", "--area", "XM04", "--to", "2026-11-02", "--org", wfp) == [early]
    assert _ids(ready, "meeting", "list", "--officer", "Maj. Anna Berg", "--area", "Kessa") == [early]
    assert _ids(ready, "org", "list", "--area", "XM04") == [wfp]
    assert "Convoy" in ready.ok("meeting", "list", "--area", "XM0402")
    assert "Elsewhere" not in ready.ok("meeting", "list", "--area", "XM0402")


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("meeting", "list", "--area", "Atlantis"), 5),
        (("meeting", "list", "--org", "no-such-org"), 5),
        (("meeting", "list", "--officer", "nobody at all"), 5),
        (("meeting", "list", "--from", "someday"), 2),
        (("meeting", "list", "--from", "2026-11-20", "--to", "2026-11-01"), 2),
        (("area", "list", "--org", "x"), 2),  # areas have no organization filter: a usage error
    ],
)
def test_given_a_filter_that_names_nothing_then_one_line_and_the_contract_exit_code(
    ready: Cli, argv: tuple[str, ...], code: int
) -> None:
    result = ready(*argv)
    assert result.code == code and result.out == ""
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_every_kinds_list_help_says_what_each_filter_keeps(ready: Cli) -> None:
    for kind in KINDS:
        usage = ready(kind.value, "list", "--help")
        assert usage.code == 0
        shown = " ".join(usage.out.split())
        for name in ("officer", "area", "dates"):
            assert MEANINGS[name][kind.value] in shown, (kind, name)
        assert ("--org" in shown) == (kind.value in MEANINGS["org"])


def test_given_an_officer_device_then_area_list_officer_lists_their_areas_of_responsibility(
    ready: Cli, tmp_path_factory: pytest.TempPathFactory
) -> None:
    card = tmp_path_factory.mktemp("peer") / "anna.card"
    other = Cli(tmp_path_factory.mktemp("anna") / "p", ready.monkeypatch)
    other.init()
    other.ok("identity", "export", "-o", str(card))
    ready.ok("peer", "add", str(card))
    device = json.loads(other.ok("identity", "show", "--json"))["device_id"]
    kessa = ready.ok("area", "add", "--name", "Kessa", "--pcode", "XM0402")
    ready.ok("area", "add", "--name", "Tumbari", "--pcode", "XM0403")

    made = json.loads(ready.ok("area", "assign", "XM0402", "--officer", device[:6], "--json"))

    assert made["device_id"] == device and made["area_id"] == kessa
    assert _ids(ready, "area", "list", "--officer", device) == [kessa]
    assert [a["pcode"] for a in json.loads(ready.ok("area", "assignments", "--json"))] == ["XM0402"]
    assert ready.ok("area", "unassign", "Kessa", "--officer", device) == "unassigned"
    assert _ids(ready, "area", "list", "--officer", device) == []
    assert ready("area", "assign", "XM0402", "--officer", "zzzz-not-a-peer").code == 5
