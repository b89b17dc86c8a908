"""Application layer: profiles and keys, record services, the CLI and the GUI entry point."""

__version__ = "0.1.0"
