"""What the windows share: the current project, annotator, document and sentence."""

from .session import Session

__all__ = ["Session"]
