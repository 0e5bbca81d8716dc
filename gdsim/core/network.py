"""The network of figure 3-16, in one import: what it is and what it computes.

- `gdsim.core.activations` — each activation and each loss as one record;
- `gdsim.core.sizes` — layer sizes, their limits, and where W^l and b^l lie in θ;
- `gdsim.core.architecture` — `Network` (sizes, activations, loss, θ) and its JSON file;
- `gdsim.core.backprop` — forward (3-14 … 3-18), J (3-19), backward (3-30 … 3-37), update (3-12).

This module only gathers their names, so `from gdsim.core.network import forward, Network`
keeps working.
"""

from __future__ import annotations

from gdsim.core.activations import (
    ACTIVATIONS,
    LEAK,
    LOSSES,
    SOFTMAX,
    Activation,
    Loss,
    activation_name,
    identity,
    leaky_relu,
    log_softmax,
    loss_name,
    relu,
    sigmoid,
    sigmoid_prime,
    softmax,
    tanh,
)
from gdsim.core.architecture import Network, as_batch
from gdsim.core.backprop import (
    Backward,
    Forward,
    Pass,
    backpropagate,
    backward,
    bias_gradient,
    cost,
    forward,
    forward_layer,
    hidden_delta,
    loss,
    output_delta,
    train_step,
    update,
    weight_gradient,
)
from gdsim.core.sizes import (
    MAX_LAYER,
    MAX_LAYERS,
    MAX_PARAMS,
    check_sizes,
    parameter_count,
    parse_sizes,
)

__all__ = [
    "ACTIVATIONS", "LEAK", "LOSSES", "MAX_LAYER", "MAX_LAYERS", "MAX_PARAMS", "SOFTMAX",
    "Activation", "Backward", "Forward", "Loss", "Network", "Pass", "activation_name", "as_batch",
    "backpropagate", "backward", "bias_gradient", "check_sizes", "cost", "forward", "forward_layer",
    "hidden_delta", "identity", "leaky_relu", "log_softmax", "loss", "loss_name", "output_delta",
    "parameter_count", "parse_sizes", "relu", "sigmoid", "sigmoid_prime", "softmax", "tanh",
    "train_step", "update", "weight_gradient",
]
