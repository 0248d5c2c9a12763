"""Annotator: tag news sentences for sources, stance and verifiability."""

__version__ = "0.1.0"
