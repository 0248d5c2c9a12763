"""Errors the user can act on: the CLI prints them on one line, the GUI in a dialog."""


class AnnotatorError(Exception):
    """Base for every error whose message is meant for the user."""


class ProjectError(AnnotatorError):
    """The project file is missing, not a project, or from a newer version."""


class InputError(AnnotatorError):
    """An input file, value or reference that cannot be used as given."""


class Cancelled(AnnotatorError):
    """Long work stopped at the user's request; nothing was written."""

    def __init__(self, message: str = "cancelled; nothing was changed"):
        super().__init__(message)


class WriteError(AnnotatorError):
    """An output file could not be written (disk full, no permission); the target is as it
    was before."""


class ProjectBusy(ProjectError):
    """Another program held the project file's write lock for longer than the busy timeout."""


SQLITE_MAX_INTEGER = 2**63 - 1


def user_message(error: BaseException) -> str | None:
    """One line for an error the user can act on, also when it comes from the operating
    system or SQLite (a full disk, a missing permission); None for a bug."""
    import errno
    import sqlite3

    if isinstance(error, AnnotatorError):
        return str(error)
    if isinstance(error, OSError):
        reason = ("the disk is full" if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", 0))
                  else error.strerror or str(error))
        return f"{error.filename}: {reason}" if error.filename else reason
    if isinstance(error, sqlite3.DatabaseError):
        from .store.transaction import explain

        return str(explain(error, None))
    if isinstance(error, sqlite3.Error):
        return f"the project file: {error}"
    if isinstance(error, OverflowError) and "SQLite INTEGER" in str(error):
        return f"a number given is too large (ids and indexes go up to {SQLITE_MAX_INTEGER})"
    return None
