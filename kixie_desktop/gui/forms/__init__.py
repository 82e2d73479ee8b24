"""Generated from ui/*.ui by build_forms.py; do not edit."""
