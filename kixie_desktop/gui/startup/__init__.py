"""Start-up: the first paint with the workspace's data, and the engine's and phone's state as the runtime comes up."""
