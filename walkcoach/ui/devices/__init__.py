"""The treadmill and heart-rate devices in the window: the live link, the device dialog."""
