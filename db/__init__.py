"""Encrypted storage: SQLModel tables, the SQLCipher engine, schema migrations, full-text index.

This package imports nothing else of ours; services and sync build on it.
"""
