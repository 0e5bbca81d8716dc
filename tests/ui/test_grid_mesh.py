"""The 3-D view's surface mesh: the triangles, colours and normals GLSurfacePlotItem makes,
its normals summed with numpy instead of vertex by vertex."""

import numpy as np
import pyqtgraph.opengl as gl

from gdsim.ui.views.grid_mesh import grid_mesh


def test_the_mesh_is_pyqtgraphs_surface_with_the_same_normals():
    rng = np.random.default_rng(0)
    xs, ys = np.linspace(-3, 3, 13), np.linspace(-2, 2, 9)
    z, colors = rng.normal(size=(13, 9)), rng.uniform(size=(13, 9, 4))
    theirs = gl.GLSurfacePlotItem(x=xs, y=ys, z=z, colors=colors, shader="shaded",
                                  smooth=True).opts["meshdata"]
    ours = grid_mesh(xs, ys, z, colors).opts["meshdata"]
    # the same triangles, wound the same way (so the same face normals), maybe in another order
    def triangles(md):
        return sorted(map(bytes, md.vertexes(indexed="faces").astype(np.float32)))
    assert triangles(ours) == triangles(theirs)
    np.testing.assert_allclose(ours.vertexNormals(), theirs.vertexNormals(), atol=1e-6)
    np.testing.assert_allclose(ours.vertexColors(), theirs.vertexColors().reshape(-1, 4))
