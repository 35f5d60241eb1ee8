"""worldhire: an evidence-based engine for hiring AI talent across borders."""

__version__ = "0.1.0"
