"""Describing the coded corpus: who codes what, which sources are quoted, stance per outlet
and over time, as counts that charts, crosstabs and CSV files share."""
