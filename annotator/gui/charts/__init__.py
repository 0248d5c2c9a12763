"""Charts of the coded corpus and the crosstab (View > Charts)."""
