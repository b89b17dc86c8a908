"""The `liaison-app` entry point: pick the profile folder and start the desktop app.

The only module outside `ui` that imports it, so the services never depend on Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liaison_app import diagnostics_log, profile


def profile_directory(argv: list[str]) -> Path:
    """--profile DIR, else $LIAISON_PROFILE, else the platform's per-user data folder."""
    parser = argparse.ArgumentParser(prog="liaison-app", description="Liaison desktop app")
    parser.add_argument("--profile", type=Path, help="profile folder")
    args, _qt_args = parser.parse_known_args(argv)
    return Path(args.profile).expanduser() if args.profile else profile.default_directory()


def main() -> int:
    """Start the app; returns the process exit status."""
    from ui.app import run

    diagnostics_log.install()
    directory = profile_directory(sys.argv[1:])
    return run(directory, sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
