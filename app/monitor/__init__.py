"""Parental monitoring: events with severity, alerts, weekly reports, time limits and the audit.

Modules: `events` (what happened, as hash-chained store events), `alerts` (e-mail and desktop,
queued so none is lost or sent twice), `reports` and `rendering` (the weekly report as data,
HTML, PDF and JSON), `time_limits` (daily minutes and quiet hours), `audit` (is every
safeguard on). `report_cmd` and `audit_cmd` are the headless `hoot report` / `hoot audit`.
"""
