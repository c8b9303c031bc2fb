"""The coach page and what it shows: direction and time, targets, totals, muscles, the mini and
workout views."""
