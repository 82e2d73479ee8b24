"""Workspace administration: the first-run choice between a workspace of one's own and the demo."""
