"""Prices written in a record, in yuan: what a mark's declared price floor is compared with.

A rights holder may declare the lowest price its genuine goods sell at (``Brand.price_floor``,
yuan). ``amounts`` reads every price a record's text writes — a currency sign or code before
the number (¥88, $35, US$19.9, HK$120, NT$990, RM45, €35, ₩35,000, 💰88), a currency word or
the trade's slang after it (88元, 168块钱, 198r, 450米 where the clause ends, 35 USD, 60 dollars,
120港币, 3500円, 35,000원, 230💰), and the bare forms the guard's ``PRICE`` reads as yuan (49.9,
到手88, 288出) — and converts each with the rules' fixed table (``[prices]`` in ``rules.toml``:
yuan per unit, dated). A price in a currency the table does not hold is ``None``: nobody can
say it is under a floor, and neither is the record holding it.
"""
from __future__ import annotations

import re

from origin.brands.automaton import PRICE

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# thousands and ten-thousands written after the number (2k, 1.2w, 3万): a price only with a
# currency beside them
_MULTIPLIER = r"(?:\s?(?P<mult>[kK千wW万](?![A-Za-z])))?"
# a sign or code before the number: the longest first (US$ before $, RMB before RM)
_BEFORE = {
    "US$": "USD", "USD": "USD", "HK$": "HKD", "HKD": "HKD", "NT$": "TWD", "NTD": "TWD",
    "TWD": "TWD", "S$": "SGD", "SGD": "SGD", "RMB": "CNY", "CNY": "CNY", "RM": "MYR",
    "MYR": "MYR", "EUR": "EUR", "GBP": "GBP", "KRW": "KRW", "JPY": "JPY", "PHP": "PHP",
    "THB": "THB", "¥": "CNY", "￥": "CNY", "💰": "CNY", "$": "USD", "€": "EUR", "£": "GBP",
    "₩": "KRW", "₱": "PHP", "฿": "THB",
    # codes read so that a price in them is known to be there, converted only when the rules'
    # table holds them (it does not: these records are never under a floor)
    "CHF": "CHF", "AUD": "AUD", "A$": "AUD", "CAD": "CAD", "C$": "CAD", "NZD": "NZD",
    "INR": "INR", "₹": "INR", "RUB": "RUB", "₽": "RUB", "VND": "VND", "₫": "VND", "IDR": "IDR",
    "Rp": "IDR", "AED": "AED", "MOP": "MOP", "TRY": "TRY", "₺": "TRY", "BRL": "BRL", "R$": "BRL",
    # (stop 47) the codes PRICE reads before a number since (automaton.CURRENCY_CODES_BEFORE)
    "马币": "MYR", "新币": "SGD", "港币": "HKD", "S/": "PEN", "S/.": "PEN", "KSh": "KES",
    "Rs": "RS", "Rs.": "RS", "PLN": "PLN", "SAR": "SAR", "EGP": "EGP",
    # (stop 48) and since stop 48
    "Gs.": "PYG", "Gs": "PYG", "TSh": "TZS", "USh": "UGX", "KD": "KWD", "Rp.": "IDR",
}
# a currency word after the number (lower case for the Latin ones)
_AFTER = {
    "元": "CNY", "块钱": "CNY", "圆": "CNY", "rmb": "CNY", "yuan": "CNY", "cny": "CNY",
    "💰": "CNY", "美元": "USD", "美金": "USD", "dollars": "USD", "dollar": "USD",
    "bucks": "USD", "usd": "USD", "$": "USD", "欧元": "EUR", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "€": "EUR", "英镑": "GBP", "gbp": "GBP", "£": "GBP", "港币": "HKD",
    "港元": "HKD", "港纸": "HKD", "hkd": "HKD", "新台币": "TWD", "台币": "TWD", "twd": "TWD",
    "ntd": "TWD", "日元": "JPY", "円": "JPY", "yen": "JPY", "jpy": "JPY", "韩元": "KRW",
    "원": "KRW", "won": "KRW", "krw": "KRW", "马币": "MYR", "令吉": "MYR", "ringgit": "MYR",
    "myr": "MYR", "新币": "SGD", "sgd": "SGD", "泰铢": "THB", "baht": "THB", "thb": "THB",
    "比索": "PHP", "pesos": "PHP", "peso": "PHP", "php": "PHP",
    "chf": "CHF", "francs": "CHF", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "inr": "INR",
    "rupees": "INR", "卢比": "INR", "rub": "RUB", "卢布": "RUB", "vnd": "VND", "越南盾": "VND",
    "₫": "VND", "idr": "IDR", "印尼盾": "IDR", "aed": "AED", "迪拉姆": "AED", "澳币": "AUD",
    "澳元": "AUD", "加币": "CAD", "加元": "CAD", "澳门币": "MOP", "mop": "MOP", "₹": "INR",
    # (stop 47) the words PRICE reads after a number since (automaton.CURRENCY_WORDS_AFTER):
    # 大洋 is the trade's yuan; kr is a Scandinavian crown nobody can say which
    "大洋": "CNY", "kr": "KR", "zł": "PLN", "pln": "PLN", "lei": "RON", "ron": "RON",
    "tl": "TRY", "try": "TRY", "da": "DZD", "dh": "MAD", "mad": "MAD", "iqd": "IQD",
    "sar": "SAR", "ر.س": "SAR", "د.إ": "AED", "egp": "EGP", "ج.م": "EGP", "kes": "KES",
    "ngn": "NGN", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    # (stop 48) the words PRICE reads after a number since (automaton.CURRENCY_WORDS_AFTER)
    "kd": "KWD", "kwd": "KWD", "bhd": "BHD", "din.": "RSD", "din": "RSD", "лв.": "BGN",
    "лв": "BGN", "bgn": "BGN", "rsd": "RSD", "gs": "PYG", "tsh": "TZS", "tzs": "TZS",
    "ugx": "UGX", "cfa": "XOF", "fcfa": "XOF", "xof": "XOF", "xaf": "XAF", "pyg": "PYG",
    "mnt": "MNT", "azn": "AZN",
}


def _alternatives(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_SIGN_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<code>" + _alternatives(_BEFORE) + r")\s?(?P<number>" + _NUMBER + r")"
    + _MULTIPLIER + r"(?![\d%])", re.IGNORECASE)
_WORD_AFTER = re.compile(
    r"(?<![A-Za-z\d.,])(?P<number>" + _NUMBER + r")" + _MULTIPLIER + r"\s?(?P<code>"
    + _alternatives(_AFTER) + r")(?![A-Za-z])", re.IGNORECASE)
_BEFORE_TERMS = re.compile(r"(?<![A-Za-z\d.,])(?P<number>\d{2,}(?:\.\d{1,2})?)"
                           r"(?=\s?(?:包邮|包郵|含运|含郵|不刀|不议价|不議價))")
_PRICE_WORD = re.compile(r"[价價][:：]?\s?(?P<number>\d+(?:\.\d{1,2})?)(?![\d.%])")
_MULTIPLIERS = {"k": 1_000, "千": 1_000, "w": 10_000, "万": 10_000}


def _value(match: re.Match) -> float:
    value = float(match.group("number").replace(",", ""))
    mult = match.group("mult")
    return value * _MULTIPLIERS[mult.lower()] if mult else value


def amounts(text: str, yuan_per: dict[str, float]) -> list[float | None]:
    """Every price written in ``text``, in yuan (``None``: a currency ``yuan_per`` lacks), in the
    order written. A number read by a sign before it is not read again by a word after it."""
    found: list[tuple[int, int, float | None]] = []
    for pattern, table in ((_SIGN_BEFORE, _BEFORE), (_WORD_AFTER, _AFTER)):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < high and low < end for low, high, _ in found):
                continue
            code = match.group("code")
            currency = table.get(code) or table.get(code.lower()) or table.get(code.upper())
            rate = yuan_per.get(currency) if currency else None
            found.append((start, end, None if rate is None else _value(match) * rate))
    # the trade's bare forms and slang PRICE reads (49.9, 到手88, 288出, 198r, 109块, 450米 ...):
    # yuan, the currency of the platforms these are written on
    for match in PRICE.finditer(text):
        start, end = match.span()
        if any(start < high and low < end for low, high, _ in found):
            continue
        number = re.match(_NUMBER, match.group().lstrip("$¥￥€£💰 "))
        rate = yuan_per.get("CNY")
        found.append((start, end, None if number is None or rate is None
                      else float(number.group().replace(",", "")) * rate))
    # a number the trade's terms follow (99包邮, 320包邮, 45包邮, 69含运, 159不刀): the price
    # the buyer pays, which PRICE leaves to the sale word (包邮 is one)
    # and a number a price word opens (原价1999, 现价199, 售价：88): what the buyer pays, or
    # what the goods cost elsewhere (a floor is read only when every price is under it)
    for pattern in (_BEFORE_TERMS, _PRICE_WORD):
        for match in pattern.finditer(text):
            start, end = match.span("number")
            if any(start < high and low < end for low, high, _ in found):
                continue
            rate = yuan_per.get("CNY")
            found.append((start, end, None if rate is None
                          else float(match.group("number")) * rate))
    return [value for _, _, value in sorted(found)]


def under_floor(prices: list[float | None], floor: float | None) -> bool:
    """Whether a record's prices are all known and all under a mark's declared floor (none
    written: no)."""
    return bool(floor) and bool(prices) and all(
        value is not None and value < floor for value in prices)
