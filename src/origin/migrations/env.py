"""Alembic environment: runs on the connection handed over by ``origin.db.upgrade``."""
from alembic import context

from origin.db import Base
import origin.models  # noqa: F401  (registers every table on Base.metadata)

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - command-line alembic use
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
