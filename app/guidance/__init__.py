"""Guidance for children: lessons about AI, the first-run tour, tips, crisis help, notices."""
