"""TTASUM Desk: fair, offline hand-out of limited goods at many points at once."""

__version__ = "0.1.0"
