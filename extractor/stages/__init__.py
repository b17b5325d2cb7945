"""The pipeline's stages: one spaCy component per module, in the order of `../pipeline.cfg`.

`doc.py` declares what they exchange on the `Doc`; `lexicons/` holds the words they read.
"""
