"""The parent's first-run set-up."""
