"""The agent's PowerCall dock: prompts, the live call, ringing, the disposition, the phone."""
