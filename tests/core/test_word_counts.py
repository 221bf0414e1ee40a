"""Word counts: what the sources list, the shares and the exports show."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from compareapp.core.model import count_words
from compareapp.core.reading import document_from_text

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
# The counter before Chinese and Japanese were counted by character: Latin,
# Cyrillic and the other spaced scripts must count exactly as they did.
_OLD_WORD_RE = re.compile(r"[^\W_]+(?:[’'\-.,][^\W_]+)*")

CASES = [
    ("Talks resume next week, officials said.", 6),
    ("don't face-to-face U.S. 1.2 10,000", 5),
    ("Президент України запропонував переговори.", 4),
    ("서울에서 회담이 열렸다.", 3),  # Korean puts spaces between words
    ("乌克兰总统周六提议举行新一轮谈判。", 16),  # each Han character one word, the full stop none
    ("東京で会議が開かれた。", 10),  # Kanji and Hiragana alike
    ("ソニーの新製品", 7),  # Katakana with its long-vowel mark
    ("ｿﾆｰ", 3),  # half-width Katakana
    ("5G网络覆盖北京,上海", 9),  # a Latin token inside Chinese, and a comma that once glued two words
    ("“我们准备好了。”他说。", 8),
    ("佐々木さん said “はい”.", 8),  # the iteration mark is a character of the name
    ("Xi Jinping (习近平) met Biden.", 7),
]


@pytest.mark.parametrize("text,words", CASES, ids=[c[0][:24] for c in CASES])
def test_word_counts(text, words):
    assert count_words(text) == words


def test_latin_and_cyrillic_counts_do_not_change():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    texts.append("Зеленський заявив: «Ми готові». Kremlin's spokesman — Dmitry Peskov — said 3.5%.")
    for text in texts:
        assert count_words(text) == len(_OLD_WORD_RE.findall(text))


def test_a_chinese_report_counts_its_characters_not_its_sentences():
    text = "乌克兰提议谈判\n乌克兰总统周六提议举行新一轮谈判。俄罗斯尚未回应。"
    doc = document_from_text("zh.txt", text)
    assert [s.words for s in doc.sentences] == [7, 16, 7]
    assert doc.words == 30
