"""SQL implementations of the storage ports; each module maps one family of rows."""
