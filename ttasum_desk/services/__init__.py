"""Use cases shared by the window and the command line; one call is one transaction."""
