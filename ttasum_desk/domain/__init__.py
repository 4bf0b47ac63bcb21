"""Pure Python core: no Qt, no database."""
