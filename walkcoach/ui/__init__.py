"""The Qt (PySide6) user interface: the only package that imports PySide6 or pyqtgraph."""

from walkcoach.ui.platform import qtfix as _qtfix  # noqa: F401  (before any signal is emitted; see qtfix)
