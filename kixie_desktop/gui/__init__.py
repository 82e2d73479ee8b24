"""The Qt front end. Only this package (and ``app.py``) imports PySide6; widgets and
models run on the Qt main thread and reach the services through
``operations.BackgroundRunner``, never SQL, SIP or HTTP themselves."""
