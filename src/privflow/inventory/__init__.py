"""Inventory declarations: `privflow.yaml`, `activities.yaml`, `recipients.yaml`,
`classification.yaml`. The model is in `model.py`, loading and validation in `loader.py`."""

from privflow.inventory.model import (
    Activity,
    Inventory,
    Organisation,
    RecipientDeclaration,
    Retention,
)

__all__ = ["Activity", "Inventory", "Organisation", "RecipientDeclaration", "Retention",
           "load_inventory"]


def load_inventory(directory: str) -> Inventory:
    from privflow.inventory.loader import load_inventory as load

    return load(directory)
