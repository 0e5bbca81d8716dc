"""Whatever a network file or a typed size list holds, loading it either works or says what is
wrong (hypothesis; skipped where it is not installed, and only these tests are)."""

import numpy as np
import pytest

from gdsim.core.architecture import Network
from gdsim.core.errors import GdsimError, NetworkError
from gdsim.core.sizes import parse_sizes

hypothesis = pytest.importorskip("hypothesis")
st = pytest.importorskip("hypothesis.strategies")

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**400) | st.floats() | st.text(max_size=5),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["sizes", "activation", "loss", "weights", "biases", "seed", "x"]),
        children, max_size=4),
    max_leaves=30)


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(d=_json, sizes=st.lists(st.integers(-2, 5), max_size=4),
                  keep=st.booleans())
def test_from_dict_never_crashes(d, sizes, keep):
    if keep and isinstance(d, dict):
        d = {**d, "sizes": sizes}
    try:
        net = Network.from_dict(d)
    except GdsimError:
        return
    assert np.all(np.isfinite(net.theta))
    assert Network.from_dict(net.to_dict()).to_dict() == net.to_dict()


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(text=st.text(alphabet="0123456789,- x.", max_size=30))
def test_parse_sizes_never_crashes(text):
    try:
        sizes = parse_sizes(text)
    except NetworkError:
        return
    assert 2 <= len(sizes) and all(1 <= s <= 4096 for s in sizes)
