"""The screened one-pass `valid_counts` gives the verdicts of calling every validator on every
value (the way it was done before screening), on real shapes, near misses and junk."""

from __future__ import annotations

import random
import string

from privflow.classify.signals.values import read_values
from privflow.classify.validators import VALIDATORS, luhn_valid, valid_counts

REAL = [
    "11010519491231002X", "440524188001010014", "11010519491231002x", "110105194912310021",
    "13812345678", "+86 138 1234 5678", "86-13812345678", "138-1234-5678", "12812345678",
    "010-12345678", "02012345678", "(020) 1234 5678", "+1 415 555 2671", "0000000000",
    "a.b-c@example.com", "user@mail.example.co", "no-at-sign.example.com", "x@y",
    "6222021234567890123", "6222 0212 3456 7890 123", "4111111111111111", "4111-1111-1111-1111",
    "378282246310005", "5555555555554444", "6011111111111117", "3530111333300000",
    "490154203237518", "356938035643809", "111111111111111",
    "A0000012345678", "99000012345678", "a1b2c3d4e5f6a7",
    "00:1A:2b:3C:4d:5E", "00-1a-2b-3c-4d-5e", "00:1a-2b:3c:4d:5e",
    "192.168.0.1", "::1", "fe80::1", "999.1.1.1", "1.2.3", "abc.def", "1.2.3.4.5",
    "::ffff:1.2.3.4", "2001:db8::1", "12.34", "0755-1234567", "1234-5678", "020-1234-5678-123",
    "2023-01-01 10:00:00", "+86 10 8888 6666",
    "6f1c2a3b-1d2e-4f5a-8b9c-0d1e2f3a4b5c", "00000000-0000-0000-0000-000000000000",
    "E12345678", "G1234567", "EA1234567", "AB1234567",
    "91350100M000100Y43", "91350100m000100y43", "91350100M000100Y44",
    "１３８１２３４５６７８", "٠١٢٣٤٥٦٧٨٩٠", "0²²²²²²²²²²", "ﬀ350100M000100Y4",
    "138\n12345678", "13812345678\n", "x" * 600, "user" * 20 + "@example.com",
]
ALPHABET = string.digits * 4 + string.ascii_letters + " -+()@.:_X*" + "ＡＢ１２٣"


def _naive(texts: list[str]) -> list[tuple[str, int]]:
    out = []
    for validator in VALIDATORS:
        valid = sum(1 for t in texts if validator(t))
        if valid:
            out.append((validator.name, valid))
    return out


def _fuzz(rng: random.Random, count: int) -> list[str]:
    values = []
    for _ in range(count):
        base = rng.choice(REAL)
        kind = rng.random()
        if kind < 0.3:  # a near miss: one character changed
            i = rng.randrange(len(base))
            base = base[:i] + rng.choice(ALPHABET) + base[i + 1:]
        elif kind < 0.5:
            base = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 24)))
        elif kind < 0.6:
            base = "".join(rng.choice(string.digits) for _ in range(rng.randint(10, 20)))
        values.append(base.strip())
    return [v for v in values if v]


def test_screened_counts_equal_every_validator_on_every_value():
    real = [t.strip() for t in REAL]  # as read_values passes them
    assert [(v.name, n) for v, n in valid_counts(real)] == _naive(real)
    rng = random.Random(20)
    for _ in range(40):
        texts = _fuzz(rng, 200)
        assert [(v.name, n) for v, n in valid_counts(texts)] == _naive(texts)


def test_luhn_numbers_of_other_lengths_never_count_as_cards():
    card = "4111111111111111"
    assert luhn_valid("0" * 10) and not valid_counts(["0" * 10] * 5)
    texts = [card] * 3 + ["abc", card[:15], card + "1111"]
    counts = {v.name: n for v, n in valid_counts(texts)}
    assert counts == dict(_naive(texts)) == {"bank_card": 3, "payment_card": 3}


def test_a_sampled_column_reads_the_same_as_before():
    phones = [f"13{d}1234567{d}" for d in range(10)] + ["n/a", None, "", "13812345678"]
    report = read_values(phones)
    assert report.total == 12
    valid, validator = report.valid["contact.phone"]
    assert (validator.name, valid) == ("mainland_mobile", 11)


def test_masked_and_hashed_values_are_counted_as_before():
    from privflow.classify.signals.values import _HASHED, _MASKED

    texts = ["138****5678", "4111********1111", "a**", "*", "5f4dcc3b5aa765d61d8327deb882cf99",
             "$2b$12$abcdefghijklmnopqrstuv", "{SHA}abc", "{SSHA}", "e" * 40, "g" * 32,
             "$1$x", "5f4dcc3b5aa765d61d8327deb882cf99"] * 3
    report = read_values(texts)
    assert report.masked == sum(1 for t in texts if len(t) < 64 and _MASKED.fullmatch(t)) == 9
    assert report.hashed == sum(1 for t in texts if _HASHED.fullmatch(t)) == 15
