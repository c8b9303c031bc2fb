"""Data files shipped with WalkCoach (programs, muscles, body diagrams, sounds, icons)."""
