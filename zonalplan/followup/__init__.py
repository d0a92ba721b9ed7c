"""Follow-up room: six years of a plan — yearly action plans, measured indicators and their status,
the yearly report to the CZS, and the next plan (a new cycle, or the first plan of merged zones).

The data lives in the plan (``zonalplan.model.followup``); here are the rules and builders.
"""
