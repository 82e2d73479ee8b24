"""Tests of the third-party integrations (HTTP SMS provider...)."""
