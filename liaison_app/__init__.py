"""Application layer: profiles and keys, record services, the CLI and the GUI entry point."""

import logging
from importlib.metadata import PackageNotFoundError, version

# Library logging stays silent (no last-resort printing to stderr) unless an entry point
# installs the redacting handlers of liaison_app.diagnostics_log.
logging.getLogger(__name__).addHandler(logging.NullHandler())

try:
    # The release comes from pyproject.toml through the installed metadata: one place to bump.
    __version__ = version("liaison")
except PackageNotFoundError:  # a source tree run without installing it
    __version__ = "0+unknown"
