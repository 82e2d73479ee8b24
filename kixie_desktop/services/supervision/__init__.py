"""What supervisors read: the Inflight and Completed tables, their CSV export, the API's action lists, and Analytics."""
