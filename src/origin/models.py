"""Every table of every domain, imported so ``Base.metadata`` and Alembic see them all."""
from origin.catalogue import MatchRecord, Original, Upload  # noqa: F401
