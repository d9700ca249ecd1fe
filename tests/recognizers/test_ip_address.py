"""Tests for recognizers.ip_address."""
from __future__ import annotations

import pytest

from recognizers.ip_address import IpAddressRecognizer

RECOGNIZER = IpAddressRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in RECOGNIZER.analyze(text, None) if r.score >= 0.5]


@pytest.mark.parametrize("text, value", [
    ("keep getting address 41.173.96.26", "41.173.96.26"),
    ("my ip is 10.0.0.1.", "10.0.0.1"),
    ("ip is one nine two dot one six eight dot one dot one", "one nine two dot one six eight dot one dot one"),
    ("address 6e40:4041:c617:e898:c11:40d2:c669:2eb4", "6e40:4041:c617:e898:c11:40d2:c669:2eb4"),
    ("use fe80::1ff:fe23:4567:890a now", "fe80::1ff:fe23:4567:890a"),
])
def test_ip_address_finds_v4_and_v6(text, value):
    assert found(text) == [value]


@pytest.mark.parametrize("text", [
    "version 1.2.3.4 is out",
    "256.1.1.1 is not an address",
    "meet at 12:30:45",
    "it costs 4.50",
    "four point five stars",
    "1.2.3 steps",
])
def test_ip_address_ignores_versions_times_and_decimals(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("Subnet: 192.168.1.0/24", "192.168.1.0/24"),
    ("Route is 10.0.0.0/8.", "10.0.0.0/8"),
    ("10.0.0.0/123", "10.0.0.0"),                                   # not a prefix length: the address alone
    ("Use 2001:db8::/32.", "2001:db8::/32"),
    ("fe80::1%eth0/64", "fe80::1%eth0/64"),
    ("2001:db8::%eth0/128", "2001:db8::%eth0/128"),
    ("0:0:0:0:0:FFFF:129.144.52.38", "0:0:0:0:0:FFFF:129.144.52.38"),
    ("Mapped: ::ffff:192.168.1.1", "::ffff:192.168.1.1"),
])
def test_ip_address_takes_prefix_length_zone_and_embedded_ipv4_whole(text, value):
    assert value in found(text)
    assert all(value.find(other) >= 0 for other in found(text))     # nothing outside the whole address


@pytest.mark.parametrize("text", [
    "2001:db8::256.1.1.1",
    "::ffff:256.0.0.1",
    "::ffff:192.168.1",
    "MAC address aa:bb:cc:dd:ee:ff",
    "fe80::1text",
])
def test_ip_address_rejects_invalid_embedded_and_glued_forms(text):
    assert found(text) == []
