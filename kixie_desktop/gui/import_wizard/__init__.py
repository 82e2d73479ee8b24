"""The CSV import wizard (Manage > Import Contacts…): the wizard, one module per page, their draft."""
