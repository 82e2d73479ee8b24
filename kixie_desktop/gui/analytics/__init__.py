"""The Analytics tab: a cadence's funnel, dispositions, speed to lead, texts and agents, read-only."""
