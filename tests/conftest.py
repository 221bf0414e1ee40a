import os
from pathlib import Path

import tempfile

# Qt tests run without a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Never read or write the real user's settings and notes: point the platform
# directories (platformdirs follows XDG on Linux) and the notes override at a
# private folder for the whole run. Child processes (CLI tests) inherit it.
_PRIVATE_HOME = tempfile.mkdtemp(prefix="compareapp-tests-")
for _var, _sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                   ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
    os.environ[_var] = os.path.join(_PRIVATE_HOME, _sub)
os.environ["COMPAREAPP_DATA_DIR"] = os.path.join(_PRIVATE_HOME, "data", "compareapp")

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
