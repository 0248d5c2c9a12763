"""Review: merge a colleague's file, compare annotators side by side, adjudicate into the
gold layer, and read intercoder agreement against Krippendorff's thresholds."""
