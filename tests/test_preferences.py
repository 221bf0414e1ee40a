"""Preferences round-trip, survive damage and are written atomically."""
import json

import pytest

from compareapp.core.settings import EngineSettings
from compareapp.preferences import MAX_RECENT, Preferences, PreferencesStore


def test_round_trip(tmp_path):
    store = PreferencesStore(tmp_path / "cfg" / "preferences.json")
    prefs = Preferences(engine=EngineSettings(link_threshold=0.5), palette="dark",
                        font_family="DejaVu Sans", font_size=13.0, window_geometry="AAA=",
                        splitter_sizes="BBB=", sync_scroll=False).with_recent("/tmp/x")
    store.save(prefs)
    assert store.load() == prefs
    assert store.message is None
    assert [p.name for p in store.path.parent.iterdir()] == ["preferences.json"]  # no temp left


def test_missing_file_gives_defaults_quietly(tmp_path):
    store = PreferencesStore(tmp_path / "none.json")
    assert store.load() == Preferences()
    assert store.message is None


def test_damaged_file_gives_defaults_with_a_message(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text("{not json", encoding="utf-8")
    store = PreferencesStore(path)
    assert store.load() == Preferences()
    assert "damaged" in store.message and str(path) in store.message


def test_wrong_values_are_dropped_field_by_field(tmp_path):
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"palette": "neon", "font_size": "big", "sync_scroll": False,
                                "engine": {"link_threshold": 0.6, "shared_threshold": "x"},
                                "recent_folders": ["/a", 3]}), encoding="utf-8")
    prefs = PreferencesStore(path).load()
    assert prefs.palette == "light" and prefs.font_size == 11.0
    assert prefs.sync_scroll is False
    assert prefs.engine.link_threshold == 0.6
    assert prefs.engine.shared_threshold == EngineSettings().shared_threshold
    assert prefs.recent_folders == ("/a",)


def test_recent_folders_most_recent_first_without_duplicates(tmp_path):
    prefs = Preferences()
    for i in range(MAX_RECENT + 3):
        prefs = prefs.with_recent(f"/f{i}")
    prefs = prefs.with_recent(f"/f{MAX_RECENT}")
    assert prefs.recent_folders[0] == f"/f{MAX_RECENT}"
    assert len(prefs.recent_folders) == MAX_RECENT
    assert len(set(prefs.recent_folders)) == MAX_RECENT


def test_a_crash_while_saving_keeps_the_previous_settings(tmp_path, monkeypatch):
    store = PreferencesStore(tmp_path / "preferences.json")
    store.save(Preferences().with_recent("/news/first"))

    def crash(*_args):
        raise OSError("disk gone")

    monkeypatch.setattr("os.replace", crash)
    monkeypatch.setattr("os.link", crash)
    with pytest.raises(OSError):
        store.save(Preferences().with_recent("/news/second"))
    monkeypatch.undo()
    assert store.load().recent_folders[0] == "/news/first"
    assert [p.name for p in tmp_path.iterdir()] == ["preferences.json"]  # no temporary file left


def test_the_last_export_folder_and_format_are_remembered(tmp_path):
    store = PreferencesStore(tmp_path / "preferences.json")
    store.save(Preferences().with_export(str(tmp_path / "desk" / "talks-comparison-2025-07-21.htm")))
    prefs = store.load()
    assert prefs.last_export_dir == str(tmp_path / "desk") and prefs.last_export_format == "html"
    store.path.write_text(json.dumps({"last_export_dir": 3, "last_export_format": "docx"}), encoding="utf-8")
    assert store.load() == Preferences()  # hand-damaged values fall back to Documents and PDF
