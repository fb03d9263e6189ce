"""Value validators: checksums and formats, not bare regex.

Each validator is a small class in the manner of Presidio's recognizers: a cheap shape check,
then `validate()` (checksum, date, prefix table) that decides. `category` is what a valid value
means; a validator with `organisation = True` recognises a non-personal identifier (the unified
social credit code of a company), which counts *against* personal categories.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from datetime import date
from operator import mul
from typing import ClassVar

_CARD_SEPARATORS = re.compile(r"[ -]")


def card_digits(value: str) -> str:
    """A card number as printed (`6222 0212 …`, `4111-1111-…`) as its digits alone."""
    return _CARD_SEPARATORS.sub("", value)


def luhn_valid(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


class Validator:
    name: ClassVar[str]
    category: ClassVar[str | None]
    label: ClassVar[str]  # plural noun for evidence: "valid resident ID numbers"
    organisation: ClassVar[bool] = False
    # Strong enough to tag a column with no name or comment signal (a checksum or an unmistakable
    # shape). Others (any UUID, 15 digits passing Luhn) only confirm what the name says.
    standalone: ClassVar[bool] = False
    shape: ClassVar[re.Pattern[str]]
    # A regular expression every value `validate` can accept matches in full (a superset of the
    # shape, None: the shape itself). `valid_counts` runs it over a whole column at once so
    # that most values never reach `validate` (a value that is not 16-19 digits never reaches
    # the Luhn check of a bank card).
    screen: ClassVar[str | None] = None
    # Shortest and longest value (stripped) `validate` can accept; others are not screened.
    lengths: ClassVar[tuple[int, int]] = (1, 512)

    def validate(self, value: str) -> bool:
        return bool(self.shape.fullmatch(value))

    def __call__(self, value: object) -> bool:
        if value is None:
            return False
        text = str(value).strip()
        if not text or len(text) > 512:
            return False
        return self.validate(text)


class ResidentId(Validator):
    """GB 11643-1999 citizen identity number: 17 digits + ISO 7064 MOD 11-2 check, valid birth date."""

    standalone = True
    lengths = (18, 18)
    name = "resident_id"
    category = "identity.national_id"
    label = "valid resident ID numbers"
    shape = re.compile(r"[1-9]\d{16}[\dXx]")
    screen = r"\d{17}[\dXx]"
    WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    CHECK = "10X98765432"
    PROVINCES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                           43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
                           91})

    def validate(self, value: str) -> bool:
        if not self.shape.fullmatch(value) or int(value[:2]) not in self.PROVINCES:
            return False
        try:
            born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
        except ValueError:
            return False
        if not date(1900, 1, 1) <= born <= date.today():
            return False
        total = sum(map(mul, map(int, value[:17]), self.WEIGHTS))
        return self.CHECK[total % 11] == value[17].upper()


class MainlandMobile(Validator):
    """Mainland China mobile number (MIIT 1[3-9]x numbering), optional +86/86 prefix."""

    standalone = True
    lengths = (11, 17)
    name = "mainland_mobile"
    category = "contact.phone"
    label = "valid mainland mobile numbers"
    shape = re.compile(r"(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}")


class PhoneNumber(Validator):
    """Other phone shapes: landlines with area codes (010-12345678) and E.164/NANP numbers."""

    lengths = (7, 28)
    name = "phone_number"
    category = "contact.phone"
    label = "valid phone numbers"
    shape = re.compile(r"(?:\+\d{1,3}[ -]?)?(?:\(?0?\d{2,4}\)?[ -]?)?\d{3,4}[ -]?\d{4}(?:-\d{1,5})?")
    # Bare digits: a landline with its area code; else the shape, with at least one
    # character that is not a digit (a value of digits only takes the first branch).
    screen = "0[^\n]{9,11}|(?=[^\n]*[^\\d\n])(?:" + shape.pattern + ")"

    def validate(self, value: str) -> bool:
        digits = re.sub(r"\D", "", value)
        if value.isdigit():
            # Bare digits are a phone only as a landline with its area code (02012345678):
            # counters, timestamps and order numbers are digits too.
            return value.startswith("0") and 10 <= len(value) <= 12 and len(set(value)) > 2
        return bool(self.shape.fullmatch(value)) and 7 <= len(digits) <= 15


class Email(Validator):
    standalone = True
    lengths = (6, 512)
    name = "email"
    category = "contact.email"
    label = "valid e-mail addresses"
    shape = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}")


class UnionPayCard(Validator):
    """A UnionPay card: issuer prefix 62, 16-19 digits, Luhn. Prefix and checksum together are
    rare by chance (1 in 1,000 digit strings), so such values alone say "bank card"."""

    standalone = True
    lengths = (16, 512)
    name = "unionpay_card"
    category = "financial.bank_account"
    label = "valid UnionPay card numbers"
    shape = re.compile(r"62\d{14,17}")
    screen = r"[\d -]{16,}"  # digits once spaces and dashes are dropped

    def validate(self, value: str) -> bool:
        digits = card_digits(value)
        return bool(self.shape.fullmatch(digits)) and luhn_valid(digits)


class BankCard(Validator):
    """UnionPay/bank debit card: 16-19 digits, Luhn, issuer prefix 62 or a known bank BIN range."""

    lengths = (16, 512)
    name = "bank_card"
    category = "financial.bank_account"
    label = "valid bank card numbers"
    shape = re.compile(r"\d{16,19}")
    screen = r"[\d -]{16,}"  # digits once spaces and dashes are dropped

    def validate(self, value: str) -> bool:
        digits = card_digits(value)
        return bool(self.shape.fullmatch(digits)) and digits[0] in "3456" and luhn_valid(digits)


class PaymentCard(Validator):
    """Credit card: Visa/Mastercard/Amex/JCB/Discover prefixes and lengths, Luhn."""

    lengths = (13, 512)
    name = "payment_card"
    category = "financial.payment_card"
    label = "valid payment card numbers"
    shape = re.compile(r"(4\d{12}(\d{3})?(\d{3})?|5[1-5]\d{14}|2[2-7]\d{14}|3[47]\d{13}|"
                       r"35\d{14}|6011\d{12}|65\d{14})")
    screen = r"[\d -]{13,}"

    def validate(self, value: str) -> bool:
        digits = card_digits(value)
        return bool(self.shape.fullmatch(digits)) and luhn_valid(digits)


class Imei(Validator):
    lengths = (15, 15)
    name = "imei"
    category = "device.id"
    label = "valid IMEI numbers"
    shape = re.compile(r"\d{15}")

    def validate(self, value: str) -> bool:
        return bool(self.shape.fullmatch(value)) and luhn_valid(value) and len(set(value)) > 3


class Meid(Validator):
    """MEID: 14 hex digits (optionally a 15th check digit)."""

    lengths = (14, 14)
    name = "meid"
    category = "device.id"
    label = "valid MEIDs"
    shape = re.compile(r"[0-9A-Fa-f]{14}")

    def validate(self, value: str) -> bool:
        return bool(self.shape.fullmatch(value)) and value[:2].upper() in ("A0", "A1", "99") \
            and not value.isdigit()


class MacAddress(Validator):
    standalone = True
    lengths = (17, 17)
    name = "mac"
    category = "device.mac"
    label = "valid MAC addresses"
    shape = re.compile(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}")


class IpAddress(Validator):
    standalone = True
    lengths = (3, 45)
    name = "ip"
    category = "network.ip"
    label = "valid IP addresses"
    shape = re.compile(r"[0-9A-Fa-f:.]{3,45}")
    # ipaddress reads four dotted decimal octets, or IPv6, which always has a colon.
    screen = r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*"

    def validate(self, value: str) -> bool:
        if not self.shape.fullmatch(value) or ("." not in value and ":" not in value):
            return False
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return False
        return True


class AdvertisingId(Validator):
    """IDFA/GAID/OAID: an upper-case or lower-case UUID shape that is not all zeros."""

    lengths = (36, 36)
    name = "advertising_id"
    category = "device.advertising_id"
    label = "UUID-shaped identifiers"
    shape = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")

    def validate(self, value: str) -> bool:
        return bool(self.shape.fullmatch(value)) and value.strip("0-") != ""


class Passport(Validator):
    """PRC passports (E/G + 8 digits, EA...) and the common one-or-two-letters + 7-8 digits shape."""

    lengths = (8, 10)
    name = "passport"
    category = "identity.passport"
    label = "passport-shaped numbers"
    shape = re.compile(r"(?:[EGDSP][A-Z]?\d{7,8}|[A-Z]{1,2}\d{7})")


class UnifiedSocialCreditCode(Validator):
    """GB 32100-2015 unified social credit code of an organisation (a negative for persons)."""

    lengths = (6, 18)
    name = "uscc"
    category = None
    organisation = True
    label = "valid unified social credit codes (organisations)"
    shape = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}")
    # Upper-cased before the shape: ASCII text keeps its length; other text is left to validate.
    screen = r"[0-9A-Za-z]{18}|[^\n]*[^\x00-\x7f][^\n]*"
    ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    VALUES: ClassVar[dict[str, int]] = {c: i for i, c in enumerate(ALPHABET)}

    def validate(self, value: str) -> bool:
        value = value.upper()
        # `\d` also matches other scripts' digits (full-width １), which have no check value.
        if not value.isascii() or not self.shape.fullmatch(value):
            return False
        total = sum(map(mul, map(self.VALUES.__getitem__, value[:17]), self.WEIGHTS))
        check = (31 - total % 31) % 31
        return self.ALPHABET[check] == value[17]


# Order matters only for the explain output; every validator sees every sample (screened).
VALIDATORS: tuple[Validator, ...] = (
    ResidentId(), MainlandMobile(), PhoneNumber(), Email(), UnionPayCard(), BankCard(), PaymentCard(), Imei(),
    Meid(), MacAddress(), IpAddress(), AdvertisingId(), Passport(), UnifiedSocialCreditCode(),
)


def _screens() -> tuple[tuple[Validator, re.Pattern[str], int, int], ...]:
    return tuple((v, re.compile(f"(?m)^(?:{v.screen or v.shape.pattern})$"), *v.lengths)
                 for v in VALIDATORS)


SCREENS = _screens()


def distinct(texts: Iterable[str]) -> dict[str, int]:
    """How many times each value occurs: validators run once per distinct value."""
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    return counts


def valid_counts(texts: Iterable[str] | dict[str, int]) -> list[tuple[Validator, int]]:
    """(validator, how many of `texts` it accepts) for every validator with at least one, in
    VALIDATORS order: the same counts as calling each validator on each text. Each validator
    sees only the distinct values of a length it can accept, joined by newlines and screened
    in one regex pass; only what the screen matches is validated. `texts` are stripped and
    non-empty (or already `distinct` counts)."""
    counts = texts if isinstance(texts, dict) else distinct(texts)
    by_length: dict[int, list[str]] = {}
    for text in counts:
        # No shape admits a line break, so a value holding one is valid for no validator.
        if "\n" not in text:
            by_length.setdefault(len(text), []).append(text)
    found = []
    for item, screen, low, high in SCREENS:
        lines = [t for n, group in by_length.items() if low <= n <= high for t in group]
        if not lines:
            continue
        valid = 0
        validate = item.validate
        for match in screen.finditer("\n".join(lines)):
            text = match.group()
            if validate(text):  # __call__'s checks hold: stripped, at most 512 characters
                valid += counts[text]
        if valid:
            found.append((item, valid))
    return found


def validator(name: str) -> Validator:
    for item in VALIDATORS:
        if item.name == name:
            return item
    raise KeyError(name)
