"""Brand keyword guards: protected marks found in upload metadata despite evasions, and decided.

``origin.brands.guard.BrandGuard(brands).scan(record)`` is the Python API, ``origin.brands.store``
keeps brands and results, and ``origin brands ...`` is the CLI over both. Kept import-free so
``origin.models`` can load the tables without the matching machinery.
"""
