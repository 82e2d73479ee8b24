"""The Cadences tab and the cadence editor: its pages, hours editor and timeline preview."""
