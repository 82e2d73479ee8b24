"""The workspace and its people: the account, users/teams/queues, SMS templates and dispositions, API tokens, the demo."""
