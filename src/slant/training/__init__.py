"""Training the slant model (needs the ``train`` extra: torch, transformers, the MiniLM wheel).

Nothing under ``slant.training`` is imported at inference time.
"""
