"""One file per view; each has `render(snapshot)` and creates its pyqtgraph items only once."""
