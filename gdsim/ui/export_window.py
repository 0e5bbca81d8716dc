"""What an export draws, with no MainWindow: the window's arrangement of a view set ("the whole
window": the pictures of the 3-D view and of the front view of each group of docks beside it,
under it or across from them, without their controls, under a title with the step and how the run
stands), or one view as a picture for a slide (`ExportPicture`: the view's picture without its
controls, a line saying which state it shows); either with an optional caption."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gdsim.core.hidden import MASK, masked
from gdsim.core.run import Snapshot
from gdsim.core.training import NetworkSnapshot
from gdsim.ui.layouts import Layout
from gdsim.ui.steps import iteration_text, outcome_text, state_text, theta
from gdsim.ui.text import fmt
from gdsim.ui.views import SurfaceLike
from gdsim.ui.viewset import ViewSet


class ExportWindow(QWidget):
    """The window's arrangement as a figure: each view's picture (no buttons, combo boxes,
    check boxes or hints: `picture_of`), a title with the step and how the run stands, and
    (if `caption`) the current phase's formula with its numbers under them."""

    def __init__(self, views: ViewSet, arrangement: Layout, caption: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.arrangement, self.with_caption = arrangement, caption
        self.setStyleSheet("background: white")
        centre = QVBoxLayout()  # the 3-D view, and the front view of the docks under it
        for name in arrangement.central:
            centre.addWidget(figure(views.views[name]), 2)
        for name in arrangement.under[:1]:
            centre.addWidget(figure(views.views[name]), 1)
        docks = QVBoxLayout()  # the front view of each group of docks, in their column
        for group, share in zip(arrangement.groups, arrangement.shares):
            docks.addWidget(figure(views.views[group[0]]), share)
        across = QVBoxLayout()  # the column across the centre from them (the diagram)
        for name in arrangement.opposite[:1]:
            across.addWidget(figure(views.views[name]))
        columns = [(docks, 3), (centre, 4 if arrangement.opposite else 7), (across, 5)]
        if arrangement.area != Qt.DockWidgetArea.LeftDockWidgetArea:
            columns.reverse()
        body = QHBoxLayout()
        for column, stretch in columns:
            if column.count():
                body.addLayout(column, stretch)
        self.status = QLabel()  # the title: which state, and how the run stands
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.caption = caption_label(caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        layout.addWidget(self.caption)

    @staticmethod
    def views_of(arrangement: Layout) -> tuple[str, ...]:
        """The views this arrangement shows for a mode's layout."""
        return (*arrangement.central, *(group[0] for group in arrangement.groups),
                *arrangement.under[:1], *arrangement.opposite[:1])

    def show_state(self, snap: Snapshot, view: SurfaceLike) -> None:
        """The title: step, point, J (network mode: the iteration from θ_k that the diagram and
        the formula walk), and how the run ended (if it has), in the export's language."""
        status = snap.status
        shown = self.arrangement
        walked = iteration_text(snap.k) if isinstance(snap, NetworkSnapshot) else ""
        words = [*state_words(snap, view, shown), walked,
                 masked(snap.hidden.slopes(snap.k), shown.gradient_text(view)),
                 outcome_text(status, snap.k >= snap.max_steps)]
        self.status.setText("&nbsp;&nbsp;&nbsp;&nbsp;".join(w for w in words if w))
        colour = "#c0392b" if status.stopped else "#1e8449" if status.converged else "#222"
        self.status.setStyleSheet(f"color: {colour}; padding: 2px")
        if self.with_caption:
            self.caption.setText(caption_of(snap))


def figure(view: QWidget) -> QWidget:
    """A view's picture as a figure shows it: its controls hidden."""
    picture = picture_of(view)
    for control in [*picture.findChildren(QAbstractButton), *picture.findChildren(QComboBox)]:
        control.hide()  # a figure, not a panel: no buttons on it
    return picture


def caption_label(shown: bool) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setVisible(shown)
    return label


def state_words(snap: Snapshot, view: SurfaceLike, arrangement: Layout) -> list[str]:
    """Which state a figure shows: the step k (θ_k in network mode), the point, J — "?" for what
    an open lesson question asks, as in the window's status bar."""
    step, h, k = f"<b>{state_text(snap.k)}</b>", snap.hidden, snap.k
    if isinstance(snap, NetworkSnapshot):
        return [f"{step}: {theta(snap.k)}", masked(h.cost(k), f"J = {fmt(snap.J)}")]
    return [step, masked(h.point(k), arrangement.point_text(view)),
            masked(h.cost(k), f"J = {fmt(view.points[0].J)}")]


def picture_of(view: QWidget) -> QWidget:
    """The part of a view a figure shows: its `picture()` (the drawing and its colour legend,
    without combo boxes, check boxes and hints) where it has one, else the whole view."""
    picture = getattr(view, "picture", None)
    return picture() if callable(picture) else view


class ExportPicture(QWidget):
    """One view as a figure: a line saying which state it shows, the view's picture, and
    (if `caption`) the current phase's formula with its numbers under it."""

    def __init__(self, view: QWidget, arrangement: Layout, caption: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.arrangement, self.with_caption = arrangement, caption
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), Qt.GlobalColor.white)
        palette.setColor(self.foregroundRole(), QColor("#222"))
        self.setPalette(palette)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)  # a long line wraps rather than widen the picture
        self.caption = caption_label(caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(figure(view), 1)
        layout.addWidget(self.caption)

    def show_state(self, snap: Snapshot, view: SurfaceLike) -> None:
        """Say which state the picture shows (θ_k after k iterations, its J) and the caption."""
        words = state_words(snap, view, self.arrangement)
        self.title.setText("&nbsp;&nbsp;&nbsp;&nbsp;".join(words))
        if self.with_caption:
            self.caption.setText(caption_of(snap))


def caption_of(snap: Snapshot) -> str:
    """The caption under an exported view: the formula of the current phase, with its numbers."""
    if isinstance(snap, NetworkSnapshot):
        from gdsim.ui.views.formula import caption_text

        return caption_text(snap)
    p, h, k = snap.points[0], snap.hidden, snap.k
    g = MASK if h.slopes(k) else ", ".join(fmt(v, 4) for v in p.grad)
    w = MASK if h.point(k) else ", ".join(fmt(v) for v in p.w)
    return (f"w ← w − α·grad J (3-12): w = ({w}), α = {fmt(snap.lr[0])}, grad J = ({g}), "
            f"|grad J| = {MASK if h.slopes(k) else fmt(p.grad_norm, 4)}")
