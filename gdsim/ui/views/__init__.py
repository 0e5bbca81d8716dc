"""One file per view; each has `render(snapshot)` and creates its pyqtgraph items only once,
and `retranslate()` for View ▸ Language (its words in the language chosen now, at once)."""

from typing import TYPE_CHECKING, Any, TypeAlias

from gdsim.core.run import SurfaceSnapshot

if TYPE_CHECKING:  # imported when a network first runs (gdsim.core.run._training)
    from gdsim.core.landscape import LandscapeView

# What the surface views draw: a surface snapshot, or a network's loss landscape seen as one.
SurfaceLike: TypeAlias = "SurfaceSnapshot | LandscapeView"


class LazyRender:
    """Mixin for a view that draws only while it can be seen: `render(snapshot)` keeps the
    snapshot and calls `draw(snapshot)` when shown; being shown again draws the kept one.
    A dock hidden behind another tab then costs nothing while playing. The window tells the
    view when its dock is shown or hidden (QDockWidget.visibilityChanged → set_shown)."""

    _pending: Any = None
    _shown: bool = True
    rendered: Any = None  # the last snapshot handed to the view

    # `render(snapshot)` shadows QWidget.render(target, …), which gdsim never calls on a view;
    # the extra parameters, never passed, keep the signature compatible with the one shadowed.
    def render(self, snapshot: Any, *_: Any, **__: Any) -> None:
        self.rendered = self._pending = snapshot
        if self._shown:
            self.draw(snapshot)
            self._pending = None

    def set_shown(self, shown: bool) -> None:
        self._shown = shown
        if shown and self._pending is not None:
            self.draw(self._pending)
            self._pending = None

    def draw(self, snapshot: Any) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """The language changed (View ▸ Language): the view's own words anew, and the state it
        shows drawn again — now if shown, else when shown — with nothing skipped as "already
        drawn", so that every word computed from the state is in the new language at once."""
        self.retranslate_words()
        self.forget_drawn()
        if self.rendered is not None:
            self.render(self.rendered)

    def retranslate_words(self) -> None:
        """The words that do not depend on the state (labels the .ts catalogue cannot map back
        alone: formatted, or shared by two English sources). Default: none."""

    def forget_drawn(self) -> None:
        """Forget what the view remembers of what it drew (a view skips redrawing what it
        thinks unchanged), so that the next draw draws everything. Default: nothing kept."""
