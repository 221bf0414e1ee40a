"""Files the app loads at run time (icons, style sheets, fonts), shipped in the
wheel as the package ``compareapp.resources`` and read with importlib.resources."""
