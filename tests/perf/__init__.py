"""The benchmark of PRODUCT.md §11: ``python -m tests.perf --scale osan --json perf.json``."""
