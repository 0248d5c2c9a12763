"""The project file: every SQL statement of the application lives in this package."""

from .database import (
    DURABLE_SETTING,
    create_database,
    open_database,
    schema_version,
    synchronous,
)
from .journal import Journal, Step, now
from .transaction import database_errors, immediate

__all__ = ["DURABLE_SETTING", "Journal", "Step", "create_database", "database_errors",
           "immediate", "now", "open_database", "schema_version", "synchronous"]
