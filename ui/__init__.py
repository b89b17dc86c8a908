"""The Qt desktop app. Widgets only present and collect; every rule lives in services."""
