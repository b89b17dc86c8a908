"""`liaison init | passphrase change | recover | search | dump | purge | settings | demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison_app import keyfile, kinds, profile, settings, vocab
from liaison_app.cli import output
from liaison_app.cli.secrets import read_new_passphrase, read_secret
from liaison_app.errors import ProfileError
from liaison_app.services import dump, preferences, records, search
from liaison_app.store import Store

PASSPHRASE_ENV = "LIAISON_PASSPHRASE"
NEW_PASSPHRASE_ENV = "LIAISON_NEW_PASSPHRASE"
RECOVERY_ENV = "LIAISON_RECOVERY_KEY"
DURESS_ENV = "LIAISON_DURESS_PASSPHRASE"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the profile-wide subcommands."""
    init = commands.add_parser("init", help="create an encrypted profile")
    init.add_argument("--name", required=True, help="officer's name")
    init.add_argument("--device", required=True, help="name of this laptop")
    init.add_argument("--role", default="field", choices=list(vocab.ROLES))
    _kdf_flags(init)
    init.set_defaults(handler=_init, needs_store=False)

    phrase = commands.add_parser("passphrase", help="manage the passphrase")
    phrase_verbs = phrase.add_subparsers(dest="verb", metavar="VERB", required=True)
    change = phrase_verbs.add_parser(
        "change", help=f"set a new passphrase (from ${NEW_PASSPHRASE_ENV} or prompted)"
    )
    _kdf_flags(change, defaults=False)
    change.set_defaults(handler=_change_passphrase, needs_store=False)
    duress = phrase_verbs.add_parser(
        "duress",
        help="a second passphrase that, typed at unlock, destroys this profile and opens an empty one",
    ).add_subparsers(dest="action", metavar="set|clear", required=True)
    duress.add_parser(
        "set", help=f"set the duress passphrase (from ${DURESS_ENV} or prompted twice)"
    ).set_defaults(handler=_duress_set, needs_store=False)
    duress.add_parser("clear", help="remove the duress passphrase").set_defaults(
        handler=_duress_clear, needs_store=False
    )

    recover = commands.add_parser("recover", help="set a new passphrase with the recovery key")
    recover.set_defaults(handler=_recover, needs_store=False)

    find = commands.add_parser("search", help="full-text search over every kind of record")
    find.add_argument("query")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.add_argument("--limit", type=int, default=50)
    find.set_defaults(handler=_search)

    canonical = commands.add_parser("dump", help="canonical JSON of every live record")
    canonical.set_defaults(handler=_dump)

    purge = commands.add_parser("purge", help="remove deleted records for good")
    purge.add_argument(
        "verb", nargs="?", choices=("log",), help="log: what was purged for good, when, by whom, why"
    )
    purge.add_argument("--json", action="store_true", help="with log: print JSON")
    purge.add_argument("-o", "--output", type=Path, metavar="FILE.csv", help="with log: write CSV")
    purge.set_defaults(handler=_purge)

    config = commands.add_parser("settings", help="show or change profile settings")
    config_verbs = config.add_subparsers(dest="verb", metavar="VERB", required=True)
    show = config_verbs.add_parser("show", help="print every setting")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_settings_show)
    put = config_verbs.add_parser("set", help="change one setting")
    put.add_argument("key", choices=preferences.SETTABLE)
    put.add_argument("value", help="for sensitivity_levels, a comma-separated list")
    put.set_defaults(handler=_settings_set)

    demo = commands.add_parser("demo", help="fill a new profile with a generated month of a mission")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--scale",
        choices=("month", "field", "hq"),
        default="month",
        help="month: a month of one officer's work; field: 10k records; hq: 1.8M from 50 officers",
    )
    demo.add_argument(
        "--fraction",
        type=float,
        default=None,
        help="build only this share of the --scale profile (also $LIAISON_DEMO_FRACTION)",
    )
    demo.add_argument("--name", default="Demo Officer", help="officer's name if the profile is created")
    demo.add_argument("--device", default="demo-laptop", help="device name if the profile is created")
    _kdf_flags(demo)
    demo.set_defaults(handler=_demo, needs_store=False)


def _kdf_flags(parser: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    cost = keyfile.KdfCost()
    parser.add_argument(
        "--kdf-memory-mib",
        type=int,
        default=cost.memory_mib if defaults else None,
        help=f"Argon2id memory (MiB, at least {keyfile.MIN_MEMORY_MIB})",
    )
    parser.add_argument(
        "--kdf-iterations",
        type=int,
        default=cost.iterations if defaults else None,
        help="Argon2id passes",
    )


def _init(args: argparse.Namespace) -> int:
    directory: Path = args.profile
    if profile.exists(directory):
        raise ProfileError(f"a profile already exists in {directory}")
    passphrase = read_new_passphrase(PASSPHRASE_ENV, user_inputs=(args.name, args.device))
    created = profile.init(
        directory,
        passphrase=passphrase,
        officer_name=args.name,
        device_name=args.device,
        role=args.role,
        cost=keyfile.KdfCost(args.kdf_memory_mib, args.kdf_iterations),
    )
    with created.store as store:
        output.emit(
            f"Profile created in {directory}\n"
            f"Device id: {store.author.device_id}\n"
            "Recovery key (shown only now; write it down and keep it away from this laptop):\n"
            f"    {created.recovery_key}"
        )
    return 0


def _change_passphrase(args: argparse.Namespace) -> int:
    directory: Path = args.profile
    old = read_secret(PASSPHRASE_ENV, "Passphrase")
    current = profile.kdf_cost(directory)
    cost = keyfile.KdfCost(
        args.kdf_memory_mib or current.memory_mib, args.kdf_iterations or current.iterations
    )
    with profile.unlock(directory, old) as store:  # check the old one before asking for a new one
        user_inputs = (store.author.officer, store.author.device_name, old)
    new = read_new_passphrase(NEW_PASSPHRASE_ENV, user_inputs=user_inputs)
    profile.change_passphrase(directory, old, new, cost)
    output.emit("Passphrase changed.")
    return 0


def _duress_set(args: argparse.Namespace) -> int:
    directory: Path = args.profile
    passphrase = read_secret(PASSPHRASE_ENV, "Passphrase")
    profile.require_no_wait(directory)
    keyfile.unlock(keyfile.load(directory / profile.KEYFILE_NAME), passphrase)  # before asking more
    duress = read_new_passphrase(DURESS_ENV, user_inputs=(passphrase,))
    profile.set_duress(directory, passphrase, duress)
    output.emit(
        "Duress passphrase set. Typed at unlock, it destroys this profile for good"
        " (no passphrase or recovery key opens it again) and opens an empty one."
    )
    return 0


def _duress_clear(args: argparse.Namespace) -> int:
    profile.clear_duress(args.profile, read_secret(PASSPHRASE_ENV, "Passphrase"))
    output.emit("Duress passphrase removed.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    directory: Path = args.profile
    recovery_key = read_secret(RECOVERY_ENV, "Recovery key")
    # Check the recovery key first so nobody types a new passphrase for nothing.
    keyfile.unlock_with_recovery(keyfile.load(directory / profile.KEYFILE_NAME), recovery_key)
    profile.recover(directory, recovery_key, read_new_passphrase(NEW_PASSPHRASE_ENV))
    output.emit("Passphrase reset with the recovery key.")
    return 0


def _search(store: Store, args: argparse.Namespace) -> int:
    result = search.find(store, args.query, limit=args.limit)
    hits = result.hits
    if args.json:
        # The shape stays a list of hits with these keys (tests/cli pins it); that the hits
        # were ranked among the newest matches only is said on stderr, as in text mode.
        output.emit_json(
            [
                {"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet, "rank": h.rank}
                for h in hits
            ]
        )
    else:
        output.emit(
            output.table(
                [[h.kind, h.id[: output.SHORT_ID], h.title, h.snippet] for h in hits],
                ["KIND", "ID", "TITLE", "MATCH"],
            )
        )
    if result.capped:
        output.warn(f"more than {result.cap:,} matches: the best of the newest {result.cap:,} are shown")
    return 0


def _dump(store: Store, args: argparse.Namespace) -> int:
    output.emit(dump.dump_json(store))
    return 0


def _purge(store: Store, args: argparse.Namespace) -> int:
    if args.verb == "log":
        from liaison_app.cli import purge_commands

        return purge_commands.show_log(store, args)
    removed = records.purge(store)
    output.emit(", ".join(f"{count} {kind}" for kind, count in removed.items()) + " purged")
    return 0


def _settings_show(store: Store, args: argparse.Namespace) -> int:
    with store.session() as s:
        values = settings.all_settings(s)
    if args.json:
        output.emit_json(values)
    else:
        output.emit(
            "\n".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in values.items())
        )
    return 0


def _settings_set(store: Store, args: argparse.Namespace) -> int:
    before = preferences.read(store)
    after = preferences.update_from_text(store, args.key, args.value)
    if args.key != "default_sensitivity" and after.default_sensitivity != before.default_sensitivity:
        # New levels without the old default: say where the default went.
        output.emit(f"default_sensitivity: {after.default_sensitivity}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from liaison_app import demo  # imported late: its data tables are only needed here

    directory: Path = args.profile
    if profile.exists(directory):
        store = profile.unlock(directory, read_secret(PASSPHRASE_ENV, "Passphrase"))
    else:
        created = profile.init(
            directory,
            passphrase=read_new_passphrase(PASSPHRASE_ENV, user_inputs=(args.name, args.device)),
            officer_name=args.name,
            device_name=args.device,
            role="hq" if args.scale == "hq" else "field",
            cost=keyfile.KdfCost(args.kdf_memory_mib, args.kdf_iterations),
        )
        store = created.store
        output.emit(f"Profile created in {directory}\nRecovery key (shown only now): {created.recovery_key}")
    with store:
        if args.scale != "month":
            counts = _scaled_demo(store, args)
        else:
            if any(records.list_records(store, kind) for kind in kinds.KINDS):
                raise ProfileError("demo fills a new profile; this one already holds records")
            counts = demo.generate(store, seed=args.seed)
    output.emit(", ".join(f"{n} {kind}" for kind, n in counts.items()) + " generated")
    return 0


def _scaled_demo(store: Store, args: argparse.Namespace) -> dict[str, int]:
    import os

    from liaison_app.demo import scale  # imported late, as the month demo

    fraction = args.fraction if args.fraction is not None else float(os.environ.get(scale.FRACTION_ENV, "1"))
    return scale.generate(store, scale.scaled(scale.PROFILES[args.scale], fraction), seed=args.seed)
