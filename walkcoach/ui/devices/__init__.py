"""The treadmill's screens: the device dialog (scan, connect, forget, link settings) and its
hooks into the main window. The live link itself is ui/devices/link.py."""
