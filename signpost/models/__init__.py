"""Content models: the one source of truth for what content files may hold."""
