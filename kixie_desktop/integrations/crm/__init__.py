"""CRM adapters implementing ``services.ports.crm.CrmAdapter`` (HubSpot first)."""
