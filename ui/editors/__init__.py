"""Editors for the four record kinds, built from shared field widgets."""
