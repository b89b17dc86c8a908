"""The formats partners already use, in and out: vCard, CSV, HXL 3W, iCalendar, JSON (issue 12).

Every module here reads or writes one format; records enter through the same service writes
as a local edit (so every value is checked and every import travels as ordinary changesets),
and exports are plaintext by nature: the callers (CLI, GUI) decide, with the user, to write one.
"""
