"""One wording for steps and states, the same in every view, export, the status bar and the
toolbar, in both languages: the state shown is θ_k at step k ("step k = 3", θ₃), one iteration
goes from θ_k to θ_{k+1} ("one iteration: θ₃ → θ₄"), and the run is paused, playing, converged
at step 72, diverged at step 12, left the range at step 1 or has reached its step limit."""

from __future__ import annotations

from gdsim.core.naming import subscript
from gdsim.core.status import Status
from gdsim.ui.i18n import error_text, tr


def theta(k: int) -> str:
    """θ_k as the screen writes it: "θ₃"."""
    return f"θ{subscript(k)}"


def state_text(k: int) -> str:
    """The state shown: "step k = 3"."""
    return tr("step k = {k}").format(k=k)


def iteration_text(k: int) -> str:
    """The iteration that starts from the state shown: "one iteration: θ₃ → θ₄"."""
    return tr("one iteration: {start} → {end}").format(start=theta(k), end=theta(k + 1))


def outcome_text(status: Status, at_limit: bool) -> str:
    """How the run ended, if it has: "converged at step 72 (…)", "diverged at step 12 (…)",
    "left the range at step 1 (…)", "step limit reached"; "" while it can go on."""
    detail = f" ({error_text(status.detail)})" if status.detail else ""
    at = status.at
    if status.diverged:
        return (tr("diverged") if at is None else tr("diverged at step {k}").format(k=at)) + detail
    if status.left:  # a vanishing gradient far outside the surface's range: no minimum
        return tr("left the range at step {k}").format(k=at) + detail
    if status.converged:
        return (tr("converged") if at is None else
                tr("converged at step {k}").format(k=at)) + detail
    return tr("step limit reached") if at_limit else ""


def doing_text(status: Status, playing: bool, at_limit: bool) -> str:
    """What the run is doing now: how it ended, else "playing" or "paused" (with its note, such
    as Newton's steps that used |H|: a Message translated here)."""
    note = f" ({error_text(status.detail)})" if status.detail else ""
    return (outcome_text(status, at_limit)
            or (tr("playing") if playing else tr("paused")) + note)
