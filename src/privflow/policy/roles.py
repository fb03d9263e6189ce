"""The role of a declared recipient (carrier, push, sms ...), to compare with what a notice
names only by role."""

from __future__ import annotations

import re

from privflow.inventory.model import RecipientDeclaration
from privflow.policy.catalogue import roles, vendors
from privflow.policy.gaps import recipient_vendor


def role_of(recipient: RecipientDeclaration) -> str | None:
    """The role id of a declared recipient: its vendor's function, else a hint in its purpose."""
    vendor = recipient_vendor(recipient)
    by_function = {role.function: role.id for role in roles().values()}
    if vendor and vendors()[vendor].function in by_function:
        return by_function[vendors()[vendor].function]
    text = " ".join(x for x in (recipient.purpose, recipient.sdk_name, recipient.name) if x)
    for role in roles().values():
        if any(re.search(re.escape(h), text, re.IGNORECASE) for h in role.hints):
            return role.id
    return None


def role_function(role_id: str) -> str:
    return roles()[role_id].function
