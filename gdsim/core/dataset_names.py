"""The data a network learns from, by name: what a scenario's `network.data` may say.

`settings.py` checks a scenario's data and writes its help from these names; `datasets.py`
keeps the record of each (how it is made, its shape, what the window and the command line
need to know of it) under the same names. The names live here because `datasets.py` reads its
defaults from `settings.py`. `tests/core/test_datasets.py` fails if the two disagree.
"""

from __future__ import annotations

TYPED = "one"  # the one sample typed in the settings (x, y), as in the seed
SETS = ("xor", "moons", "circles", "spirals", "blobs", "digits")  # the built-in sets with classes
FILE = "file"  # the user's own CSV file (network.data_file)
NAMES = (TYPED, *SETS, FILE)
