"""The Qt front end. Only this package (and ``app.py``) imports PySide6; widgets and
models run on the Qt main thread and reach the services through
``operations.BackgroundRunner``, never SQL, SIP or HTTP themselves.

One package per face of the app — ``cadence_editor/`` (the Cadences tab and the editor),
``action_tables/`` (Inflight and Completed Actions), ``contacts/``, ``powercall/`` (the
agent's dock), ``import_wizard/`` and ``integrations/`` (webhooks, API tokens) — around a
small shared core here: ``main_window``, ``operations`` (``BackgroundRunner``, the one
way widgets call services), ``error_dialog`` (the bug dialog, and ``BugReports`` that
brings uncaught exceptions to it), ``message_line``, ``formatting``,
``shown_once``, ``row_list_model``, and ``forms/`` generated from ``ui/*.ui`` by
``build_forms``. Widgets take values from ``domain`` and call ``services``; they never
import ``services.ports`` (a Protocol the GUI needs, like the softphone's call commands in
``powercall/phone_line.py``, names only what it uses).
"""
