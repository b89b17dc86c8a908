"""Application services: every read and write the CLI, the GUI and sync make goes through here.

Services take a Store and keyword arguments, and hand back detached records or plain data.
"""
