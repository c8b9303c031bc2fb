"""The window's place in the operating system: keeping the screen awake, one instance per data
folder, signals, garbage collection in the GUI thread, window.ini, the start-up work-arounds
and the start-up probes."""
