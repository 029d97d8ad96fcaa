"""origin: find copies of first-published originals in short-video uploads, and act on them."""
from origin.records import Match, ScanResult, Segment

__all__ = ["Match", "ScanResult", "Segment", "Workspace"]


def __getattr__(name: str):
    # Lazy: importing the records must not pull in FAISS and video decoding.
    if name == "Workspace":
        from origin.workspace import Workspace

        return Workspace
    raise AttributeError(name)
