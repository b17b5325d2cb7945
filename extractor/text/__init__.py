"""The text layer, below the pipeline: bytes -> text (`decode`), the working copy every rule reads
(`script`), segmentation (`segment`) and bracket-aware clause scanning (`scan`). No spaCy here."""
