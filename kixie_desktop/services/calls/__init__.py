"""The agent's calls: PowerCall prompts, call records, dispositions, local presence."""
