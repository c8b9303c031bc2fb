"""Operating-system code that needs no Qt: asked by the command line as well as by the window."""
