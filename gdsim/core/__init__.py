"""The mathematics of section 3.3 and the history of a run: numpy and the standard library only."""
