"""The trace of a run's states as rows, CSV or JSON (what `export --format csv|json` writes).

Surface mode: per state k and optimizer, w1, w2, J and the gradient. Network mode: per state
k, the loss J and every parameter of θ_k by its seed name (w^1_11, …, b^2_2).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from gdsim.core.run import ROW, Run


def trace_rows(run: Run, steps: Sequence[int]) -> list[dict[str, Any]]:
    """One dict per state asked for (states past a divergence are the last finite one)."""
    rows: list[dict[str, Any]] = []
    if run.scenario.mode == "network":
        start = run.timeline.get(0).net
        names = [start.parameter_name(i) for i in range(start.n_params)]
        for k in steps:
            state = run.timeline.get(run.compute(k))
            row: dict[str, Any] = {"k": k, "J": state.J}
            row.update(zip(names, state.net.theta.tolist()))
            rows.append(row)
        return rows
    labels = run.model.labels
    for k in steps:
        last = run.compute(k)
        data = run.timeline.rows[last]
        for r, label in enumerate(labels):
            w1, w2, J, _, g1, g2 = data[ROW * r: ROW * (r + 1)].tolist()
            row = {"k": k, "w1": w1, "w2": w2, "J": J, "dJ_dw1": g1, "dJ_dw2": g2}
            if len(labels) > 1:
                row = {"optimizer": label, **row}
            rows.append(row)
    return rows


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
                       "status": run.status(), "states": rows}, allow_nan=False)
