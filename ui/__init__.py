"""The PySide6 desktop application: the only part of kvalkod that imports Qt."""
