"""Classifier: tag every column with taxonomy categories, sensitivity, state and evidence.

Signals (name, comment, table context, type, values) each return scored evidence; the combiner
turns it into categories; person keys get `linked_to`; overrides and pragmas run last.
"""

from __future__ import annotations

from privflow.classify import taxonomy
from privflow.classify.explain import explain_column
from privflow.classify.overrides import Override
from privflow.classify.run import classify_column, classify_schema

__all__ = ["Override", "classify_column", "classify_schema", "explain_column", "taxonomy"]
