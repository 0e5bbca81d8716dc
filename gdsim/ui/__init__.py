"""The window: Qt widgets that draw core snapshots. Nothing here changes the simulation."""

from PySide6.QtCore import QCoreApplication, Qt

# Every 3-D view (on screen, floated, or off screen for export) shares one set of OpenGL
# objects; pyqtgraph caches its shader programs once per process. Must precede QApplication.
if QCoreApplication.instance() is None:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
