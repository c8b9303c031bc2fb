"""The treadmill in the window: the live link (link.py, attach.py, link_view.py) and the device
dialog (scan, connect, forget, link settings) with its hook into the main window."""
