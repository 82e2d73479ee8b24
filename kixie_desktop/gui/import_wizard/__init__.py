"""The CSV import wizard (Manage > Import Contacts…): the wizard, its pages and their draft."""
