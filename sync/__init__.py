"""Sync by file exchange: device identities, change capture, signed and encrypted bundles, merge."""

import logging

# Library logging stays silent (no last-resort printing to stderr) unless an entry point
# installs the redacting handlers of liaison_app.diagnostics_log.
logging.getLogger(__name__).addHandler(logging.NullHandler())
