"""Per-lead control: pause, resume, unenroll, run now and decide Unknown texts, from the tables and the Contacts tab."""
