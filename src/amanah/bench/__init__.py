"""Benchmarks: ``amanah bench NAME``. Each module keeps heavy imports inside ``main``."""
