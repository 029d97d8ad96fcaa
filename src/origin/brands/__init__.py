"""Brand keyword guards: protected marks found in upload metadata despite evasions, and decided.

``BrandGuard(brands).scan(record)`` is the Python API; ``origin brands ...`` is the CLI over it.
"""
from origin.brands.automaton import Brand
from origin.brands.config import Rules, load_rules
from origin.brands.guard import BrandGuard, Hit, RecordResult
from origin.brands.records import BrandSpec, ScanRecord

__all__ = ["Brand", "BrandGuard", "BrandSpec", "Hit", "RecordResult", "Rules", "ScanRecord",
           "load_rules"]
