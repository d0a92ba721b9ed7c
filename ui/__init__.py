"""ZonalPlan desktop application (PySide6): thin views and controllers over ``zonalplan``."""
