"""compareapp: put several versions of a news story side by side.

The Python API for notebooks and scripts::

    from compareapp import compare_folder, compare_texts
    result = compare_texts({"a.txt": "...", "b.txt": "..."})
    print(result.to_json())
"""
__version__ = "0.1.0"

__all__ = ["__version__", "compare_folder", "compare_texts"]


def __getattr__(name):
    # Imported lazily so that `compareapp --version` and the UI start fast.
    if name in ("compare_folder", "compare_texts"):
        from .core import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
