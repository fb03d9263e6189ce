"""privflow: find personal data in SQL and databases and show where it goes."""

__version__ = "0.1.0"
