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
