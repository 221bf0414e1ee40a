"""Before Qt starts, the app says in words why the window cannot open, instead of Qt's abort."""
import pytest

from compareapp.cli import main
from compareapp.display_check import display_problem


def libraries(*present):
    return lambda name: f"lib{name}.so" if name in present else None


ALL_X = libraries("xcb-cursor", "xkbcommon-x11")


def test_no_display_at_all_points_to_the_command_line():
    problem = display_problem({}, "linux", ALL_X)
    assert "no display" in problem
    assert "compareapp compare FOLDER" in problem and "xvfb-run" in problem


def test_missing_x_libraries_are_named_with_the_install_command():
    problem = display_problem({"DISPLAY": ":0"}, "linux", libraries("xkbcommon-x11"))
    assert "libxcb-cursor0" in problem
    assert "apt install libxcb-cursor0" in problem
    assert "libxkbcommon-x11-0" not in problem.split("\n")[0]


@pytest.mark.parametrize("env, platform, found", [
    ({"DISPLAY": ":0"}, "linux", ALL_X),                             # an ordinary X desktop
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", libraries()),  # Wayland: no X libs needed
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", libraries()),        # tests, screenshots in CI
    ({}, "win32", libraries()),
    ({}, "darwin", libraries()),
])
def test_nothing_is_reported_where_the_window_can_open(env, platform, found):
    assert display_problem(env, platform, found) is None


def test_forcing_xcb_on_wayland_still_needs_the_x_libraries():
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}
    assert "libxcb-cursor0" in display_problem(env, "linux", libraries())


def test_the_command_explains_and_exits_without_starting_qt(monkeypatch, capsys, tmp_path):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main([str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "cannot open the window" in err and "no display" in err


def test_a_packaged_app_counts_the_libraries_it_carries(monkeypatch, tmp_path):
    from compareapp import display_check

    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "libxcb-cursor.so.0").write_bytes(b"")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)
    assert display_check.find_library("xcb-cursor").endswith("libxcb-cursor.so.0")
    assert display_check.find_library("xkbcommon-x11") is None
