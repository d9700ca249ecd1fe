"""IP addresses: IPv4 dotted quads (written or spoken "one nine two dot one six eight ...") and IPv6.

Version-number context ("version 1.2.3.4", "firmware") vetoes a dotted quad; IPv6 candidates are
validated with ``ipaddress`` so clock times ("12:30:45") never match. A prefix length ("10.0.0.0/8",
"2001:db8::/32") and an IPv6 zone ("fe80::1%eth0") belong to the address; IPv6 with an embedded IPv4
("::ffff:192.0.2.1", "0:0:0:0:0:FFFF:129.144.52.38") is one address.
"""
from __future__ import annotations

import ipaddress
import re

from recognizers.spoken_aware import Hit, SpokenAwareRecognizer, digit_count, near
from recognizers.base import register
from recognizers.entities import IP_ADDRESS, REASON_CONTEXT, REASON_PATTERN
from recognizers.start_set import compile_fast

SCORE_V4 = 0.7
SCORE_CONTEXT = 0.9
SCORE_V6 = 0.85

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"


@register("ip_address.v1")
class IpAddressRecognizer(SpokenAwareRecognizer):
    """IP_ADDRESS (v4 and v6)."""

    ENTITIES = (IP_ADDRESS,)

    IPV4 = compile_fast(rf"(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?:/(?:3[0-2]|[12]?\d)(?![\w/]))?(?![\w]|\.\d)")
    IPV6 = compile_fast(
        r"(?<![\w:])(?P<address>(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{0,4})"
        r"(?:%[A-Za-z0-9_.\-]*[A-Za-z0-9])?)(?:/(?:12[0-8]|1[01]\d|[1-9]?\d)(?![\w/]))?(?![\w:]|\.\d)")
    CONTEXT = compile_fast(r"\b(?:ip|ips|address|server|host|router|gateway|dns|subnet|vpn|proxy)\b", re.IGNORECASE)
    VERSION = compile_fast(r"\b(?:version|v|ver|build|firmware|release|update|patch|chapter|section)\b",
                         re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        hits = []
        if "." in text and digit_count(text) >= 4:
            for match in self.IPV4.finditer(text):
                start, end = match.span()
                if near(self.VERSION, text, start, end, before=16, after=0):
                    continue
                if near(self.CONTEXT, text, start, end, before=48, after=16):
                    hits.append(Hit(start, end, IP_ADDRESS, SCORE_CONTEXT, REASON_CONTEXT, "ipv4"))
                else:
                    hits.append(Hit(start, end, IP_ADDRESS, SCORE_V4, REASON_PATTERN, "ipv4"))
        if text.count(":") >= 2:
            for match in self.IPV6.finditer(text):
                value = match["address"]
                if sum(map(str.isalnum, value.partition("%")[0])) < 4:
                    continue
                try:
                    ipaddress.IPv6Address(value)
                except ValueError:
                    continue
                hits.append(Hit(*match.span(), IP_ADDRESS, SCORE_V6, REASON_PATTERN, "ipv6"))
        return hits
