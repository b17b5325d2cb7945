"""The output contract other systems read: the Pydantic models, their JSON Schema, deterministic
serialisation, and the one catalogue of errors. Imports nothing of the pipeline."""
