"""Start-up script of the PyInstaller bundle: the same ``main`` as the
``compareapp`` console script, so the bundle takes the same arguments."""
import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen app re-runs itself for worker processes; this makes those
    # children run their task instead of starting a second app.
    multiprocessing.freeze_support()
    from compareapp.cli import main

    sys.exit(main())
