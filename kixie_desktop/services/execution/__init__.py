"""The cadence engine's runner: claims due action runs, carries them out, records what happened."""
