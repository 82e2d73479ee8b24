"""The settings window (Manage ▸ Settings…): one page for each thing the engine reads."""
