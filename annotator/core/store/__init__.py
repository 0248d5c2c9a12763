"""The project file: every SQL statement of the application lives in this package."""

from .database import create_database, open_database, schema_version
from .journal import Journal, Step, now

__all__ = ["Journal", "Step", "create_database", "now", "open_database", "schema_version"]
