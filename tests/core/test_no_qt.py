"""gdsim.core knows nothing about Qt: importing all of it loads no Qt module."""

import subprocess
import sys
from pathlib import Path

import gdsim.core


def test_importing_every_core_module_loads_no_qt():
    names = sorted(p.stem for p in Path(gdsim.core.__file__).parent.glob("*.py")
                   if p.stem != "__init__")
    assert {"surfaces", "optimizers", "descent", "run", "timeline", "scenario"} <= set(names)
    code = (
        "import sys\n"
        + "".join(f"import gdsim.core.{n}\n" for n in names)
        + "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'PyQt5', 'PyQt6', 'shiboken6', 'pyqtgraph')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
