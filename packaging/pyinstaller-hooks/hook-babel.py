"""Replaces PyInstaller's own hook for babel, which bundles all 33 MB of its
locale data. Only courlan imports babel, for a URL language filter the app
never calls; and courlan treats a locale babel cannot find as "no match", so
the index and the English data are enough."""
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("babel", includes=["global.dat", "locale-data/root.dat",
                                              "locale-data/en.dat"])
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
