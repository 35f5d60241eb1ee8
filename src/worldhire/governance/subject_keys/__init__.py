"""The per-person keys that seal what the audit log says about them."""
