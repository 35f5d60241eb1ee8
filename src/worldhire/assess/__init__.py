"""Evidence-based assessment of candidates on a documented rubric (see rubric.py), and evidence
gathered from code (git clones and code-host exports)."""

from worldhire.assess.rubric import DIMENSIONS, Assessment, DimensionScore, assess

__all__ = ["DIMENSIONS", "Assessment", "DimensionScore", "assess"]
