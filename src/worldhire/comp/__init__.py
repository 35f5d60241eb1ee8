"""Compensation intelligence: pay estimates with honest uncertainty, total cost, and pay fit.

Importing the package imports nothing heavy: the pay model (scipy, the comp extra) loads with
worldhire.comp.estimate."""
