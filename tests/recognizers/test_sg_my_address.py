"""Tests for recognizers.sg_my_address (sentences written for these tests)."""
from __future__ import annotations

import pytest

from recognizers import sg_my_address
from recognizers.sg_my_address import SgMyAddressRecognizer

ADDRESS = SgMyAddressRecognizer()


def addresses(text: str) -> list[str]:
    return [text[r.start:r.end] for r in ADDRESS.analyze(text, ["STREET_ADDRESS"])]


@pytest.mark.parametrize("text, value", [
    ("pls send to Blk 88 Serangoon North Ave 4 #07-215 thanks", "Blk 88 Serangoon North Ave 4 #07-215"),
    ("Block 219B Sengkang East Way, #11-402, Singapore 542219 ya",
     "Block 219B Sengkang East Way, #11-402, Singapore 542219"),
    ("my place is blk 40 Marine Parade Central lah", "blk 40 Marine Parade Central"),
    ("Blk 7 Kallang Bahru # 03 - 18", "Blk 7 Kallang Bahru # 03 - 18"),
    ("it's block five one two tampines street eleven hash twelve dash three oh seven",
     "block five one two tampines street eleven hash twelve dash three oh seven"),
    ("blk double one four yishun ring road, hash oh four dash double two one",
     "blk double one four yishun ring road, hash oh four dash double two one"),
    ("Blk 33 Eunos Lor 2, #02-11", "Blk 33 Eunos Lor 2, #02-11"),
    ("No. 8, Jalan Kenari 3, 47100 Puchong, Selangor.", "No. 8, Jalan Kenari 3, 47100 Puchong, Selangor"),
    ("Lot 1207, Lorong Haji Taib 4, Kuala Lumpur", "Lot 1207, Lorong Haji Taib 4, Kuala Lumpur"),
    ("B-7-3, Persiaran Gurney, George Town", "B-7-3, Persiaran Gurney, George Town"),
    ("22A Jln Bunga Raya, Melaka", "22A Jln Bunga Raya, Melaka"),
    ("no 14 lebuh chulia george town", "no 14 lebuh chulia george town"),
    ("5, Taman Sri Muda, Shah Alam", "5, Taman Sri Muda, Shah Alam"),
])
def test_sg_my_address_finds_blocks_and_malaysian_streets(text, value):
    assert value in addresses(text)


@pytest.mark.parametrize("text", [
    "can you block two of my cards ah",
    "please block 3 cards lah",
    "i need to block one more card for my mum",
    "we go jalan jalan at 5 can",
    "ok lor 10 minutes then",
    "the block 4 is closed for upgrading",
    "Block 12 of the form is wrong",
])
def test_sg_my_address_leaves_everyday_block_and_jalan(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text", [
    "BLK 123 Ang Mo Kio", "Jalan Ampang", "LORONG 5", "unit # 05-12", "#12-345", "blocked card", "jalanan",
    "hash tag", "no address here", "Blk 5 Tampines café", "PERSİARAN Surian",
])
def test_sg_my_address_gate_agrees_with_its_case_insensitive_pattern(text):
    assert sg_my_address._gate(text) == bool(sg_my_address._GATE.search(text))


@pytest.mark.parametrize("text, value", [
    ("kirim ke Jl. Merdeka No. 45, RT 3/RW 9, Medan 20112", "Jl. Merdeka No. 45, RT 3/RW 9, Medan 20112"),  # Indonesian
    ("jalan sisingamangaraja no 7 thanks", "jalan sisingamangaraja no 7"),
    ("it's lot twenty two jalan kuching please", "lot twenty two jalan kuching"),          # a spoken lot number
])
def test_indonesian_streets_and_spoken_lot_numbers(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", ["we walked a lot today", "jalan jalan no worries"])
def test_no_street_without_a_house_number(text):
    assert addresses(text) == []
