"""Qt widgets, models and dialogs; holds no business rules."""
