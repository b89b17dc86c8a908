"""Application layer: profiles and keys, record services, the CLI and the GUI entry point."""

from importlib.metadata import PackageNotFoundError, version

try:
    # The release comes from pyproject.toml through the installed metadata: one place to bump.
    __version__ = version("liaison")
except PackageNotFoundError:  # a source tree run without installing it
    __version__ = "0+unknown"
