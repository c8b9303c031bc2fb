"""Qt-free coaching logic: programs, the session engine, muscles, energy, statistics."""
