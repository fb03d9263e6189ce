"""Value validators: checksums and formats, not bare regex.

Each validator is a small class in the manner of Presidio's recognizers: a cheap shape check,
then `validate()` (checksum, date, prefix table) that decides. `category` is what a valid value
means; a validator with `organisation = True` recognises a non-personal identifier (the unified
social credit code of a company), which counts *against* personal categories.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
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
    # A character class every value `validate` accepts holds (empty: no such rule; `\d`
    # counts other scripts' digits too, as `validate` does): a column in which no value holds
    # one is not screened at all.
    needs: ClassVar[str] = ""
    # A value of decimal digits alone (`\d`, any script): the shortest and longest such value
    # `validate` can accept (None: none), and a narrower screen for it (None: `screen`). A
    # column of digits (ids, phones, ID and card numbers) is screened by these.
    digit_lengths: ClassVar[tuple[int, int] | None] = (1, 512)
    digit_screen: ClassVar[str | None] = None
    # Likewise for a column of ASCII text.
    ascii_lengths: ClassVar[tuple[int, int] | None] = (1, 512)
    ascii_screen: ClassVar[str | None] = None

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
    needs = r"\d"
    digit_screen = r"[1-9]\d{17}"
    name = "resident_id"
    category = "identity.national_id"
    label = "valid resident ID numbers"
    shape = re.compile(r"[1-9]\d{16}[\dXx]")
    screen = r"\d{17}[\dXx]"
    WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    ZERO_WEIGHT = ord("0") * sum(WEIGHTS)
    CHECK = "10X98765432"
    PROVINCES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                           43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
                           91})

    EARLIEST = date(1900, 1, 1)

    def validate(self, value: str) -> bool:
        # The checksum first: it fails 10 numbers in 11 that are not ID numbers.
        if not self.shape.fullmatch(value):
            return False
        if value.isascii():  # ASCII digits: their code points less 48 times each weight
            total = sum(map(mul, value[:17].encode(), self.WEIGHTS)) - self.ZERO_WEIGHT
        else:  # other scripts' digits (`\d` admits them): int() reads each
            total = sum(map(mul, map(int, value[:17]), self.WEIGHTS))
        if self.CHECK[total % 11] != value[17].upper() or int(value[:2]) not in self.PROVINCES:
            return False
        try:
            born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
        except ValueError:
            return False
        return self.EARLIEST <= born <= date.today()


class MainlandMobile(Validator):
    """Mainland China mobile number (MIIT 1[3-9]x numbering), optional +86/86 prefix."""

    standalone = True
    lengths = (11, 17)
    needs = r"\d"
    digit_lengths = (11, 13)
    name = "mainland_mobile"
    category = "contact.phone"
    label = "valid mainland mobile numbers"
    shape = re.compile(r"(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}")


class PhoneNumber(Validator):
    """Other phone shapes: landlines with area codes (010-12345678) and E.164/NANP numbers."""

    lengths = (7, 28)
    needs = r"\d"
    digit_lengths = (10, 12)  # bare digits: a landline with its area code only
    digit_screen = r"0\d{9,11}"
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
    needs = "@"
    digit_lengths = None
    name = "email"
    category = "contact.email"
    label = "valid e-mail addresses"
    shape = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}")


class UnionPayCard(Validator):
    """A UnionPay card: issuer prefix 62, 16-19 digits, Luhn. Prefix and checksum together are
    rare by chance (1 in 1,000 digit strings), so such values alone say "bank card"."""

    standalone = True
    lengths = (16, 512)
    needs = r"\d"
    digit_lengths = (16, 19)
    digit_screen = r"62\d{14,17}"
    name = "unionpay_card"
    category = "financial.bank_account"
    label = "valid UnionPay card numbers"
    shape = re.compile(r"62\d{14,17}")
    screen = r"[ -]*6[ -]*2[\d -]{14,}"  # 62 and digits once spaces and dashes are dropped

    def validate(self, value: str) -> bool:
        digits = card_digits(value)
        return bool(self.shape.fullmatch(digits)) and luhn_valid(digits)


class BankCard(Validator):
    """UnionPay/bank debit card: 16-19 digits, Luhn, issuer prefix 62 or a known bank BIN range."""

    lengths = (16, 512)
    needs = r"\d"
    digit_lengths = (16, 19)
    digit_screen = r"[3-6]\d{15,18}"
    name = "bank_card"
    category = "financial.bank_account"
    label = "valid bank card numbers"
    shape = re.compile(r"\d{16,19}")
    screen = r"[ -]*[3-6][\d -]{15,}"  # digits from 3 to 6 once spaces and dashes are dropped

    def validate(self, value: str) -> bool:
        digits = card_digits(value)
        return bool(self.shape.fullmatch(digits)) and digits[0] in "3456" and luhn_valid(digits)


class PaymentCard(Validator):
    """Credit card: Visa/Mastercard/Amex/JCB/Discover prefixes and lengths, Luhn."""

    lengths = (13, 512)
    needs = r"\d"
    digit_lengths = (13, 19)
    digit_screen = r"[2-6]\d{12,18}"
    name = "payment_card"
    category = "financial.payment_card"
    label = "valid payment card numbers"
    shape = re.compile(r"(4\d{12}(\d{3})?(\d{3})?|5[1-5]\d{14}|2[2-7]\d{14}|3[47]\d{13}|"
                       r"35\d{14}|6011\d{12}|65\d{14})")
    screen = r"[ -]*[2-6][\d -]{12,}"  # the prefixes' first digits, then digits

    def validate(self, value: str) -> bool:
        digits = card_digits(value)
        return bool(self.shape.fullmatch(digits)) and luhn_valid(digits)


class Imei(Validator):
    lengths = (15, 15)
    needs = r"\d"
    name = "imei"
    category = "device.id"
    label = "valid IMEI numbers"
    shape = re.compile(r"\d{15}")

    def validate(self, value: str) -> bool:
        return bool(self.shape.fullmatch(value)) and luhn_valid(value) and len(set(value)) > 3


class Meid(Validator):
    """MEID: 14 hex digits (optionally a 15th check digit)."""

    lengths = (14, 14)
    needs = "[Aa9]"
    digit_lengths = None  # `validate` refuses digits alone
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
    needs = "[:-]"
    digit_lengths = None
    name = "mac"
    category = "device.mac"
    label = "valid MAC addresses"
    shape = re.compile(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}")


class IpAddress(Validator):
    standalone = True
    lengths = (3, 45)
    needs = "[.:]"
    digit_lengths = None
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
    needs = "-"
    digit_lengths = None
    name = "advertising_id"
    category = "device.advertising_id"
    label = "UUID-shaped identifiers"
    shape = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")

    def validate(self, value: str) -> bool:
        return bool(self.shape.fullmatch(value)) and value.strip("0-") != ""


class Passport(Validator):
    """PRC passports (E/G + 8 digits, EA...) and the common one-or-two-letters + 7-8 digits shape."""

    lengths = (8, 10)
    needs = r"\d"
    digit_lengths = None  # a letter first
    name = "passport"
    category = "identity.passport"
    label = "passport-shaped numbers"
    shape = re.compile(r"(?:[EGDSP][A-Z]?\d{7,8}|[A-Z]{1,2}\d{7})")


class UnifiedSocialCreditCode(Validator):
    """GB 32100-2015 unified social credit code of an organisation (a negative for persons)."""

    lengths = (6, 18)
    needs = r"\d"
    # Upper-casing keeps the length of ASCII text: 18 characters then, as the shape says.
    digit_lengths = ascii_lengths = (18, 18)
    digit_screen = r"\d{18}"
    ascii_screen = r"[0-9A-Za-z]{18}"
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


# Order matters only for the explain output. A validator sees the samples a question about
# its category needs (ValueSet), screened.
VALIDATORS: tuple[Validator, ...] = (
    ResidentId(), MainlandMobile(), PhoneNumber(), Email(), UnionPayCard(), BankCard(), PaymentCard(), Imei(),
    Meid(), MacAddress(), IpAddress(), AdvertisingId(), Passport(), UnifiedSocialCreditCode(),
)


class Screen:
    """How one validator's values are screened in a column: the lengths and the regex (over
    the column's values joined by newlines) for any text, for ASCII text and for digits."""

    __slots__ = ("validator", "pattern", "low", "high", "needs", "ascii", "digits", "counts_all")

    def __init__(self, item: Validator) -> None:
        def compiled(screen: str | None) -> re.Pattern[str]:
            return re.compile(f"(?m)^(?:{screen or item.screen or item.shape.pattern})$")

        def narrowed(lengths: tuple[int, int] | None, screen: str | None
                     ) -> tuple[re.Pattern[str], int, int] | None:
            if lengths is None:
                return None
            return (compiled(screen), max(item.lengths[0], lengths[0]),
                    min(item.lengths[1], lengths[1]))

        self.validator = item
        self.pattern = compiled(None)
        self.low, self.high = item.lengths
        self.needs = re.compile(item.needs) if item.needs else None
        self.ascii = narrowed(item.ascii_lengths, item.ascii_screen)
        self.digits = narrowed(item.digit_lengths, item.digit_screen or item.ascii_screen)
        # A validator that only checks its shape, screened by that shape: every value the
        # screen lets through is valid, and none needs validating one by one.
        self.counts_all = item.screen is None and type(item).validate is Validator.validate


def _screens() -> tuple[Screen, ...]:
    return tuple(Screen(v) for v in VALIDATORS)


SCREENS = _screens()
# Values no validator accepts, whatever the column's type says: ISO dates and timestamps,
# times of day, decimal fractions, integers of up to 6 digits, booleans (tests/
# test_validator_screens.py runs every validator over such values). A column whose values all
# have these shapes (a date, amount, flag or count column) is matched once as a whole and
# never screened. ASCII digits only: other scripts' digits are left to the validators.
_INERT = (r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2}"
          r"(?:\.[0-9]{1,9})?)?)?(?:[+-][0-9]{2}(?::?[0-9]{2})?|Z)?"
          r"|[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?"
          r"|-?[0-9]*\.[0-9]+|-?[0-9]{1,6}|true|false|t|f)")
INERT = re.compile(_INERT)
_SHORTEST = min(v.lengths[0] for v in VALIDATORS)
_INERT_COLUMN = re.compile(f"{_INERT}(?:\n{_INERT})*")


def distinct(texts: Iterable[str]) -> dict[str, int]:
    """How many times each value occurs (in first-seen order): validators run once per
    distinct value."""
    return Counter(texts)  # counted in C


class Tally:
    """How many of a column's values one validator accepts, counted only as far as a question
    needs: `reaches(k)` stops as soon as the answer is certain (k reached, or out of reach with
    the values left), and a later question goes on from there. So a column of ID numbers never
    runs the bank-card Luhn check over every value just to learn that it is not a card column,
    and the count is still exact whenever it is shown (`exact()`)."""

    __slots__ = ("_validate", "_counts", "_items", "_pos", "valid", "left")

    def __init__(self, item: Validator, screen: re.Pattern[str], text: str,
                 counts: dict[str, int], counts_all: bool = False) -> None:
        self._validate = item.validate
        self._counts = counts
        # One regex pass over the joined values: only what the screen matches is validated.
        self._items = list(map(re.Match.group, screen.finditer(text)))
        self._pos = 0
        self.valid = 0
        self.left = sum(map(counts.__getitem__, self._items))  # most the rest can add
        if counts_all:  # the screen is the validator's whole check
            self.valid, self.left, self._pos = self.left, 0, len(self._items)

    def reaches(self, needed: int) -> bool:
        """True when at least `needed` of the values are valid."""
        if self.valid < needed <= self.valid + self.left:
            self._run(needed)
        return self.valid >= needed

    def exact(self) -> int:
        """The count itself: every value left is validated."""
        if self.left:
            self._run(None)
        return self.valid

    def _run(self, needed: int | None) -> None:
        """Validate the screened values in turn until the answer about `needed` is certain
        (None: until the last one)."""
        items, counts, validate = self._items, self._counts, self._validate
        pos, valid, left = self._pos, self.valid, self.left
        end = len(items)
        while pos < end and (needed is None or valid < needed <= valid + left):
            text = items[pos]
            pos += 1
            weight = counts[text]
            left -= weight
            if validate(text):  # __call__'s checks hold: stripped, at most 512 characters
                valid += weight
        self._pos, self.valid, self.left = pos, valid, left


class ValueSet:
    """A column's distinct stripped non-empty values (with counts) and one lazy `Tally` per
    validator. A validator whose lengths admit too few values to answer a question, or whose
    `needs` no value holds, is never screened; one whose screen matches too few never
    validates; a column of only INERT values is never screened at all."""

    __slots__ = ("counts", "text", "none_valid", "_all", "_text", "_shortest", "_longest",
                 "_tallies", "_has", "_ascii", "_digits")

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._all = sum(counts.values())
        # Most columns' values are all of a validator's lengths or none: those are screened in
        # the one joined text; only a column of mixed lengths is cut per validator.
        self.text = text = "\n".join(counts)  # for callers' own whole-column checks
        self._text: str | None = text if text.count("\n") == len(counts) - 1 else None
        lengths = set(map(len, counts))
        self._shortest = min(lengths, default=0)
        self._longest = max(lengths, default=0)
        self._tallies: list[Tally | None] = [None] * len(SCREENS)
        self._has: dict[re.Pattern[str], bool] = {}  # `needs` found in the whole text
        # A column of ASCII text, or of digits alone, is screened by the narrower lengths
        # and screens validators have for those (a column of 18 digits is no phone column).
        self._ascii = self._digits = False
        if self._text is not None and _INERT_COLUMN.fullmatch(self._text):
            self._longest, self._shortest = 0, 1  # no validator's lengths admit any value
        elif self._text is not None:
            self._ascii = text.isascii()
            self._digits = text.replace("\n", "").isdecimal()
        # No validator accepts a value this short (nor any value of an inert column).
        self.none_valid = self._longest < _SHORTEST

    def _plan(self, index: int) -> tuple[re.Pattern[str], int, int] | None:
        """The screen and lengths VALIDATORS[index] is screened by in this column; None when
        it accepts none of the column's values whatever they are."""
        screen = SCREENS[index]
        plan: tuple[re.Pattern[str], int, int] | None = (screen.pattern, screen.low,
                                                         screen.high)
        if self._digits:
            plan = screen.digits
        elif self._ascii:
            plan = screen.ascii
        if plan is None or self._longest < plan[1] or self._shortest > plan[2]:
            return None
        return plan

    def _within(self, index: int, low: int, high: int) -> tuple[str, int]:
        """The joined values VALIDATORS[index] may accept (of `low` to `high` characters),
        and how many they are."""
        needs = SCREENS[index].needs
        if needs is not None and self._text is not None:
            has = self._has.get(needs)
            if has is None:
                has = self._has[needs] = needs.search(self._text) is not None
            if not has:
                return "", 0  # no value holds what the validator needs
        if self._text is not None and low <= self._shortest and self._longest <= high:
            return self._text, self._all
        counts = self.counts
        # No shape admits a line break, so a value holding one is valid for no validator.
        lines = [t for t in counts if low <= len(t) <= high and "\n" not in t]
        text = "\n".join(lines)
        if needs is not None and not needs.search(text):
            return "", 0
        return text, sum(map(counts.__getitem__, lines))

    def _tally(self, index: int, needed: int) -> Tally | None:
        """The tally of VALIDATORS[index], made (screened) only when its values could reach
        `needed`."""
        found = self._tallies[index]
        if found is None:
            if self._all < needed:
                return None
            plan = self._plan(index)
            if plan is None:
                return None
            pattern, low, high = plan
            text, weight = self._within(index, low, high)
            if not weight or weight < needed:
                return None
            screen = SCREENS[index]
            found = self._tallies[index] = Tally(screen.validator, pattern, text, self.counts,
                                                 screen.counts_all)
        return found

    def reaches(self, index: int, needed: int) -> bool:
        """True when VALIDATORS[index] accepts at least `needed` of the values."""
        found = self._tally(index, needed)
        return found.reaches(needed) if found is not None else needed <= 0

    def exact(self, index: int) -> int:
        """How many of the values VALIDATORS[index] accepts."""
        found = self._tally(index, 1)
        return found.exact() if found is not None else 0


def valid_counts(texts: Iterable[str] | dict[str, int]) -> list[tuple[Validator, int]]:
    """(validator, how many of `texts` it accepts) for every validator with at least one, in
    VALIDATORS order: the same counts as calling each validator on each text. Each validator
    sees only the distinct values of a length it can accept, joined by newlines and screened
    in one regex pass; only what the screen matches is validated. `texts` are stripped and
    non-empty (or already `distinct` counts)."""
    values = ValueSet(texts if isinstance(texts, dict) else distinct(texts))
    found = []
    for index, item in enumerate(VALIDATORS):
        valid = values.exact(index)
        if valid:
            found.append((item, valid))
    return found


def least_share(total: int, share: float, already: int = 0) -> int:
    """The smallest count k with (k + already) / total >= share, computed as the callers
    compare (in floating point), so that stopping at k decides exactly as the full count."""
    k = max(0, int(total * share) - already - 1)
    while (k + already) / total < share:
        k += 1
    return k


def validator(name: str) -> Validator:
    for item in VALIDATORS:
        if item.name == name:
            return item
    raise KeyError(name)
