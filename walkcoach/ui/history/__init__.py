"""The history page, its charts, panels, session table and exports, and the summary after a session."""
