"""The agent's PowerCall dock: prompts, the live call, ringing, the disposition and the phone line."""
