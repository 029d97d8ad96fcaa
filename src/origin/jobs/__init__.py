"""Batch jobs over a workspace: what a job is (``register`` originals, ``scan`` uploads) and where
its work runs (``executor``). The workspace holds paths, the database and locks; jobs hold the
steps."""
