"""ZonalPlan core: plan model, plan files, national reference data, alignment, export, compare.

This package never imports Qt; everything in it works headless.
"""

__version__ = "0.1.0"
