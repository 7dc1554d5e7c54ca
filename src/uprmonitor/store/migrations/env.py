"""Alembic environment: runs on the connection the store hands over (see store/database.py)."""

from alembic import context

from uprmonitor.store.schema import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # plain `alembic` command line use
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


# Full-text search structures are made by hand in migration 0003 (they differ per database):
# autogenerate must neither drop nor recreate them.
_HAND_MADE = ("recommendations_fts", "text_search")


def _include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (name or "").startswith(_HAND_MADE)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include_object,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
