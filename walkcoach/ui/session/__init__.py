"""One coaching session in the window: the engine driven by Qt timers, the recorder that feeds
storage, and the event log."""
