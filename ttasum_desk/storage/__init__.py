"""The local SQLite database: connection, models, migrations, queries."""
