"""The window: Qt widgets that draw core snapshots. Nothing here changes the simulation."""
