"""Screens for columns of digits or of ASCII text, shape-only validators counted by their
screen, and sampled columns whose values say nothing classified as unsampled: the same tags
and evidence as validating every value, and as the full sampled path."""

from __future__ import annotations

import random
import string

import pytest

from privflow.classify.run import classify_column, schema_contexts
from privflow.classify.signals.values import read_values, value_factor, value_supports
from privflow.classify.validators import SCREENS, VALIDATORS, ValueSet, luhn_valid, valid_counts
from privflow.schema import Column, Schema, Table


def _naive(texts: list[str]) -> list[tuple[str, int]]:
    return [(v.name, n) for v in VALIDATORS if (n := sum(1 for t in texts if v(t)))]


def _luhn(prefix: str) -> str:
    return next(prefix + d for d in string.digits if luhn_valid(prefix + d))


def _resident_id(rng: random.Random) -> str:
    body = f"{rng.choice(['11', '44', '99'])}0105{rng.randint(1930, 2030)}" \
           f"{rng.randint(1, 13):02d}{rng.randint(1, 31):02d}{rng.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(a) * w for a, w in zip(body, weights, strict=True)) % 11]
    return body + (check if rng.random() < 0.7 else rng.choice(string.digits))


def _uscc(rng: random.Random) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    body = "91" + "".join(rng.choice(string.digits) for _ in range(6)) + "".join(
        rng.choice(alphabet if rng.random() < 0.5 else string.digits) for _ in range(9))
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights, strict=True))
    return body + alphabet[(31 - total % 31) % 31]


def _digits(rng: random.Random) -> str:
    """Digit strings of every length near the validators' own, many of them valid for one."""
    def digits(n: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(n))
    return rng.choice([
        lambda: digits(rng.randint(1, 24)),
        lambda: _luhn(rng.choice(["62", "4", "51", "37", "35", "6011", "65", "22", "3", ""])
                      + digits(rng.randint(8, 18))),
        lambda: "1" + rng.choice("3456789") + digits(9),
        lambda: "861" + rng.choice("3456789") + digits(9),
        lambda: "0" + digits(rng.randint(8, 12)),
        lambda: _resident_id(rng),
        lambda: "".join(c for c in _uscc(rng) if c.isdigit()).ljust(18, "7"),
        lambda: "１３８" + digits(8),  # full-width digits are digits too
        lambda: "99" + digits(12),
    ])()


def _ascii(rng: random.Random) -> str:
    return rng.choice([
        lambda: _uscc(rng), lambda: _uscc(rng).lower(), lambda: _digits(rng),
        lambda: "".join(rng.choice(string.ascii_letters + string.digits + " -:.@")
                        for _ in range(rng.randint(1, 24))),
        lambda: "A0" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12)),
        lambda: "E" + "".join(rng.choice(string.digits) for _ in range(8)),
        lambda: "138-1234-" + "".join(rng.choice(string.digits) for _ in range(4)),
    ])()


@pytest.mark.parametrize("make", [_digits, _ascii])
def test_columns_of_digits_or_ascii_count_as_every_validator_on_every_value(make):
    rng = random.Random(make.__name__)
    for _ in range(300):
        kinds = [make(rng) for _ in range(rng.randint(1, 4))]
        texts = [rng.choice(kinds) if rng.random() < 0.8 else make(rng)
                 for _ in range(rng.randint(1, 60))]
        assert [(v.name, n) for v, n in valid_counts(texts)] == _naive(texts), texts


def test_the_narrow_screens_are_taken_and_decide_as_the_wide_ones():
    """The column-of-digits screens run (a UnionPay column is screened by them) and give the
    same answers to the classifier's questions as the general screens."""
    rng = random.Random(7)
    cards = [_luhn("62" + "".join(rng.choice(string.digits) for _ in range(16)))
             for _ in range(40)]
    values = ValueSet(dict.fromkeys(cards, 1))
    assert values._digits and values._ascii
    unionpay = next(i for i, v in enumerate(VALIDATORS) if v.name == "unionpay_card")
    phone = next(i for i, v in enumerate(VALIDATORS) if v.name == "phone_number")
    assert values._plan(unionpay)[0] is SCREENS[unionpay].digits[0]
    assert values._plan(phone) is None  # 19 digits are no landline
    for _ in range(200):
        texts = [_digits(rng) if rng.random() < 0.5 else _ascii(rng)
                 for _ in range(rng.randint(5, 40))]
        narrow = read_values(texts)
        wide = read_values(texts)
        assert wide.values is not None
        wide.values._digits = wide.values._ascii = False
        assert [(e.category, e.label) for e in value_supports(narrow)] == \
            [(e.category, e.label) for e in value_supports(wide)]
        for category in ("financial.bank_account", "identity.national_id", "contact.phone",
                         "device.id", "financial.payment_card", "identity.passport"):
            a, b = value_factor(read_values(texts), category), value_factor(wide, category)
            assert (a and (a.label, a.score)) == (b and (b.label, b.score))


def _classified(samples: list[str], name: str = "col", comment: str | None = None
                ) -> tuple[list[str], list[str]]:
    table = Table(id="t", name="t", source="db:x")
    column = Column(name=name, type="varchar(32)", comment=comment)
    column.samples = samples
    table.columns[name] = column
    schema = Schema(tables={"t": table})
    contexts, _ = schema_contexts(schema)
    outcome = classify_column(column, contexts["t"], {})
    return outcome.categories, outcome.kept_evidence


def test_a_column_of_unionpay_numbers_is_tagged_and_luhn_invalid_digits_are_not():
    rng = random.Random(11)
    cards = [_luhn("62" + "".join(rng.choice(string.digits) for _ in range(16)))
             for _ in range(30)]
    assert all(len(c) == 19 for c in cards)
    categories, evidence = _classified(cards)
    assert categories == ["financial.bank_account"]
    assert "values:30/30 valid UnionPay card numbers" in evidence
    invalid = [c[:-1] + str((int(c[-1]) + 1) % 10) for c in cards]
    assert not any(luhn_valid(c) for c in invalid)
    assert _classified(invalid) == ([], [])


def test_samples_that_say_nothing_classify_as_the_full_sampled_path():
    """classify_column with a cache takes the unsampled reading for such columns; without
    one it runs the whole sampled path: the outcomes are the same."""
    rng = random.Random(13)
    names = ["phone", "id_card", "remark", "amount", "created_at", "content", "nick", "points",
             "mail", "c1", "bank_card", "passport", "uscc", "device_id", "ip"]
    comments = [None, "手机号", "身份证号", "备注", "积分", "银行卡号"]
    makers = [_digits, _ascii, lambda r: f"2023-0{r.randint(1, 9)}-1{r.randint(0, 9)}",
              lambda r: str(r.randint(0, 99999)), lambda r: "n/a", lambda r: "138****5678",
              lambda r: '{"phone": "13812345678"}']
    tables = {}
    for index in range(80):
        table = Table(id=f"t{index}", name=rng.choice(["user", "order_log", "messages",
                                                       "points_ledger", "t"]) + str(index),
                      source="db:x")
        for c in range(6):
            make = rng.choice(makers)
            column = Column(name=f"{rng.choice(names)}_{c}", type=rng.choice(
                ["varchar(32)", "bigint", None, "text"]), comment=rng.choice(comments))
            column.samples = [make(rng) for _ in range(rng.choice([1, 3, 5, 20, 50]))]
            table.columns[column.name] = column
        tables[table.id] = table
    schema = Schema(tables=tables)
    contexts, _ = schema_contexts(schema)
    cache: dict = {}
    for table in tables.values():
        for column in table.columns.values():
            fast = classify_column(column, contexts[table.id], cache)
            full = classify_column(column, contexts[table.id], None)
            assert (fast.categories, fast.confidence, fast.state, fast.kept_evidence) == (
                full.categories, full.confidence, full.state, full.kept_evidence), column.name
    assert any(key[0] == "sampled" for key in cache)  # the shortcut was taken
