"""The Inflight and Completed Actions tabs: the lazy table model, its columns, the filter bar."""
