"""The Surface of a typed J: ∂J/∂w1 and ∂J/∂w2 by sympy.diff, all three compiled to numpy; the
second derivatives (the Hessian, `gdsim.core.curvature`) too, when first asked for.

Past the parser's checks, J and its gradient must be finite at the start point.
"""

from __future__ import annotations

import numpy as np
import sympy
from sympy import S

from gdsim.core.errors import ExpressionError, InputError
from gdsim.core.expr.limits import MAX_GRADIENT_SIZE, MAX_LOG10, approx, gradient_size
from gdsim.core.expr.parser import parse_expression
from gdsim.core.expr.printer import float_text, formula
from gdsim.core.expr.tokens import W1, W2
from gdsim.core.surfaces import Array, Surface, ValueFn

_NOT_COMPILED = object()
# What differentiating |w| twice brings (a kink's "derivative"): no numpy function to compile.
_NOT_FUNCTIONS = (sympy.DiracDelta, sympy.Heaviside, sympy.Derivative)

_NOT_FINITE = (S.ComplexInfinity, S.Infinity, S.NegativeInfinity, S.NaN, S.ImaginaryUnit)


def _compile(e: sympy.Expr, label: str) -> ValueFn:
    """A numpy function of (w1, w2) for e, broadcasting to the inputs' shape, overflow → inf."""
    if e.has(*_NOT_FINITE):
        raise ExpressionError("{label} is not a finite real number: it divides by zero or takes "
                              "the log or root of a negative number", label=label)  # fmt: skip
    if any(abs(approx(n)) > 10.0**MAX_LOG10 for n in e.atoms(sympy.Number)):
        raise ExpressionError("{label} holds a number that is too large (over 1e300)",
                              label=label)
    # Whole numbers past 2⁵³ would reach numpy as Python ints it cannot take the cos of.
    big = {n: sympy.Float(n) for n in e.atoms(sympy.Integer) if abs(int(n)) > 2**53}
    f = sympy.lambdify((W1, W2), e.xreplace(big) if big else e, modules="numpy")

    def fn(w1: Array, w2: Array) -> Array:
        w1, w2 = np.asarray(w1, dtype=float), np.asarray(w2, dtype=float)
        with np.errstate(all="ignore"):
            try:
                out = np.asarray(f(w1, w2))
            except (OverflowError, ZeroDivisionError):
                out = np.full((), np.inf)
            if np.iscomplexobj(out):  # not expected from a real J, but never let it through
                out = np.where(out.imag == 0, out.real, np.nan)
            out = out.astype(float, copy=False)
        shape = np.broadcast_shapes(w1.shape, w2.shape, out.shape)
        return out if out.shape == shape else np.broadcast_to(out, shape).copy()

    return fn


class SecondDerivatives:
    """(∂²J/∂w1², ∂²J/∂w1∂w2, ∂²J/∂w2²) by sympy.diff of the gradient, compiled when first
    called (a J is typed far more often than its curvature is asked for). A gradient too large
    to differentiate again within MAX_GRADIENT_SIZE, or second derivatives that are not finite
    numbers, leave the surface without them: its Hessian is then central differences of the
    gradient (`gdsim.core.curvature.hessian`)."""

    def __init__(self, d1: sympy.Expr, d2: sympy.Expr):
        self.d1, self.d2 = d1, d2
        self.fns: object = _NOT_COMPILED

    def compiled(self) -> tuple[ValueFn, ValueFn, ValueFn] | None:
        if self.fns is _NOT_COMPILED:
            self.fns = None
            if max(gradient_size(self.d1), gradient_size(self.d2)) <= MAX_GRADIENT_SIZE:
                second = (sympy.diff(self.d1, W1), sympy.diff(self.d1, W2),
                          sympy.diff(self.d2, W2))
                try:
                    if not any(e.has(*_NOT_FUNCTIONS) for e in second):
                        self.fns = tuple(_compile(e, label) for e, label in zip(
                            second, ("∂²J/∂w1²", "∂²J/∂w1∂w2", "∂²J/∂w2²"), strict=True))
                except ExpressionError:
                    pass
        return self.fns  # type: ignore[return-value]

    def __call__(self, w1: Array, w2: Array) -> tuple[Array | float, Array | float, Array | float]:
        fns = self.compiled()
        if fns is None:
            raise ExpressionError("J's second derivatives could not be formed")
        h11, h12, h22 = fns
        return h11(w1, w2), h12(w1, w2), h22(w1, w2)


def surface_from_expression(
    text: str,
    *,
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    start: tuple[float, float] | None = None,
) -> Surface:
    """A Surface for the typed J; refused unless J and grad J are finite at the start."""
    J = parse_expression(text)
    size = gradient_size(J)
    if size > MAX_GRADIENT_SIZE:
        raise ExpressionError("J is too complex: its gradient would have about {size} parts (at "
                              "most {most})", size=size, most=MAX_GRADIENT_SIZE)  # fmt: skip
    d1, d2 = sympy.diff(J, W1), sympy.diff(J, W2)
    value_fn, g1, g2 = _compile(J, "J"), _compile(d1, "∂J/∂w1"), _compile(d2, "∂J/∂w2")
    try:
        (a, b), (c, d) = bounds if bounds is not None else ((-5.0, 5.0), (-5.0, 5.0))
        box = ((float(a), float(b)), (float(c), float(d)))
        s1, s2 = (float(v) for v in (start if start is not None else (-2.0, 3.0)))
    except (TypeError, ValueError):
        raise InputError("start {start!r} or bounds {bounds!r}: not numbers", start=start,
                         bounds=bounds) from None
    at = f"({float_text(s1)}, {float_text(s2)})"
    for fn, label in ((value_fn, "J"), (g1, "∂J/∂w1"), (g2, "∂J/∂w2")):
        if not np.all(np.isfinite(fn(np.array(s1, dtype=float), np.array(s2, dtype=float)))):
            raise ExpressionError("{label} is not finite at the start {at}; choose another "
                                  "start or another J", label=label, at=at)  # fmt: skip
    return Surface(
        name="custom",
        formula=formula(J),
        gradient_formula=(formula(d1), formula(d2)),
        value_fn=value_fn,
        gradient_fn=lambda w1, w2: (g1(w1, w2), g2(w1, w2)),
        hessian_fn=SecondDerivatives(d1, d2),
        bounds=box,
        start=(s1, s2),
        lr=0.1,
        expression=text,
    )


def check_expression(
    text: str,
    *,
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
    start: tuple[float, float] | None = None,
) -> ExpressionError | None:
    """None if the typed J can be used, otherwise the error (with .position when it has one)."""
    try:
        surface_from_expression(text, bounds=bounds, start=start)
    except ExpressionError as exc:
        return exc
    return None
