"""The Qt front end. Only this package (and ``app.py``) imports PySide6/qasync; widgets
talk to services, never to SQL."""
