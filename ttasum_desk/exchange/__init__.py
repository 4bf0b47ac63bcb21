"""Excel exchange: safe reading, styled writing, format definitions, roster mapping."""
