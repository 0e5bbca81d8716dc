"""A surface on a regular grid as an OpenGL mesh, its normals computed in numpy.

pyqtgraph's GLSurfacePlotItem averages each vertex's face normals in a Python loop over the
vertices (MeshData.vertexNormals): on a 41 × 41 grid that loop cost more than the rest of a
network landscape's rebuild, twice a second while playing. The mesh here is the same
triangles, colours and shading; only the normals are summed with numpy.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyqtgraph.opengl as gl
from numpy.typing import NDArray
from pyqtgraph.opengl import MeshData

Array = NDArray[np.float64]


class GridMeshData(MeshData):
    """MeshData whose vertex normals are the normalised sums of their faces' normals, as
    pyqtgraph's, summed at once (np.bincount) instead of vertex by vertex."""

    def vertexNormals(self, indexed: str | None = None) -> NDArray[np.float32]:  # noqa: N802
        if self._vertexNormals is None:  # type: ignore[has-type]
            corners, normals = self.faces().ravel(), np.repeat(self.faceNormals(), 3, axis=0)
            sums = np.column_stack([np.bincount(corners, normals[:, k], len(self._vertexes))
                                    for k in range(3)])
            length = np.sqrt((sums ** 2).sum(axis=1, keepdims=True))
            with np.errstate(invalid="ignore", divide="ignore"):
                self._vertexNormals = np.where(length > 0, sums / length, 0).astype(np.float32)
        return super().vertexNormals(indexed)  # type: ignore[no-any-return]


@lru_cache(maxsize=4)
def grid_faces(nx: int, ny: int) -> NDArray[np.int32]:
    """Two triangles per grid cell, wound as GLSurfacePlotItem winds them (vertex i·ny + j)."""
    i, j = np.meshgrid(np.arange(nx - 1), np.arange(ny - 1), indexing="ij")
    corner = (i * ny + j).ravel()
    faces = np.empty((2 * corner.size, 3), dtype=np.int32)
    faces[0::2] = np.column_stack([corner, corner + 1, corner + ny])
    faces[1::2] = np.column_stack([corner + ny, corner + 1, corner + ny + 1])
    faces.setflags(write=False)
    return faces


def grid_mesh(xs: Array, ys: Array, z: Array, colors: Array) -> gl.GLMeshItem:
    """The surface z[i, j] over (xs[i], ys[j]), coloured per vertex (colors: nx × ny × 4),
    shaded and smooth."""
    nx, ny = z.shape
    vertexes = np.empty((nx, ny, 3), dtype=np.float32)
    vertexes[..., 0] = np.asarray(xs)[:, None]
    vertexes[..., 1] = np.asarray(ys)[None, :]
    vertexes[..., 2] = z
    data = GridMeshData(vertexes=vertexes.reshape(-1, 3), faces=grid_faces(nx, ny),
                        vertexColors=np.asarray(colors, np.float32).reshape(-1, 4))
    return gl.GLMeshItem(meshdata=data, shader="shaded", smooth=True, drawEdges=False)
