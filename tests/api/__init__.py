"""Tests of the HTTP enrollment API, a front end served on its own thread."""
