"""The Qt desktop app. Widgets only present and collect; every rule lives in services."""

import logging

# Library logging stays silent (no last-resort printing to stderr) unless an entry point
# installs the redacting handlers of liaison_app.diagnostics_log.
logging.getLogger(__name__).addHandler(logging.NullHandler())
