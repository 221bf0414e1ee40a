"""Notes panel (placeholder until the notes issue lands)."""


def install_notes(window) -> None:
    """Add the notes dock and its actions to a MainWindow. Placeholder: nothing yet."""
    return None
