"""What erasure deletes, and the compaction that follows it."""
