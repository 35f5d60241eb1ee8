"""The audit log's rows."""
