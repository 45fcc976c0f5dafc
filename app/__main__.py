"""Lets `python -m app` behave like the `hoot` command."""

from app.cli import main

raise SystemExit(main())
