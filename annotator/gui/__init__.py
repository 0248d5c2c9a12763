"""The desktop app (PySide6) on top of the Qt-free core.

Start it with ``annotator`` or ``annotator PROJECT``; ``app.launch`` builds the window.
"""
