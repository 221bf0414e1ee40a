"""Bytes of a plain-text file -> str, with the encoding found.

Order: a BOM (UTF-8, UTF-16, UTF-32) decides; then strict UTF-8; then text that
is UTF-8 but for a few damaged bytes is read as UTF-8 with U+FFFD in their
place (what a user expects: the rest of a UTF-8 file intact, not re-read as
mojibake); otherwise charset-normalizer guesses a legacy code page (cp1251
Ukrainian, cp1252 Western ...), skipping its guesses that no report reads
like (see _implausible). Binary files dressed as text are refused.
"""
from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC do).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_SAMPLE = 64 * 1024


class NotText(ValueError):
    """The bytes are not text in any encoding we can read; str() is the reason."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > max(2, len(sample) // 200)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM: every other byte NUL for Latin text."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    encoding = "utf-16-le" if odd > 0.7 * half and even < 0.1 * half else \
        "utf-16-be" if even > 0.7 * half and odd < 0.1 * half else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes: decode with replacement when the valid
    multi-byte characters outnumber the broken bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    return text if good > bad else None


# Single-byte Latin code pages that charset-normalizer confuses on short texts.
_LATIN_PAGES = {"cp1250", "cp1252", "cp1257", "latin_1", "iso8859_2", "iso8859_4", "iso8859_10",
                "iso8859_13", "iso8859_15", "cp775", "cp850", "cp852", "mac_latin2", "mac_roman"}


_HALFWIDTH_KANA_RE = re.compile("[\uff61-\uff9f]")
_LATIN_WORD_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{4,}")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")
# a capital right after a small letter (Latin, Greek, Cyrillic)
_CASE_FLIP_RE = re.compile("[a-z\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f][A-Z\u00c0-\u00de\u0386-\u03ab\u0400-\u042f]")


def _implausible(text: str) -> bool:
    """A guess no report reads like. On short or capitals-only Cyrillic the
    detector may say Shift-JIS (half-width katakana: "ﾇﾅﾋﾅﾍﾑﾜﾊﾈﾉ", which
    Japanese news never runs in), and on a Cyrillic name inside English a
    Latin page ("Çĺëĺíńüęčé": words of accented letters only, which no Latin
    language writes), or KOI8 Russian read as cp1251 ("рТЕЪЙДЕОФ": a capital
    right after a small letter, inside a word), or a Western page read as
    cp1251 ("cafй": Latin and Cyrillic letters in one word)."""
    sample = text[:_SAMPLE]
    kana = len(_HALFWIDTH_KANA_RE.findall(sample))
    if kana and kana * 2 >= len(sample) - len(sample.encode("ascii", "ignore")):
        return True
    words = [w for w in _LATIN_WORD_RE.findall(sample) if not w.isascii()]
    odd = sum(1 for w in words if sum(ord(ch) > 127 for ch in w) * 4 >= len(w) * 3)
    if odd > 0 and odd * 10 >= len(words) * 3:
        return True
    words = [w for w in _WORD_RE.findall(sample) if not w.isascii()]
    flips = sum(1 for w in words if _CASE_FLIP_RE.search(w) or (_CYRILLIC_RE.search(w) and _LATIN_RE.search(w)))
    return flips > 0 and flips * 10 >= len(words) * 3


def _fewer_letters(text: str, other: str) -> bool:
    """Two single-byte decodings of the same bytes: whether ``text`` has
    fewer letters inside words where they differ (cp1252 "powiedzia³" beside
    cp1250 "powiedział"; "naïve" and "naďve" are letters alike, and "m³",
    "£5" make no word of three letters in either)."""
    text, other = text[:_SAMPLE], other[:_SAMPLE]
    in_words = [set(), set()]
    for k, decoded in enumerate((text, other)):
        for m in _WORD_RE.finditer(decoded):
            in_words[k].update(range(m.start(), m.end()))
    diff = [i for i, (a, b) in enumerate(zip(text, other)) if a != b]
    return sum(i in in_words[0] for i in diff) < sum(i in in_words[1] for i in diff)


def _legacy(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    sample = data[: 4 * _SAMPLE]
    # the detector's guesses, best first, then the code pages Cyrillic and
    # Western reports use most; if none reads plausibly, the detector's best
    results = from_bytes(sample)
    guesses = [r.encoding for r in results]
    for encoding in guesses + ["cp1251", "cp1252", "koi8_r"]:
        try:
            if not _implausible(sample.decode(encoding, errors="ignore")):
                break
        except LookupError:
            continue
    else:
        if not guesses:
            return None
        encoding = guesses[0]
    chosen = sample.decode(encoding, errors="ignore")
    known = [r.chaos for r in results if r.encoding == encoding]
    chaos = known[0] if known else mess_ratio(chosen[:_SAMPLE], 1.0)
    # On a short Western text cp1250, cp1257 and cp1252 all look clean to the
    # detector ("naïve" vs "naďve"); cp1252, by far the most used, wins unless
    # it reads as mess (Polish "ł" comes out as "³" there).
    if encoding in _LATIN_PAGES and encoding != "cp1252":
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and mess_ratio(western[:_SAMPLE], 1.0) <= chaos + 0.01 \
                and not _implausible(western) and not _fewer_letters(western[:len(chosen)], chosen):
            encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises NotText with a plain reason."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.replace("-sig", "")), encoding.replace("-sig", "")
            except UnicodeDecodeError:
                raise NotText(f"damaged {encoding.replace('-sig', '').upper()} text") from None
    if b"\x00" in data[:_SAMPLE]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16"
        raise NotText("not text (binary)")
    if _looks_binary(data):
        raise NotText("not text (binary)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        bad = text.count("\ufffd")
        return text, f"utf-8 ({bad} damaged byte{'s' if bad != 1 else ''} shown as \ufffd)"
    legacy = _legacy(data)
    if legacy is None:
        raise NotText("text in an unknown encoding")
    return legacy
