"""The Qt window. The only package that imports PySide6; it renders the
engine's immutable result and never computes alignment itself."""
