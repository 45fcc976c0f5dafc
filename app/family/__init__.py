"""The family's side of Hoot: parent PIN, lockout, recovery, consent, children and launch.

Modules are imported one by one (`app.family.access`, `app.family.children`...); this package
file stays empty so `hoot setup` loads only what it uses.
"""
