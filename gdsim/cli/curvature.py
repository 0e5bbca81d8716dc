"""gdsim curvature — the Hessian of J at a point and what it says about α.

H, its eigenvalues and eigenvectors, the condition number κ = λmax/λmin and gradient descent's
stability limit α < 2/λmax, from `gdsim.core.curvature`; with --lr, the factors 1 − αλᵢ by which
one step multiplies the distance to the local quadratic's bottom along each eigen-direction.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from gdsim.cli import common
from gdsim.core import settings as S
from gdsim.core.curvature import Curvature, curvature_at
from gdsim.core.descent import written
from gdsim.core.racing import build_surface


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("The Hessian of J(w1, w2) at a point: its eigenvalues and "
                          "eigenvectors, the condition number and the largest α for which "
                          "gradient descent is stable there.")
    common.add_surface_flags(parser)
    common.add_setting(parser, "--at", S.START, metavar="W1,W2", given_only=True,
                       help="the point", shown="the surface's start, (-2,3) for the seed's J")
    common.add_setting(parser, "--lr", S.SURFACE_LR, metavar="A", given_only=True,
                       help="also the one-step factors 1 − αλ for this α", shown="none")
    parser.add_argument("--format", default="text", choices=("text", "json"),
                        help="text: to read; json: every number at full precision "
                             "(default: text)")


def report(c: Curvature, at: tuple[float, float], lr: float | None) -> dict[str, Any]:
    """The JSON keys: hessian, eigenvalues, eigenvectors (one list per eigenvalue, in its
    order), condition and alpha_limit (null where H gives none); at; contraction with --lr."""
    out: dict[str, Any] = {
        "at": list(at), "hessian": c.hessian.tolist(), "eigenvalues": c.eigenvalues.tolist(),
        "eigenvectors": c.eigenvectors.T.tolist(), "condition": c.condition,
        "alpha_limit": c.alpha_limit}
    if lr is not None:
        out["lr"] = lr
        out["contraction"] = c.contraction(lr).tolist()
    return out


def num(value: float) -> str:
    return written(float(f"{value:.10g}"))


def text(d: dict[str, Any], formula: str) -> str:
    (h11, h12), (_, h22) = d["hessian"]
    (l1, l2), (v1, v2) = d["eigenvalues"], d["eigenvectors"]
    width = max(len(num(h11)), len(num(h12)))
    lines = [
        f"J = {formula} at ({num(d['at'][0])}, {num(d['at'][1])})",
        f"H = [[{num(h11):>{width}}, {num(h12)}],",
        f"     [{num(h12):>{width}}, {num(h22)}]]",
        f"eigenvalues: λ1 = {num(l1)}, λ2 = {num(l2)}",
        f"eigenvectors: v1 = ({num(v1[0])}, {num(v1[1])}), v2 = ({num(v2[0])}, {num(v2[1])})",
        "condition number: κ = λmax/λmin = " + num(d["condition"])
        if d["condition"] is not None else
        "condition number: none (H is not positive definite: this is no minimum's bowl)",
        "gradient descent is stable here for α < 2/λmax = " + num(d["alpha_limit"])
        if d["alpha_limit"] is not None else
        "gradient descent has no stable α here (λmax ≤ 0: J curves up in no direction)"]
    if "contraction" in d:
        c1, c2 = d["contraction"]
        lines.append(f"one step with α = {num(d['lr'])} multiplies the distance along v1, v2 "
                     f"by 1 − αλ = {num(c1)}, {num(c2)}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    at = common.read(args, "--at", S.START)
    lr = common.read(args, "--lr", S.SURFACE_LR)
    surface = build_surface(common.surface_from_args(args, start=at))
    point = (float(at[0]), float(at[1])) if at is not None else surface.start
    c = curvature_at(surface, point)
    if not c.finite:
        raise common.InputError("--at: J's second derivatives are not finite at ({w1}, {w2})",
                                w1=num(point[0]), w2=num(point[1]))
    d = report(c, point, lr)
    print(json.dumps(d) if args.format == "json" else text(d, surface.formula))
    return 0
