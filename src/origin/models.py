"""Every table of every domain, imported so ``Base.metadata`` and Alembic see them all."""
from origin.catalogue import MatchRecord, Original, Upload  # noqa: F401
from origin.enforcement import models as enforcement  # noqa: F401  (tickets, ledger, audit)
from origin.brands import tables as brands  # noqa: F401  (brands, brand-guard results and hits)
from origin.accounts import tables as accounts  # noqa: F401  (account graph, joint decisions; registers reversal)
from origin.service import tables as service  # noqa: F401  (API keys, scans requested over HTTP)
