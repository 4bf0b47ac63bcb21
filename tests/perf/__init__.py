"""The benchmark of resources/docs/qualities.md.

``python -m tests.perf --scale osan --json perf.json``
"""
