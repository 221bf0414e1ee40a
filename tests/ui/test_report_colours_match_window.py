"""A printed report and the screen use one set of colours: what the window paints
green (shared) the PDF and HTML do not paint blue."""
from compareapp.export.common import ANNOTATION_COLORS, STATUS_COLORS
from compareapp.ui.palette import colours


def test_report_status_colours_are_the_windows():
    light = colours("light")
    for status in ("shared", "reworded", "unique"):
        assert STATUS_COLORS[status].lower() == light.status(status).name().lower()
    assert ANNOTATION_COLORS["shared"].lower() == light["shared_band"].name().lower()
    assert ANNOTATION_COLORS["reworded"].lower() == light["reworded_band"].name().lower()
    assert ANNOTATION_COLORS["unique"].lower() == light["unique_bar"].name().lower()
