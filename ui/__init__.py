"""Hoot's PySide6 widgets: they show core state and forward intent, nothing more."""
