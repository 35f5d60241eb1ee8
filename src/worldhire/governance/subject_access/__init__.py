"""What subject access reads beyond the store's own rows."""
