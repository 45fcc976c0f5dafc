"""Hoot's core: everything a parent, child or admin can do, with no Qt anywhere in it."""

__version__ = "0.1.0"
APP_NAME = "Hoot"
