"""Cadences as managers write them: create/save/activate, cadence files, the timeline preview."""
