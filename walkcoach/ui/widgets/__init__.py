"""Small general-purpose widgets and geometry helpers, with no knowledge of sessions or programs."""
