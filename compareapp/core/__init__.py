"""The engine: reading, segmenting, aligning, quotations, the result model.

Plain Python on rapidfuzz and diff-match-patch. Nothing here imports Qt
(tests/test_architecture.py holds that), so all of it runs headless.
"""
