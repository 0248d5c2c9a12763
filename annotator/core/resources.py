"""Where the bundled files live: resources/ at the top of the source tree."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DEFAULT_SCHEMA = RESOURCES / "schema" / "default.json"
SAMPLES = RESOURCES / "samples"
