"""Compensation intelligence: pay estimates with honest uncertainty, total cost, and pay fit."""

from worldhire.comp.estimate import (
    Estimate,
    GroupSupport,
    PayEstimator,
    PayQuery,
    default_estimator,
)
from worldhire.comp.payfit import PayFit, pay_fit

__all__ = [
    "Estimate",
    "GroupSupport",
    "PayEstimator",
    "PayFit",
    "PayQuery",
    "default_estimator",
    "pay_fit",
]
