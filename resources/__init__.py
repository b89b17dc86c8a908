"""Icons and other files the app ships."""
