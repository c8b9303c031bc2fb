"""The window's place in the operating system: keeping the screen awake, one instance per data
folder, signals, garbage collection in the GUI thread, window.ini, and the start-up work-arounds."""
