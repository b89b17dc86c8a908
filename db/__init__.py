"""Encrypted storage: SQLModel tables, the SQLCipher engine, schema migrations, full-text index.

This package imports nothing else of ours; services and sync build on it.
"""

import logging

# Library logging stays silent (no last-resort printing to stderr) unless an entry point
# installs the redacting handlers of liaison_app.diagnostics_log.
logging.getLogger(__name__).addHandler(logging.NullHandler())
