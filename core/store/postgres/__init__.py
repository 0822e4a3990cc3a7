"""The PostgreSQL store (asyncpg): the same storage ports as the SQLite store, one module each."""
