"""Every output format of a run, in one place: the seed's printed line, CSV and JSON.

`gdsim trace`, `gdsim train` and `gdsim export --format csv|json` all write through here.
A state's rows are its mode's model's (`trace_rows`): surface mode, per state k and optimizer,
w1, w2, J and the gradient; network mode, per state k, the loss J and every parameter of θ_k
by its seed name (w^1_11, …, b^2_2).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from typing import Any

from gdsim.core.descent import printed_trace
from gdsim.core.hidden import MASK, Hidden
from gdsim.core.modes import Mode
from gdsim.core.run import Run
from gdsim.core.status import State, Status

__all__ = ["printed_trace", "trace_rows", "hide_rows", "to_csv", "to_json", "descent_json",
           "losses_text", "training_json", "finished_status"]


def trace_rows(run: Run, steps: Sequence[int]) -> list[dict[str, Any]]:
    """The rows of the states asked for, as the mode's model writes them; a state past where
    the run stopped (diverged, left the range) is none: the last row is the last state's."""
    return [row for k in steps if run.compute(k) == k
            for row in run.model.trace_rows(k, run.timeline)]


def hide_rows(rows: list[dict[str, Any]], hidden: Hidden, run: Run) -> list[dict[str, Any]]:
    """The rows with what an open lesson question asks written as "?" (core/hidden.py): a
    surface's asked point, J or gradient in its row; a network's asked J(θ_k), and in row k + 1
    each parameter whose ∂J/∂θ at k is hidden (θ_{k+1} = θ_k − α·∂J/∂θ would tell it)."""
    if not hidden:
        return rows
    model: Any = run.model
    shown = []
    for row in rows:
        k, row = row["k"], dict(row)
        if run.scenario.mode is Mode.SURFACE:
            r = model.labels.index(row["optimizer"]) if "optimizer" in row else 0
            for names, asked in ((("w1", "w2"), hidden.point(k, r)), (("J",), hidden.cost(k, r)),
                                 (("dJ_dw1", "dJ_dw2"), hidden.slopes(k, r))):
                row.update(dict.fromkeys(names, MASK) if asked else {})
        else:
            if hidden.cost(k):
                row["J"] = MASK
            for i, name in enumerate(model.parameter_names):
                kind, l, n, j = model.start.parameter_address(i)
                if k > 0 and (hidden.weight_gradient(k - 1, l, n, j or 0) if kind == "w"
                              else hidden.bias_gradient(k - 1, l, n)):
                    row[name] = MASK
        shown.append(row)
    return shown


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: repr(v) if isinstance(v, float) else v for k, v in row.items()})
    return out.getvalue()


def to_json(rows: list[dict[str, Any]], run: Run) -> str:
    return json.dumps({"mode": run.scenario.mode, "title": run.scenario.title,
                       "status": str(run.status()), "states": rows}, allow_nan=False)


# ----------------------------------------------------------------------------------------------
# The command line's formats (the README's "Commands"): `gdsim trace` and `gdsim train`.


def finished_status(run: Run) -> str:
    """What a finished command prints: "completed N steps", or how the run ended.

    A converged descent says where ("converged at step 141"), without the tolerance."""
    status = run.status()
    if status.running:  # a note besides (Newton's |H|) in parentheses, as a status's detail
        return f"completed {run.k} steps" + (f" ({status.detail})" if status.detail else "")
    if status.converged:
        return str(Status(State.CONVERGED, run.k))
    return str(status)


def descent_json(rows: list[dict[str, Any]], status: str) -> str:
    """`{"points": [[w1, w2], …], "costs": […], "gradients": […], "status": …}`, full precision."""
    return json.dumps({"points": [[r["w1"], r["w2"]] for r in rows],
                       "costs": [r["J"] for r in rows],
                       "gradients": [[r["dJ_dw1"], r["dJ_dw2"]] for r in rows],
                       "status": status})


def losses_text(losses: Sequence[float], status: str, accuracy: float | None = None,
                samples: int = 0, sharpness: Sequence[float] | None = None,
                test_losses: Sequence[float] | None = None, test_accuracy: float | None = None,
                test_samples: int = 0) -> str:
    """`step k: J = …` for every loss (`test J = …` with a test set, `λmax = …` with the
    sharpness); with classes, the accuracy after the last step (of `samples` training samples,
    and of the test set's); then the status line."""
    text = "".join(f"step {k}: J = {J:.9g}"
                   + (f", test J = {test_losses[k]:.9g}" if test_losses is not None else "")
                   + (f", λmax = {sharpness[k]:.6g}" if sharpness is not None else "") + "\n"
                   for k, J in enumerate(losses))
    for right, count, which in ((accuracy, samples, "training"),
                                (test_accuracy, test_samples, "test")):
        if right is not None:
            text += (f"accuracy after step {len(losses) - 1}: {100 * right:.1f} % "
                     f"({round(right * count):,} of {count:,} {which} samples)\n")
    return text + status


def _plain(values: Any) -> Any:
    """Nested lists with every non-finite number as None, so the output stays valid JSON."""
    if isinstance(values, list):
        return [_plain(v) for v in values]
    return values if math.isfinite(values) else None


def training_json(losses: Sequence[float], network: dict[str, Any], dW: Sequence[Any],
                  db: Sequence[Any], status: str, accuracy: float | None = None,
                  sharpness: Sequence[float] | None = None,
                  test_losses: Sequence[float] | None = None,
                  test_accuracy: float | None = None) -> str:
    """`{"losses": […], "network": {…}, "gradients": {"weights", "biases"}, "status": …}`, and
    `"accuracy"` (the fraction of training samples classified right) for a data set with
    classes, `"sharpness"` (λmax of the Hessian of J at each θ_k of `losses`) when asked,
    `"test_losses"` and `"test_accuracy"` with a held-out test set."""
    out: dict[str, Any] = {"losses": list(losses), "network": network,
                           "gradients": {"weights": [_plain(W.tolist()) for W in dW],
                                         "biases": [_plain(b.tolist()) for b in db]},
                           "status": status}
    if accuracy is not None:
        out["accuracy"] = accuracy
    if sharpness is not None:
        out["sharpness"] = _plain(list(sharpness))
    if test_losses is not None:
        out["test_losses"] = _plain(list(test_losses))
    if test_accuracy is not None:
        out["test_accuracy"] = test_accuracy
    return json.dumps(out)
