"""Tests of the sync package: device identities and bundles."""
