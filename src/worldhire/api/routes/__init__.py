"""HTTP routers of /api/v1, one module per area."""
