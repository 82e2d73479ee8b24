"""Alembic migrations of the Kixie Desktop schema."""
