"""Sync by file exchange: device identities, change capture, signed and encrypted bundles, merge."""
