"""The 3-D view's −grad J arrow on a network's loss landscape lies on the landscape as drawn:
it starts at the path's head (J of θ_k) and its tip is read off the landscape's grid, as the
path's earlier points are, not computed by a forward pass over all the data each frame."""

import numpy as np

from gdsim.core.landscape import Landscape, bilinear
from gdsim.core.run import Run
from gdsim.core.scenario import Scenario


def test_the_gradient_arrow_on_a_landscape_starts_at_the_head_and_ends_on_the_grid(show):
    from gdsim.ui.views.surface3d import Surface3DView

    snap = Run(Scenario(mode="network")).seek(5)
    view = Landscape().view(snap)
    surface3d = show(Surface3DView(), (600, 500))
    surface3d.render(view)
    items = surface3d.racers[0]
    start, tip = items.neg_grad.pos[0], items.neg_grad.pos[1]
    head = surface3d.to_display(*view.points[0].w, view.points[0].J, lift=0.08)[0]
    assert np.allclose(start, head)
    p, (x0, x1) = view.points[0], view.surface.bounds[0]
    w = p.w - p.grad / np.hypot(*p.grad) * (x1 - x0) * 0.15  # the arrow's length, as drawn
    on_grid = bilinear(*view.grid, w[:1], w[1:])
    assert np.allclose(tip, surface3d.to_display(w[:1], w[1:], on_grid, lift=0.08)[0])
    assert np.allclose(view.height_at(w[:1], w[1:]), on_grid)
