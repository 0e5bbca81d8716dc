"""The Hessian and what follows from it: every built-in surface's second derivatives against
central differences of its gradient, a typed J's against sympy's own Hessian, the seed's
valley worked by hand, and Newton's rule where H is not positive definite."""

from dataclasses import replace

import numpy as np
import pytest
import sympy

from gdsim.core.curvature import (
    FLOOR,
    central_hessian,
    contraction_factors,
    curvature_at,
    eigen,
    hessian,
    newton_direction,
)
from gdsim.core.expr import W1, W2, parse_expression, surface_from_expression
from gdsim.core.surfaces import SURFACES, get_surface

RTOL = 1e-6  # relative to the largest entry (of H, or of its eigenvalues)


def relative(a, b) -> float:
    a, b = np.asarray(a, float), np.asarray(b, float)
    return float(np.abs(a - b).max() / max(np.abs(b).max(), 1e-300))


def points(surface, rng, n=6):
    (x0, x1), (y0, y1) = surface.bounds
    return [surface.start, *((rng.uniform(x0, x1), rng.uniform(y0, y1)) for _ in range(n))]


@pytest.mark.parametrize("name", list(SURFACES))
def test_every_surfaces_hessian_is_central_differences_of_its_gradient(name, rng):
    s = SURFACES[name]
    assert s.hessian_fn is not None, "a built-in surface writes its Hessian by hand"
    for w in points(s, rng):
        H, oracle = hessian(s, w), central_hessian(s.gradient, w)
        assert relative(H, oracle) < RTOL, (name, w)
        assert np.array_equal(H, H.T)
        ours, theirs = eigen(H).eigenvalues, np.sort(np.linalg.eigvalsh(oracle))
        assert relative(ours, theirs) < RTOL, (name, w)


TYPED = ["w1^2 + w2^2 + 2 w2 + 5", "w1^2 + 10 w2^2", "sin(w1) * cos(w2) + w1^2 w2",
         "exp(0.1 (w1 + w2)) + log(1 + w1^2) - 3 w1 w2", "(1 - w1)^2 + 100 (w2 - w1^2)^2",
         "sqrt(w1^2 + w2^2 + 1) + tanh(w1 - w2)"]


@pytest.mark.parametrize("text", TYPED)
def test_a_typed_j_hessian_is_sympys_and_central_differences(text, rng):
    s = surface_from_expression(text)
    J = parse_expression(text)
    exact = sympy.hessian(J, (W1, W2))  # sympy's own, evaluated exactly at each point
    for w in points(s, rng, 4):
        H = hessian(s, w)
        at = {W1: sympy.Float(w[0], 30), W2: sympy.Float(w[1], 30)}
        oracle = np.array(exact.subs(at).evalf(30).tolist(), dtype=float)
        assert relative(H, oracle) < RTOL, (text, w)
        assert relative(H, central_hessian(s.gradient, w)) < RTOL, (text, w)
        assert relative(eigen(H).eigenvalues, np.linalg.eigvalsh(oracle)) < RTOL


def test_the_seed_valley_worked_by_hand():
    c = curvature_at(get_surface("seed-bowl"), (-2, 3))
    np.testing.assert_array_equal(c.hessian, [[2, 0], [0, 2]])
    np.testing.assert_array_equal(c.eigenvalues, [2, 2])
    np.testing.assert_array_equal(c.eigenvectors, np.eye(2))
    assert c.condition == 1.0 and c.alpha_limit == 1.0 and c.positive_definite
    np.testing.assert_allclose(c.contraction(0.5), [0, 0])  # α = 0.5: one step to the bottom
    np.testing.assert_allclose(c.contraction(0.3), [0.4, 0.4])
    np.testing.assert_allclose(c.contraction(1.0), [-1, -1])  # bounces for ever
    assert (np.abs(c.contraction(1.01)) > 1).all()  # diverges


def test_an_ill_conditioned_valley():
    c = curvature_at(surface_from_expression("w1^2 + 10 w2^2"), (1, 1))
    np.testing.assert_allclose(c.eigenvalues, [2, 20])
    assert c.condition == pytest.approx(10) and c.alpha_limit == pytest.approx(0.1)
    np.testing.assert_allclose(np.abs(c.eigenvectors), np.eye(2))


def test_where_h_is_not_positive_definite_there_is_no_condition_number():
    saddle = curvature_at(get_surface("saddle"), (0.3, 0.2))
    assert saddle.condition is None and not saddle.positive_definite
    assert saddle.alpha_limit == pytest.approx(1.0)  # the direction that curves up still limits
    cap = curvature_at(surface_from_expression("-(w1^2) - w2^2"), (1, 1))
    assert cap.alpha_limit is None and cap.condition is None


def test_eigenvectors_keep_their_direction_from_point_to_point():
    s = get_surface("rosenbrock")
    for w in [(0.5, 0.2), (0.51, 0.2), (0.52, 0.21)]:
        c = curvature_at(s, w)
        vectors = c.eigenvectors
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=0), 1)
        assert (vectors[np.argmax(np.abs(vectors), axis=0), [0, 1]] > 0).all()
        np.testing.assert_allclose(c.hessian @ vectors, vectors * c.eigenvalues, atol=1e-9)


def test_a_surface_without_second_derivatives_falls_back_to_central_differences():
    s = get_surface("himmelblau")
    bare = replace(s, hessian_fn=None)
    assert relative(hessian(bare, (1, 2)), hessian(s, (1, 2))) < RTOL


def test_a_typed_j_whose_second_derivatives_are_not_numbers_falls_back():
    s = surface_from_expression("abs(w1) + w2^2", start=(1.0, 1.0))
    np.testing.assert_allclose(hessian(s, (1.0, 1.0)), [[0, 0], [0, 2]], atol=1e-6)


def test_non_finite_hessian_is_said_so():
    c = eigen([[np.nan, 0], [0, 1]])
    assert not c.finite and c.alpha_limit is None and c.condition is None


def test_newton_direction_is_h_inverse_grad_where_h_is_a_bowl():
    H, g = np.array([[4.0, 1.0], [1.0, 3.0]]), np.array([1.0, -2.0])
    d, modified = newton_direction(H, g)
    np.testing.assert_allclose(H @ d, g)
    assert not modified


def test_newton_direction_where_h_is_not_positive_definite_uses_abs_h():
    # The saddle J = w1² − w2²: H = diag(2, −2); H⁻¹ grad J would jump onto the saddle point,
    # |H|⁻¹ grad J moves w1 to 0 and w2 away from it, downhill.
    w = np.array([0.5, 0.1])
    d, modified = newton_direction(np.diag([2.0, -2.0]), np.array([1.0, -0.2]))
    assert modified
    np.testing.assert_allclose(w - d, [0.0, 0.2])
    flat, modified = newton_direction(np.diag([2.0, 0.0]), np.array([2.0, 1.0]))
    assert modified and flat[0] == pytest.approx(1.0)
    assert flat[1] == pytest.approx(1.0 / (FLOOR * 2.0))  # the floor, not a division by 0
    zero, modified = newton_direction(np.zeros((2, 2)), np.array([1.0, 1.0]))
    assert modified and not zero.any()


def test_the_local_ellipse_is_a_level_set_of_the_quadratic_sqrt_kappa_times_as_long():
    from gdsim.core.curvature import local_ellipse

    H = np.array([[3.0, 1.0], [1.0, 7.0]])
    c = eigen(H)
    center = np.array([0.5, -1.0])
    points = local_ellipse(c, center, 2.0)
    d = points - center
    level = np.einsum("ni,ij,nj->n", d, H, d)  # dᵀHd: one value all round
    np.testing.assert_allclose(level, level[0], rtol=1e-12)
    np.testing.assert_allclose(np.linalg.norm(d, axis=1).max(), 2.0, rtol=1e-3)  # longest
    # its half-axes along v₁ and v₂ stand as √(λ₂/λ₁) = √κ
    along = np.abs(d @ c.eigenvectors).max(axis=0)
    np.testing.assert_allclose(along[0] / along[1], np.sqrt(c.condition), rtol=1e-3)
    assert local_ellipse(eigen(np.diag([1.0, -1.0])), center, 1.0) is None  # a saddle


def test_a_factor_says_what_a_step_does_along_its_direction():
    from gdsim.core.curvature import Behaviour, behaviour

    # the seed's valley, λ = 2: α = 0.2 shrinks, 0.5 lands (0), 0.8 zig-zags, 1 bounces, 1.2 grows
    factors = [float(contraction_factors([2.0], lr)[0]) for lr in (0.2, 0.5, 0.8, 1.0, 1.2)]
    assert [behaviour(f) for f in factors] == [
        Behaviour.SHRINKS, Behaviour.SHRINKS, Behaviour.OVERSHOOTS, Behaviour.BOUNCES,
        Behaviour.GROWS]
    assert behaviour(1.0) is Behaviour.GROWS  # λ = 0: never closer


def test_the_ill_conditioned_valley_example_zig_zags_under_gd_and_not_under_newton():
    """The built-in example: κ = 10, the limit 2/20 = 0.1, α = 0.09 — plain gradient descent's
    w2 changes sign every step (factor 1 − 0.09·20 = −0.8), momentum gets there sooner, and
    Newton's step lands on the minimum at once."""
    from gdsim.core.run import Run
    from gdsim.core.scenario_names import resolve_scenario

    scenario, _ = resolve_scenario("ill-conditioned-valley")
    run = Run(scenario.at(0))
    snap = run.seek(scenario.max_steps)
    c = curvature_at(snap.surface, snap.surface.start)
    np.testing.assert_allclose(c.hessian, np.diag([2.0, 20.0]))
    assert (c.condition, c.alpha_limit) == pytest.approx((10.0, 0.1))
    sgd_w2 = snap.path(0)[:10, 1]
    assert np.all(np.sign(sgd_w2[1:]) == -np.sign(sgd_w2[:-1]))  # the zig-zag
    np.testing.assert_allclose(sgd_w2[1:] / sgd_w2[:-1], -0.8)
    converged = [int(np.argmax(np.hypot(*snap.path(i).T) < 1e-6)) for i in range(3)]
    assert converged[2] == 1 < converged[1] < converged[0]  # newton, momentum, sgd
