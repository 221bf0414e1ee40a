"""The window's settings, as a typed frozen value saved as JSON.

No singleton: the window loads a ``Preferences`` from a ``PreferencesStore``
(whose path tests inject) and saves a new value after each change. A damaged
file never stops the app: it falls back to the defaults and says why.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from .core.atomicfile import write_bytes_atomically
from .core.settings import EngineSettings

PALETTES = ("light", "dark", "colour-blind")
EXPORT_FORMATS = ("pdf", "html", "json")
MAX_RECENT = 10


@dataclass(frozen=True)
class Preferences:
    engine: EngineSettings = field(default_factory=EngineSettings)
    palette: str = "light"
    font_family: str = ""  # empty: the system's default serif-free reading font
    font_size: float = 11.0
    recent_folders: tuple[str, ...] = ()
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_sizes: str = ""  # base64 of QSplitter.saveState()
    sync_scroll: bool = True
    max_panes: int = 6  # panes shown side by side; further ticked sources wait their turn
    last_export_dir: str = ""  # where File ▸ Export last wrote; empty: Documents (see ui/export_path.py)
    last_export_format: str = "pdf"  # pdf, html or json: the next export proposes the same

    def with_recent(self, folder: str) -> "Preferences":
        folder = os.path.abspath(folder)
        recent = (folder,) + tuple(f for f in self.recent_folders if f != folder)
        return replace(self, recent_folders=recent[:MAX_RECENT])

    def with_export(self, path: str) -> "Preferences":
        """After writing ``path``: its folder and format are proposed next time."""
        ext = os.path.splitext(path)[1].lower().lstrip(".")
        fmt = "html" if ext == "htm" else ext
        return replace(self, last_export_dir=os.path.dirname(os.path.abspath(path)),
                       last_export_format=fmt if fmt in EXPORT_FORMATS else self.last_export_format)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["engine"] = self.engine.to_dict()
        data["recent_folders"] = list(self.recent_folders)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Preferences":
        """Keeps every valid field and drops the rest (a hand-edited file may be half right)."""
        if not isinstance(data, dict):
            raise ValueError("the settings file does not hold an object")
        base = cls()
        values: dict[str, Any] = {}
        engine = data.get("engine")
        if isinstance(engine, dict):
            values["engine"] = EngineSettings.from_dict(engine)
        for name in ("font_family", "window_geometry", "window_state", "splitter_sizes", "last_export_dir"):
            if isinstance(data.get(name), str):
                values[name] = data[name]
        if data.get("last_export_format") in EXPORT_FORMATS:
            values["last_export_format"] = data["last_export_format"]
        if data.get("palette") in PALETTES:
            values["palette"] = data["palette"]
        size = data.get("font_size")
        if isinstance(size, (int, float)) and not isinstance(size, bool) and 4 <= size <= 72:
            values["font_size"] = float(size)
        panes = data.get("max_panes")
        if isinstance(panes, int) and not isinstance(panes, bool) and 1 <= panes <= 50:
            values["max_panes"] = panes
        if isinstance(data.get("sync_scroll"), bool):
            values["sync_scroll"] = data["sync_scroll"]
        recent = data.get("recent_folders")
        if isinstance(recent, list):
            values["recent_folders"] = tuple(f for f in recent if isinstance(f, str))[:MAX_RECENT]
        return replace(base, **values)


def default_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("compareapp")) / "preferences.json"


class PreferencesStore:
    """Reads and writes one preferences file; ``message`` tells why a load fell back."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.message: str | None = None

    def load(self) -> Preferences:
        self.message = None
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Preferences()
        except OSError as exc:
            self.message = f"Could not read the settings {self.path}: {exc}. Using the defaults."
            return Preferences()
        try:
            return Preferences.from_dict(json.loads(raw))
        except (ValueError, TypeError) as exc:
            self.message = f"The settings file {self.path} is damaged ({exc}). Using the defaults."
            return Preferences()

    def save(self, prefs: Preferences) -> None:
        """Atomic: a crash mid-write leaves the old file, never half a file."""
        data = json.dumps(prefs.to_dict(), indent=1, ensure_ascii=False).encode("utf-8")
        write_bytes_atomically(self.path, data)
