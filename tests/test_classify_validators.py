"""Value validators: checksums and formats on valid and invalid inputs."""

from __future__ import annotations

import pytest

from privflow.classify.validators import VALIDATORS, luhn_valid, validator


def resident_id(body17: str) -> str:
    """A GB 11643 number with its ISO 7064 MOD 11-2 check character (the standard's formula)."""
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    return body17 + "10X98765432"[sum(int(d) * w for d, w in zip(body17, weights, strict=True)) % 11]


def luhn_complete(prefix: str) -> str:
    for check in "0123456789":
        if luhn_valid(prefix + check):
            return prefix + check
    raise AssertionError("no Luhn digit")


@pytest.mark.parametrize("value", [
    "11010519491231002X",  # the standard's own example
    resident_id("44030619900307123"),
    resident_id("32010220001229001").lower(),
])
def test_resident_id_valid(value: str) -> None:
    assert validator("resident_id")(value)


@pytest.mark.parametrize("value", [
    "11010519491231002Y",  # wrong check character
    "110105194912310021",  # wrong check digit
    resident_id("44030619900230123"),  # 30 February
    resident_id("44030618800101123"),  # born before 1900
    resident_id("00030619900307123"),  # no such province
    "1101051949123100",  # too short
    "abcdefghijklmnopqr",
])
def test_resident_id_invalid(value: str) -> None:
    assert not validator("resident_id")(value)


def test_luhn_cards_with_plausible_prefixes_and_lengths() -> None:
    assert validator("payment_card")("4111111111111111")
    assert validator("payment_card")("378282246310005")  # Amex, 15 digits
    assert not validator("payment_card")("4111111111111112")  # Luhn fails
    assert not validator("payment_card")("9111111111111111")  # no such network
    unionpay = luhn_complete("622202123456789012")
    assert validator("bank_card")(unionpay)
    assert not validator("bank_card")(unionpay[:-1] + str((int(unionpay[-1]) + 1) % 10))
    assert not validator("bank_card")(luhn_complete("12345678901"))  # too short for a card


def test_imei_meid_mac() -> None:
    assert validator("imei")("490154203237518")
    assert not validator("imei")("490154203237519")
    assert not validator("imei")("000000000000000")
    assert validator("meid")("A1000009B1B1C2")
    assert not validator("meid")("12345678901234")
    assert validator("mac")("00:1A:2B:3C:4D:5E")
    assert validator("mac")("00-1a-2b-3c-4d-5e")
    assert not validator("mac")("00:1A-2B:3C:4D:5E")  # mixed separators
    assert not validator("mac")("00:1A:2B:3C:4D")


def test_ip_addresses() -> None:
    ip = validator("ip")
    assert ip("192.168.1.1") and ip("2001:db8::1") and ip("::1")
    assert not ip("256.1.1.1") and not ip("1.2.3") and not ip("12345")


def test_phones_and_emails() -> None:
    mobile = validator("mainland_mobile")
    assert mobile("13812345678") and mobile("+86 138 1234 5678") and mobile("8615912345678")
    assert not mobile("12812345678") and not mobile("1381234567")
    phone = validator("phone_number")
    assert phone("010-12345678") and phone("+1 415-555-2671") and phone("02012345678")
    assert not phone("1539590400")  # a bare-digit timestamp is not a phone
    email = validator("email")
    assert email("zhang.san@example.com.cn")
    assert not email("zhang.san@") and not email("not an email")


def test_uuid_shaped_ids_and_passports() -> None:
    adid = validator("advertising_id")
    assert adid("6D92078A-8246-4BA4-AE5B-76104861E7DC")
    assert not adid("00000000-0000-0000-0000-000000000000")
    passport = validator("passport")
    assert passport("E12345678") and passport("EA1234567")
    assert not passport("12345678")


def test_unified_social_credit_code_is_an_organisation_identifier() -> None:
    uscc = validator("uscc")
    assert uscc.organisation and uscc.category is None
    assert uscc("91350100M000100Y43")
    assert not uscc("91350100M000100Y44")


def test_every_validator_names_a_taxonomy_category_or_none() -> None:
    from privflow.classify.taxonomy import load_taxonomy

    for item in VALIDATORS:
        assert item.category is None or item.category in load_taxonomy()
        assert not item(None) and not item("")
