"""What a reader cannot read in a window, found by walking its widgets and scenes (no pixels).

- `illegible(root)`: all of what follows under a window, in one list of sentences — what a
  layout test asserts is empty.
- `elided_texts(root)`: every visible text with less room than it needs — a tab, a button, a
  check box, a combo's items, a label (or one ending in "…"), a spin box or field, a table's
  cell or header, a dock's title, a plot's axis title or a colour bar's title. Each is a `Cut`
  naming where, what, and the pixels needed and given.
- `overlaps(labels)`: the pairs of rectangles that intersect; `outside(labels, box)`: those
  not inside `box`. `text_rects(scene)` gives a pyqtgraph scene's visible text items as
  (text, scene rectangle) — the contour's and the diagram's labels — and `marker_rects` the
  symbols of a scatter item.
- `crowded_ticks(root)`: tick labels of a plot axis drawn on each other ("0.20.40.60.8");
  `missing_ticks(root)`: ticks a view asked for (a colour bar's −max … max) that its axis
  had no room to draw.

Only what can be seen counts: a widget hidden, or behind another dock's tab, is skipped, so a
test brings each dock to the front in turn. The rooms are measured as Qt lays the text out
(the style's margins), with a pixel of tolerance.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPicture
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of tolerance on every measure
ELLIPSES = ("…", "...")


@dataclass(frozen=True)
class Cut:
    """A text with less room than it needs: `need` and `room` in pixels."""

    where: str
    text: str
    need: int
    room: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.need} px, has {self.room}"


def seen(widget: QWidget) -> bool:
    """Whether any of the widget is on screen now (shown, and not behind another tab); a scroll
    area (a table, a plot) by its viewport, which may cover all of it."""
    if isinstance(widget, QAbstractScrollArea) and widget.visibleRegion().isEmpty():
        widget = widget.viewport()
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def name_of(widget: QWidget) -> str:
    """The widget's class, its object name, and the titles of the docks it stands in."""
    docks = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            docks.append(parent.windowTitle())
        parent = parent.parentWidget()
    name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
    return " in ".join([name, *(f"dock {d!r}" for d in docks)])


def plain(text: str) -> str:
    """A widget's text as drawn: mnemonics' & taken out (&& is one &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def width(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


# -- widgets ----------------------------------------------------------------------------------


def illegible(root: QWidget) -> list[str]:
    """Everything under `root` that cannot be read whole: texts cut, ticks crowded or left out."""
    return [str(cut) for cut in elided_texts(root)] + crowded_ticks(root) + missing_ticks(root)


def elided_texts(root: QWidget) -> list[Cut]:
    """Every text in sight under `root` (itself included) that has less room than it needs."""
    cuts: list[Cut] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not seen(widget):
            continue
        for kind, check in CHECKS:
            if isinstance(widget, kind):
                cuts += check(widget)
                break
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            cuts += plot_titles(widget)
    return cuts


def _cut(widget: QWidget, text: str, need: int, room: int) -> list[Cut]:
    return [Cut(name_of(widget), text, need, room)] if need > room + SLACK else []


def tab_texts(bar: QTabBar) -> list[Cut]:
    """Each tab's text against its tab (Qt elides or clips one narrower than its text)."""
    fm, style = bar.fontMetrics(), bar.style()
    space = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    cuts = []
    for i in range(bar.count()):
        text = plain(bar.tabText(i))
        icon = 0 if bar.tabIcon(i).isNull() else bar.iconSize().width() + 4
        cuts += _cut(bar, text, width(fm, text) + space + icon, bar.tabRect(i).width())
    return cuts


def button_texts(button: QAbstractButton) -> list[Cut]:
    """A button's text against its width: the text, its icon or check mark, the margins."""
    text = plain(button.text())
    if not text:
        return []
    style, fm = button.style(), button.fontMetrics()
    need = width(fm, text)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        return _cut(button, text, button.sizeHint().width(), button.width())
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and icon:
            return []
        return _cut(button, text, button.sizeHint().width(), button.width())
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    if isinstance(button, QPushButton) and button.menu() is not None:
        need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return _cut(button, text, need + icon + 2 * (margin + frame), button.width())


def combo_texts(combo: QComboBox) -> list[Cut]:
    """Every item of a combo against its field: the one chosen later must read whole too."""
    opt = QStyleOptionComboBox()
    opt.initFrom(combo)
    opt.editable = combo.isEditable()
    opt.frame = combo.hasFrame()
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    fm, cuts = combo.fontMetrics(), []
    for i in range(combo.count()):
        text = combo.itemText(i)
        icon = 0 if combo.itemIcon(i).isNull() else combo.iconSize().width() + 4
        cuts += _cut(combo, text, width(fm, text) + icon + 2, field.width())
    return cuts


def label_texts(label: QLabel) -> list[Cut]:
    """A label's text against its size: its width when it does not wrap, its height for its
    width when it does; and a text that ends in "…" (cut before it was set)."""
    text = label.text()
    if not text or not label.pixmap().isNull():
        return []
    shown = label.selectedText() or text
    if shown.rstrip().endswith(ELLIPSES):
        return [Cut(name_of(label), text, 0, 0)]
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return _cut(label, text, need, label.height()) if need > 0 else []
    return _cut(label, text, label.minimumSizeHint().width(), label.width())


def field_texts(widget: QLineEdit | QAbstractSpinBox) -> list[Cut]:
    """A field's text (or its placeholder, which Qt elides) against its room."""
    edit = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
    if edit is None or not seen(edit):
        return []
    text = edit.text() or edit.placeholderText()
    if not text:
        return []
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    room = edit.width() - margins.left() - margins.right() - 2 * frame - 4
    return _cut(widget, text, width(edit.fontMetrics(), text), room)


def table_texts(view: QAbstractItemView) -> list[Cut]:
    """Each cell in sight and each header section against its column."""
    model = view.model()
    header = getattr(view, "horizontalHeader", lambda: getattr(view, "header", lambda: None)())()
    if model is None or not isinstance(header, QHeaderView):
        return []
    cuts: list[Cut] = []
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    if header.isVisible():
        for c in columns:
            text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            cuts += _cut(header, text, width(fm, text) + 2 * margin, header.sectionSize(c))
    viewport = view.viewport().rect()
    first = view.indexAt(viewport.topLeft()).row()
    last = view.indexAt(viewport.bottomLeft()).row()
    rows = range(max(first, 0), (model.rowCount() if last < 0 else last + 1))
    opt = QStyleOptionViewItem()
    opt.initFrom(view)
    opt.font = view.font()
    for r in rows:
        for c in columns:
            index = model.index(r, c)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text in (None, ""):
                continue
            if view.isIndexHidden(index) if hasattr(view, "isIndexHidden") else False:
                continue
            need = view.itemDelegateForIndex(index).sizeHint(opt, index).width()
            cuts += _cut(view, str(text), need, header.sectionSize(c))
    return cuts


def dock_titles(dock: QDockWidget) -> list[Cut]:
    """A docked dock's title against the room its buttons leave in its title bar."""
    if dock.isFloating() or dock.titleBarWidget() is not None:
        return []
    title = plain(dock.windowTitle())
    buttons = [b.x() for b in dock.findChildren(QAbstractButton)
               if b.parentWidget() is dock and b.isVisible()
               and b.objectName().startswith("qt_dockwidget_")]
    margin = dock.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetTitleMargin, None, dock)
    room = min(buttons, default=dock.width()) - margin
    return _cut(dock, title, width(dock.fontMetrics(), title) + margin, room)


CHECKS = ((QTabBar, tab_texts), (QAbstractButton, button_texts), (QComboBox, combo_texts),
          (QLabel, label_texts), (QLineEdit, field_texts), (QAbstractSpinBox, field_texts),
          (QAbstractItemView, table_texts), (QDockWidget, dock_titles))


def plot_titles(view: QGraphicsView) -> list[Cut]:
    """A plot's axis titles against their axis' length, a label item's text (a colour bar's
    title) against its box."""
    cuts: list[Cut] = []
    where = name_of(view)
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible():
            along = item.orientation in ("left", "right")
            length = item.size().height() if along else item.size().width()
            text = item.label.toPlainText()
            need = item.label.boundingRect().width()
            if need > length + SLACK:
                cuts.append(Cut(f"{item.orientation} axis title of {where}", text, int(need),
                                int(length)))
        elif isinstance(item, pg.LabelItem) and item.isVisible() and item.text:
            need, room = item.item.boundingRect().width(), item.boundingRect().width()
            if need > room + SLACK:
                cuts.append(Cut(f"label of {where}", item.item.toPlainText(), int(need),
                                int(room)))
    return cuts


# -- labels in a scene --------------------------------------------------------------------------

Labelled = tuple[str, QRectF]


def ink_rect(item: pg.TextItem) -> QRectF:
    """Where a text item's words stand, in scene pixels: its box less the document's margin
    (the box around the words that a fill paints, not ink). Its transform is brought up to
    date first, as painting it would."""
    item.updateTransform(force=True)
    inner = item.textItem.boundingRect()
    if isinstance(item.textItem, QGraphicsTextItem):  # (a PlainLabel's words have no margin)
        margin = item.textItem.document().documentMargin()
        inner = inner.adjusted(margin, margin, -margin, -margin)
    return item.textItem.mapRectToScene(inner)


def text_rects(scene: QGraphicsScene | QGraphicsView) -> list[Labelled]:
    """Every visible text item of a pyqtgraph scene: (its text, its rectangle in the scene),
    with the views' ranges brought up to date first, as painting the scene would."""
    if isinstance(scene, QGraphicsView):
        scene = scene.scene()
    if hasattr(scene, "prepareForPaint"):
        scene.prepareForPaint()
    return [(item.toPlainText(), ink_rect(item)) for item in scene.items()
            if isinstance(item, pg.TextItem) and item.isVisible()
            and item.toPlainText().strip() and item.opacity() > 0]


def marker_rects(item: pg.ScatterPlotItem, name: str = "marker") -> list[Labelled]:
    """The symbols of a scatter item, as squares of their size about their centres."""
    scene = item.scene()
    if hasattr(scene, "prepareForPaint"):
        scene.prepareForPaint()
    if not item.isVisible():
        return []
    out = []
    for spot in item.points():
        centre = item.mapToScene(spot.pos())
        half = float(spot.size()) / 2
        out.append((name, QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)))
    return out


def overlaps(labels: Sequence[Labelled], others: Sequence[Labelled] = ()) -> list[
        tuple[Labelled, Labelled]]:
    """The pairs that intersect by more than a pixel each way: among `labels`, or, given
    `others`, each label with each of those."""
    pairs = ([(a, b) for a in labels for b in others] if others else
             list(combinations(labels, 2)))
    out = []
    for a, b in pairs:
        both = a[1].intersected(b[1])
        if both.width() > SLACK and both.height() > SLACK:
            out.append((a, b))
    return out


def outside(labels: Iterable[Labelled], box: QRectF) -> list[Labelled]:
    """The labels not wholly inside `box` (a pixel's tolerance)."""
    room = box.adjusted(-SLACK, -SLACK, SLACK, SLACK)
    return [label for label in labels if not room.contains(label[1])]


# -- plot axes ----------------------------------------------------------------------------------


def axes_in_sight(root: QWidget) -> list[pg.AxisItem]:
    """The axes of every pyqtgraph view in sight under root that show their values."""
    out = []
    views = [root] if isinstance(root, QGraphicsView) else []
    for view in views + root.findChildren(QGraphicsView):
        if not seen(view) or view.scene() is None:
            continue
        out += [item for item in view.scene().items() if isinstance(item, pg.AxisItem)
                and item.isVisible() and item.style["showValues"]]
    return out


def tick_texts(axis: pg.AxisItem) -> list[Labelled]:
    """The tick labels an axis draws now: (text, rectangle in the axis' own pixels)."""
    picture = QPicture()  # measured as the axis measures when it paints (AxisItem.paint)
    painter = QPainter(picture)
    try:
        if axis.style["tickFont"]:
            painter.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(text, QRectF(rect)) for rect, _, text in specs[2]]


def crowded_ticks(root: QWidget) -> list[str]:
    """Tick labels drawn over each other, on any axis in sight."""
    out = []
    for axis in axes_in_sight(root):
        for (a, _), (b, _) in overlaps(tick_texts(axis)):
            out.append(f"{axis.orientation} axis of {name_of(axis.getViewWidget())}: "
                       f"{a!r} on {b!r}")
    return out


def missing_ticks(root: QWidget) -> list[str]:
    """Ticks set by hand (a colour bar's values) that their axis left out for want of room."""
    out = []
    for axis in axes_in_sight(root):
        if axis._tickLevels is None:
            continue
        wanted = [text for level in axis._tickLevels[:1] for _, text in level]
        drawn = {text for text, _ in tick_texts(axis)}
        out += [f"{axis.orientation} axis of {name_of(axis.getViewWidget())}: {text!r}"
                for text in wanted if text not in drawn]
    return out
