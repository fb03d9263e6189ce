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


def _reference(texts: list[str], masked: int, hashed: int):
    """value_supports / value_factor as they read before counting became lazy: every
    validator counted over every value, best per category."""
    from privflow.classify.signals.values import (
        CHECKABLE,
        CONTRADICTED_SHARE,
        MIN_TO_CONTRADICT,
        VALID_SHARE,
    )
    from privflow.classify.vocabulary import load_vocabulary

    total = len(texts)
    valid: dict[str, tuple[int, str]] = {}
    organisation = None
    for name, n in _naive(texts):
        item = next(v for v in VALIDATORS if v.name == name)
        if item.organisation:
            organisation = n
        elif item.category not in valid or n > valid[item.category][0]:
            valid[item.category] = (n, name)
    supports = [(c, n, name) for c, (n, name) in valid.items() if n / total >= VALID_SHARE]
    factors = {}
    compatible = load_vocabulary().types.get("value_compatible", {})
    for category in sorted(CHECKABLE | {"identity.name"}):
        if total < MIN_TO_CONTRADICT:
            factors[category] = None
        elif organisation and category.startswith("identity.") and organisation / total >= 0.5:
            factors[category] = f"{organisation}/{total}"
        elif category not in CHECKABLE:
            factors[category] = None
        else:
            n = valid.get(category, (0, ""))[0] + sum(
                valid.get(o, (0, ""))[0] for o in compatible.get(category, ()))
            factors[category] = None if (n + masked + hashed) / total >= CONTRADICTED_SHARE \
                else f"{n}/{total}"
    return supports, factors


def test_lazy_counts_decide_and_show_as_full_counts():
    """Early stopping never changes a decision or a count that evidence shows."""
    from privflow.classify.signals.values import CHECKABLE, value_factor, value_supports

    rng = random.Random(21)
    columns = [[t.strip() for t in REAL]]
    for _ in range(150):
        base = rng.sample(REAL, rng.randint(1, 3))
        texts = [rng.choice(base) for _ in range(rng.randint(3, 40))]
        texts += _fuzz(rng, rng.randint(0, 12))  # a share of near misses and junk
        columns.append([t.strip() for t in texts if t.strip()])
    for texts in columns:
        report = read_values(texts)
        supports, factors = _reference(texts, report.masked, report.hashed)
        got = [(e.category, e.label) for e in value_supports(report)]
        assert [(c, g[1].split(" ", 1)[0]) for c, g in zip(
            [s[0] for s in supports], got, strict=True)] == [
            (c, f"{n}/{len(texts)}") for c, n, _ in supports]
        assert [g[0] for g in got] == [s[0] for s in supports]
        for category in sorted(CHECKABLE | {"identity.name"}):
            fresh = read_values(texts)  # no earlier question has counted anything
            factor = value_factor(fresh, category)
            shown = factor.label.split(" ", 1)[0] if factor is not None else None
            assert shown == factors[category], (category, texts)


def test_inert_values_are_valid_for_no_validator():
    """Dates, timestamps, times, fractions, short integers and booleans: a column of only these
    is never screened, because no validator accepts any of them."""
    from privflow.classify.validators import INERT

    rng = random.Random(22)

    def digits(n: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(n))

    values = ["true", "false", "t", "f", "0", "-1", "999999", "-999999", "0.5", "-.5",
              "13812345678.0", "2026-12-02", "2026-12-02 21:48:07.730782", "1970-01-01T00:00",
              "2026-12-02 21:48:07+08", "2026-12-02 21:48:07+08:00", "21:48", "21:48:07.5"]
    for _ in range(3000):
        values.append(rng.choice([
            lambda: digits(rng.randint(1, 6)),
            lambda: f"{digits(rng.randint(0, 18))}.{digits(rng.randint(1, 9))}",
            lambda: f"{digits(4)}-{digits(2)}-{digits(2)}",
            lambda: f"{digits(4)}-{digits(2)}-{digits(2)} {digits(2)}:{digits(2)}:{digits(2)}",
            lambda: f"{digits(4)}-{digits(2)}-{digits(2)}T{digits(2)}:{digits(2)}"
                    f"{rng.choice(['', 'Z', '+' + digits(2), '-' + digits(2) + ':' + digits(2)])}",
            lambda: f"{digits(2)}:{digits(2)}:{digits(2)}.{digits(rng.randint(1, 9))}",
        ])())
    for value in values:
        assert INERT.fullmatch(value), value
        assert not any(v(value) for v in VALIDATORS), value
    assert valid_counts(values) == []
    # One value that is not inert in an inert column is still counted.
    assert [(v.name, n) for v, n in valid_counts([*values, "13812345678"])] == [
        ("mainland_mobile", 1)]
