"""The retention terms people agreed."""
