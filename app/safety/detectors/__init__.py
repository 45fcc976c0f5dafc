"""Detectors: each family of harm has one module that turns normalised views into findings."""
