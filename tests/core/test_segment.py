"""The news-aware splitter, case by case: each text and the sentences a reader sees in it."""
from __future__ import annotations

import pytest

from compareapp.core.segment import (BODY, HEADING, LIST_ITEM, TABLE_ROW, find_dateline, paragraph_spans,
                                     segment, split_paragraphs, split_sentences)

CASES = [
    # abbreviations
    ("U.S. officials said the talks would resume. They gave no date.",
     ["U.S. officials said the talks would resume.", "They gave no date."]),
    ("The plan won support in the U.S. Congress on Tuesday.",
     ["The plan won support in the U.S. Congress on Tuesday."]),
    ("Aid arrived from the U.S. The first convoy crossed at dawn.",
     ["Aid arrived from the U.S.", "The first convoy crossed at dawn."]),
    ("Gen. Mark Milley met Lt. Col. Anna Berg in Brussels.",
     ["Gen. Mark Milley met Lt. Col. Anna Berg in Brussels."]),
    ("The ceasefire began on Jan. 5 and collapsed by Feb. 2. Fighting resumed.",
     ["The ceasefire began on Jan. 5 and collapsed by Feb. 2.", "Fighting resumed."]),
    ("Mr. Smith and Mrs. Jones met Dr. Patel at St. Mary's hospital.",
     ["Mr. Smith and Mrs. Jones met Dr. Patel at St. Mary's hospital."]),
    ("Resolution No. 2231 was adopted. Iran objected.",
     ["Resolution No. 2231 was adopted.", "Iran objected."]),
    ("Shares of Acme Inc. rose 4% on Monday. Analysts were surprised.",
     ["Shares of Acme Inc. rose 4% on Monday.", "Analysts were surprised."]),
    ("The meeting starts at 9 a.m. Monday in Geneva.",
     ["The meeting starts at 9 a.m. Monday in Geneva."]),
    ("The vote ended at 11 p.m. The result was announced at midnight.",
     ["The vote ended at 11 p.m.", "The result was announced at midnight."]),
    ("Prof. Ivanova, e.g. in her book, argues otherwise. Others disagree.",
     ["Prof. Ivanova, e.g. in her book, argues otherwise.", "Others disagree."]),
    ("Sen. Warren and Rep. Cole spoke on Sept. 12. Both opposed the bill.",
     ["Sen. Warren and Rep. Cole spoke on Sept. 12.", "Both opposed the bill."]),
    # decimals, numbers
    ("More than 1.2 million people fled. Another 3.5 million were displaced.",
     ["More than 1.2 million people fled.", "Another 3.5 million were displaced."]),
    ("Prices rose 0.4 percent in May, the agency said.",
     ["Prices rose 0.4 percent in May, the agency said."]),
    ("The war began in 2022. 2023 brought no peace.",
     ["The war began in 2022.", "2023 brought no peace."]),
    ("The budget is $4.5bn. Ministers approved it.",
     ["The budget is $4.5bn.", "Ministers approved it."]),
    # initials
    ("J. R. R. Tolkien wrote the book in Oxford.",
     ["J. R. R. Tolkien wrote the book in Oxford."]),
    ("George W. Bush visited Kyiv in 2008. He met Viktor Yushchenko.",
     ["George W. Bush visited Kyiv in 2008.", "He met Viktor Yushchenko."]),
    ("В. Зеленський виступив у суботу. Він закликав до переговорів.",
     ["В. Зеленський виступив у суботу.", "Він закликав до переговорів."]),
    # quotations
    ("“We are ready. The ball is in Moscow's court. Peace is possible,” he said.",
     ["“We are ready.", "The ball is in Moscow's court.", "Peace is possible,” he said."]),
    ("He said: “We will not give up.” Next, he left the room.",
     ["He said: “We will not give up.”", "Next, he left the room."]),
    ("“Why now?” Peskov asked. Nobody answered.",
     ["“Why now?” Peskov asked.", "Nobody answered."]),
    ("“Enough!” shouted a protester outside the building.",
     ["“Enough!” shouted a protester outside the building."]),
    ("The minister said the offer was \"serious.\" The Kremlin disagreed.",
     ["The minister said the offer was \"serious.\"", "The Kremlin disagreed."]),
    ("“Everything must be done,” Zelensky said. “The other side must stop hiding.”",
     ["“Everything must be done,” Zelensky said.", "“The other side must stop hiding.”"]),
    ("She called it ‘a turning point.’ Others were cautious.",
     ["She called it ‘a turning point.’", "Others were cautious."]),
    ("He described the strike as \"barbaric\". Officials said 12 people died.",
     ["He described the strike as \"barbaric\".", "Officials said 12 people died."]),
    ("«Ми готові до переговорів», — сказав він. Кремль мовчить.",
     ["«Ми готові до переговорів», — сказав він.", "Кремль мовчить."]),
    # question and exclamation marks, ellipses
    ("Is peace possible? Many doubt it! Talks start Monday.",
     ["Is peace possible?", "Many doubt it!", "Talks start Monday."]),
    ("The talks stalled... Then came the offer.",
     ["The talks stalled...", "Then came the offer."]),
    ("The talks stalled… and then came the offer.",
     ["The talks stalled… and then came the offer."]),
    ("What next?! Nobody knows.",
     ["What next?!", "Nobody knows."]),
    # dashes
    ("The deal — signed in Geneva — takes effect today.",
     ["The deal — signed in Geneva — takes effect today."]),
    ("It was Europe's bloodiest conflict since World War II. Peace seemed far off.",
     ["It was Europe's bloodiest conflict since World War II.", "Peace seemed far off."]),
    ("The region lost power – again. Repairs began overnight.",
     ["The region lost power – again.", "Repairs began overnight."]),
    # glued sentences from scrapers, and things that only look glued
    ("The launch was delayed this week.The satellite will fly in May.",
     ["The launch was delayed this week.", "The satellite will fly in May."]),
    ("Officials said no.Talks are off, they added.",
     ["Officials said no.", "Talks are off, they added."]),
    ("Details are on www.example.Com and in the U.S.A report.",
     ["Details are on www.example.Com and in the U.S.A report."]),
    ("Was it worth it?The answer came later.",
     ["Was it worth it?", "The answer came later."]),
    # parentheses and brackets
    ("The agency (which declined to comment.) Then it published a note.",
     ["The agency (which declined to comment.)", "Then it published a note."]),
    ("(The figures are provisional.) They may change.",
     ["(The figures are provisional.)", "They may change."]),
    # lowercase continuation never splits
    ("The U.S. and the E.U. agreed. talks follow.",
     ["The U.S. and the E.U. agreed. talks follow."]),
    ("Tel.: 555 0101 or write to the office.",
     ["Tel.: 555 0101 or write to the office."]),
    ("The vote is set for Nov. 3, officials said.",
     ["The vote is set for Nov. 3, officials said."]),
    ("The protest reached Washington, D.C. The police closed the roads.",
     ["The protest reached Washington, D.C.", "The police closed the roads."]),
    ("Schools close on Martin Luther King Jr. Day every year.",
     ["Schools close on Martin Luther King Jr. Day every year."]),
    ("“Stop!” Police said. The crowd dispersed.",
     ["“Stop!” Police said.", "The crowd dispersed."]),
    ("“Are we ready?” Yes, the minister insisted.",
     ["“Are we ready?”", "Yes, the minister insisted."]),
    ("“It is over.” Zelensky said on Monday that talks would go on.",
     ["“It is over.”", "Zelensky said on Monday that talks would go on."]),
    ("The U.S.-led coalition struck at approx. 50 sites. Dozens died.",
     ["The U.S.-led coalition struck at approx. 50 sites.", "Dozens died."]),
    # Chinese and Japanese: no space after 。！？, closing marks stay with their sentence
    ("乌克兰总统周六提议举行新一轮谈判。俄罗斯尚未回应。",
     ["乌克兰总统周六提议举行新一轮谈判。", "俄罗斯尚未回应。"]),
    ("和平可能吗？许多人怀疑！谈判周一开始。",
     ["和平可能吗？", "许多人怀疑！", "谈判周一开始。"]),
    ("真的吗？！没有人知道。", ["真的吗？！", "没有人知道。"]),
    ("价格上涨了3.5%。分析人士感到意外。", ["价格上涨了3.5%。", "分析人士感到意外。"]),
    ("他在会上说：“我们准备好了。”随后离开了会场。",
     ["他在会上说：“我们准备好了。”", "随后离开了会场。"]),
    ("“我们准备好了。”他说。", ["“我们准备好了。”他说。"]),
    ("“我们准备好了。球在莫斯科一边。”外交部长表示，“和平是可能的。”",
     ["“我们准备好了。", "球在莫斯科一边。”外交部长表示，“和平是可能的。”"]),
    ("谈判取得了进展……但分歧仍然存在。", ["谈判取得了进展……但分歧仍然存在。"]),
    ("首相は土曜日に会見した。交渉は来週再開される。",
     ["首相は土曜日に会見した。", "交渉は来週再開される。"]),
    ("「準備はできている。」と首相は述べた。", ["「準備はできている。」と首相は述べた。"]),
    ("『戦争は終わった。』彼女の言葉に会場は沸いた。",
     ["『戦争は終わった。』", "彼女の言葉に会場は沸いた。"]),
    ("彼は「平和は可能だ」と語った｡記者団は沈黙した｡", ["彼は「平和は可能だ」と語った｡", "記者団は沈黙した｡"]),
    ("北京时间周六。 Talks resume on Monday.", ["北京时间周六。", "Talks resume on Monday."]),
    # Devanagari danda, and "?" before a script without capitals
    ("प्रधानमंत्री ने शनिवार को बातचीत की पेशकश की। रूस ने अभी तक जवाब नहीं दिया।",
     ["प्रधानमंत्री ने शनिवार को बातचीत की पेशकश की।", "रूस ने अभी तक जवाब नहीं दिया।"]),
    ("क्या शांति संभव है? कई लोगों को संदेह है।", ["क्या शांति संभव है?", "कई लोगों को संदेह है।"]),
    ("डॉ. मनमोहन सिंह ने भाषण दिया। सभा शांत रही।", ["डॉ. मनमोहन सिंह ने भाषण दिया।", "सभा शांत रही।"]),
    ("“हम तैयार हैं।” उन्होंने कहा।", ["“हम तैयार हैं।” उन्होंने कहा।"]),
    ("“हम तैयार हैं।” रूस ने अभी तक जवाब नहीं दिया।", ["“हम तैयार हैं।”", "रूस ने अभी तक जवाब नहीं दिया।"]),
    ("हे राम॥ अगली पंक्ति।", ["हे राम॥", "अगली पंक्ति।"]),
    ("هل السلام ممكن؟ كثيرون يشكون.", ["هل السلام ممكن؟", "كثيرون يشكون."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(text, expected):
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == expected


def test_at_least_forty_cases():
    assert len(CASES) >= 40


def _sentences(text):
    paragraphs, sentences = segment(text)
    return [(text[s.start:s.end], s.paragraph, s.dateline) for s in sentences]


def test_offsets_are_absolute_inside_a_larger_text():
    text = "Headline here\n\nFirst one. Second one."
    start = text.index("First")
    spans = split_sentences(text, start, len(text))
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert spans[0][0] == start


def test_headline_without_full_stop_is_its_own_paragraph_and_sentence():
    text = "Ukraine offers talks next week\nKYIV — Ukraine offered talks. Russia did not reply."
    paragraphs = paragraph_spans(text)
    assert [text[p.start:p.end] for p in paragraphs][0] == "Ukraine offers talks next week"
    assert paragraphs[0].kind == HEADING and paragraphs[1].kind == BODY
    got = _sentences(text)
    assert got[0] == ("Ukraine offers talks next week", 0, False)


@pytest.mark.parametrize("text,dateline,first,place,outlet", [
    ("KYIV — Ukraine offered talks on Saturday.", "KYIV —", "Ukraine offered talks on Saturday.", "KYIV", None),
    ("date 2025-07-19 KYIV — Ukraine offered talks.", "date 2025-07-19 KYIV —", "Ukraine offered talks.", "KYIV", None),
    ("WASHINGTON (Reuters) - The White House said nothing.", "WASHINGTON (Reuters) -",
     "The White House said nothing.", "WASHINGTON", "Reuters"),
    ("Kyiv (National Times): Ukraine has offered talks.", "Kyiv (National Times):",
     "Ukraine has offered talks.", "Kyiv", "National Times"),
    ("NEW YORK, July 19 (AP) — Markets fell.", "NEW YORK, July 19 (AP) —", "Markets fell.", "NEW YORK", "AP"),
    ("KHARKIV, Ukraine — Sirens sounded at dawn.", "KHARKIV, Ukraine —", "Sirens sounded at dawn.", "KHARKIV", None),
    ("КИЇВ — Президент заявив про переговори.", "КИЇВ —", "Президент заявив про переговори.", "КИЇВ", None),
    ("Kyiv (AFP) — Talks resume on Monday.", "Kyiv (AFP) —", "Talks resume on Monday.", "Kyiv", "AFP"),
])
def test_datelines_are_one_sentence_of_their_own(text, dateline, first, place, outlet):
    got = _sentences(text)
    assert got[0] == (dateline, 0, True)
    assert got[1] == (first, 0, False)
    found = find_dateline(text, 0, len(text))
    assert (found.place, found.outlet) == (place, outlet)


def test_no_dateline_in_ordinary_sentences():
    for text in ("Ukraine offered talks — again — on Saturday.", "The U.S. — and its allies — agreed.",
                 "Peace (at last): a report.", "In Kyiv (Ukraine's capital): Talks resumed.",
                 "BREAKING — Talks collapse.", "EXCLUSIVE: Talks collapse."):
        assert find_dateline(text, 0, len(text)) is None, text
    text = "First paragraph here.\nSecond one.\nThird one.\nFourth one.\nNATO — the alliance — met."
    assert not any(dl for _, _, dl in _sentences(text))


def test_chinese_and_hindi_paragraphs_are_body_text_not_headlines():
    text = "乌克兰提议谈判\n乌克兰总统周六提议举行新一轮谈判。俄罗斯尚未回应。\nरूस ने अभी तक जवाब नहीं दिया।"
    assert [p.kind for p in paragraph_spans(text)] == [HEADING, BODY, BODY]
    assert [s for s, _, _ in _sentences(text)] == [
        "乌克兰提议谈判", "乌克兰总统周六提议举行新一轮谈判。", "俄罗斯尚未回应。", "रूस ने अभी तक जवाब नहीं दिया।"]


# Whole reports: the dateline the splitter flags (and metadata reads) or None.
DATELINES = [
    ("KYIV — Ukraine offered Russia new talks on Saturday, the president said.", "KYIV —", "KYIV", None),
    ("WASHINGTON, July 19 (Reuters) - The White House said nothing about the talks on Friday.",
     "WASHINGTON, July 19 (Reuters) -", "WASHINGTON", "Reuters"),
    ("Kyiv (National Times): Ukraine has offered Russia new talks next week.",
     "Kyiv (National Times):", "Kyiv", "National Times"),
    ("LONDON, Jan. 3 — The Bank of England kept interest rates on hold on Thursday.",
     "LONDON, Jan. 3 —", "LONDON", None),
    ("SAN FRANCISCO — The company said on Monday that it would cut 500 jobs.", "SAN FRANCISCO —",
     "SAN FRANCISCO", None),
    ("Talks resume in Geneva\nROME — Pope Leo called for peace talks on Sunday in his address.",
     "ROME —", "ROME", None),
    ("GAO, Mali — Gunmen attacked an army post overnight, officials said on Monday.", "GAO, Mali —", "GAO", None),
    ("ST. LOUIS (AP) — A federal judge blocked the law on Friday, court papers show.", "ST. LOUIS (AP) —",
     "ST. LOUIS", "AP"),
    ("KYIV — NATO leaders met in Kyiv on Monday. NATO said more air defence would follow.", "KYIV —", "KYIV", None),
    ("KYIV — Russia attacked the capital overnight with drones and missiles.\n"
     "UPDATE — The death toll rose to 12 on Monday, officials said.", "KYIV —", "KYIV", None),
    ("TALKS IN KYIV\nKYIV — Ukraine offered Russia new talks on Saturday, the president said.", "KYIV —", "KYIV", None),
    ("UKRAINE — Talks resume\nKYIV — Ukraine offered Russia new talks on Saturday, the president said.",
     "KYIV —", "KYIV", None),
    ("KYIV — Ukraine offered Russia new talks on Saturday, the president said.\n\n"
     "KYIV — A second story from the same city: sirens sounded at dawn.", "KYIV —", "KYIV", None),
    # an organisation opening a sentence, labels, headlines, briefings, the middle of a text
    ("NATO — the alliance's chief said on Monday that troops would stay in the Baltics.", None, None, None),
    ("NATO — Alliance chief Mark Rutte said on Monday that troops would stay in the Baltics.", None, None, None),
    ("EU — The bloc agreed new sanctions on Russia on Friday after a long debate.", None, None, None),
    ("U.N. — The Security Council met in an emergency session on Sunday night.", None, None, None),
    ("G7 — Leaders of the world's richest democracies met in Italy on Thursday.", None, None, None),
    ("ECOWAS — Leaders met in Abuja on Sunday. ECOWAS said the junta must hand over power.", None, None, None),
    ("UPDATE — The death toll rose to 12 on Monday, officials said in a statement.", None, None, None),
    ("GENEVA TALKS — RUSSIA WALKS OUT OF THE ROOM AFTER TWO HOURS.\nThe talks ended on Monday.", None, None, None),
    ("Ukraine — Russia talks: what we know\nTalks resumed in Geneva on Monday after a month of silence.",
     None, None, None),
    ("UKRAINE — WHAT WE KNOW\nTalks resumed in Geneva on Monday after a month of silence.", None, None, None),
    ("Talks resumed in Geneva on Monday after a month of silence.\n"
     "NATO — Alliance chief Mark Rutte said troops would stay.", None, None, None),
    ("Talks resumed in Geneva on Monday after a month of silence.\n"
     "GAZA — Aid trucks crossed the border on Monday, officials said.", None, None, None),
    ("UKRAINE — Russia launched 40 drones at Kyiv overnight, officials said.\n"
     "NATO — Alliance leaders agreed to send more air defence.\nGAZA — Aid trucks crossed at Rafah.", None, None, None),
    # capitals then a colon (Indian and Pakistani papers)
    ("NEW DELHI: Prime Minister Narendra Modi on Monday said India would host the summit next year.",
     "NEW DELHI:", "NEW DELHI", None),
    ("Modi to host summit\nISLAMABAD, Jan 5: The federal cabinet on Monday approved the budget after a debate.",
     "ISLAMABAD, Jan 5:", "ISLAMABAD", None),
    # a place in ordinary case before a spaced dash, at the start of the lead
    ("Manchester — Flood waters began to recede on Sunday after three days of heavy rain.",
     "Manchester —", "Manchester", None),
    ("Floods recede in the north\nKyiv — Ukraine offered Russia new talks on Saturday, the president said.",
     "Kyiv —", "Kyiv", None),
    ("Manchester, England — Flood waters began to recede on Sunday, the city council said.",
     "Manchester, England —", "Manchester", None),
    ("The Hague — Judges at the International Criminal Court ruled on Monday that the case can go ahead.",
     "The Hague —", "The Hague", None),
    # Xinhua, spaced or not; a dash without spaces after a place in capitals
    ("BEIJING, Jan 5 (Xinhua) -- China's exports rose 5 percent in December, official data showed.",
     "BEIJING, Jan 5 (Xinhua) --", "BEIJING", "Xinhua"),
    ("BEIJING, Jan. 5 (Xinhua)--China's exports rose 5 percent in December, official data showed.",
     "BEIJING, Jan. 5 (Xinhua)--", "BEIJING", "Xinhua"),
    ("WASHINGTON—The Senate passed the spending bill late on Friday, averting a shutdown.",
     "WASHINGTON—", "WASHINGTON", None),
    # labels with a colon, notes, pictures, headlines, names and transcripts are not datelines
    ("UPDATE: The death toll rose to 12 on Monday, officials said in a statement.", None, None, None),
    ("Talks resume\nUPDATE: The death toll rose to 12 on Monday, officials said in a statement.", None, None, None),
    ("WARNING: This story contains details that some readers may find distressing.", None, None, None),
    ("Note: This article was updated on Monday to correct the number of victims.", None, None, None),
    ("NOTE: This article was updated on Monday to correct the number of victims.", None, None, None),
    ("EDITOR'S NOTE: This story contains graphic descriptions of violence against civilians.", None, None, None),
    ("FILE - Russian President Vladimir Putin speaks during a meeting in Moscow on Monday.", None, None, None),
    ("Manchester — Floods Hit the North\nFlood waters began to recede on Sunday after three days of rain.",
     None, None, None),
    ("Kyiv — A City Holds Its Breath as the Sirens Sound Again.\nRussia attacked the capital overnight.",
     None, None, None),
    ("Zelenskyy — Ukraine's president since 2019 — said on Saturday that talks could resume next week.",
     None, None, None),
    ("Nato — Alliance chief Mark Rutte said on Monday that troops would stay in the Baltics.", None, None, None),
    ("In Kyiv — Talks resumed on Monday after a month of silence, officials said.", None, None, None),
    ("Update — The death toll rose to 12 on Monday, officials said in a statement.", None, None, None),
    ("Ukraine—Russia talks resumed on Monday in Geneva after a month of silence.", None, None, None),
    ("Kyiv: Talks resumed on Monday in Geneva after a month of silence, officials said.", None, None, None),
    ("PUTIN: We will respond to any attack on our territory, he told reporters.\n"
     "REPORTER: What about the talks?\nPUTIN: We are open to them.", None, None, None),
    ("Ukraine — Russia launched 40 drones at Kyiv overnight, officials said.\n"
     "Nato — Alliance leaders agreed to send more air defence.\nGaza — Aid trucks crossed at Rafah.", None, None, None),
    ("BREAKING: TALKS COLLAPSE IN GENEVA AFTER TWO HOURS OF MEETINGS.", None, None, None),
]


@pytest.mark.parametrize("text,dateline,place,outlet", DATELINES, ids=[c[0][:40] for c in DATELINES])
def test_datelines_in_whole_reports(text, dateline, place, outlet):
    from compareapp.core.reading import document_from_text

    flagged = [t for t, _, is_dateline in _sentences(text) if is_dateline]
    assert flagged == ([dateline] if dateline else [])
    meta = document_from_text("a.txt", text).meta
    assert (meta.place, meta.outlet) == (place, outlet)


def test_table_rows_are_paragraphs_and_sentences_of_their_own():
    # hard-wrapped prose around a markdown table: the rows never join its lines
    text = ("The government said on Monday that it would reopen the talks with\n"
            "the rebels next week, after a month in which no side moved at all\n"
            "| Region | Killed. Injured. | Note |\n"
            "|---|---|---|\n"
            "and the envoy will travel to Geneva on Sunday, his office said in\n"
            "a short note.\n")
    paragraphs = paragraph_spans(text)
    assert [p.kind for p in paragraphs] == [BODY, TABLE_ROW, TABLE_ROW, BODY]
    assert [s for s, _, _ in _sentences(text)][1:3] == ["| Region | Killed. Injured. | Note |", "|---|---|---|"]


def test_bullet_list_items_are_sentences_without_their_markers():
    text = "Key points:\n- Talks resume next week\n- 12 people were killed\n* Aid is delayed\n1. First item\n• Last one."
    paragraphs = paragraph_spans(text)
    assert [p.kind for p in paragraphs] == [BODY, LIST_ITEM, LIST_ITEM, LIST_ITEM, LIST_ITEM, LIST_ITEM]
    assert [s for s, _, _ in _sentences(text)] == [
        "Key points:", "Talks resume next week", "12 people were killed", "Aid is delayed",
        "First item", "Last one."]


def test_markdown_heading_sentence_excludes_the_hashes():
    text = "# Talks resume\n\nBody text here. More text."
    paragraphs = paragraph_spans(text)
    assert paragraphs[0].kind == HEADING
    assert [s for s, _, _ in _sentences(text)] == ["Talks resume", "Body text here.", "More text."]


def test_one_line_per_paragraph_and_blank_lines():
    text = "First paragraph. Two sentences.\nSecond paragraph.\n\n\nThird paragraph.\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "First paragraph. Two sentences.", "Second paragraph.", "Third paragraph."]


def test_hard_wrapped_text_joins_lines_into_paragraphs():
    text = ("The government said on Monday that it would reopen the talks with\n"
            "the rebels next week, after a month in which no side moved. The\n"
            "envoy will travel to Geneva.\n"
            "\n"
            "Fighting continued in the east, where shelling hit two villages and\n"
            "cut power to thousands of homes overnight.\n")
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) == 2
    got = [" ".join(text[s:e].split()) for s, e in split_sentences(text, *paragraphs[0])]
    assert got == ["The government said on Monday that it would reopen the talks with the rebels "
                   "next week, after a month in which no side moved.", "The envoy will travel to Geneva."]


def test_crlf_text_gives_clean_spans():
    text = "First line.\r\nSecond line. Third.\r\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["First line.", "Second line. Third."]


def test_every_sentence_is_inside_its_paragraph_and_in_order():
    text = ("Headline\nKYIV — One. Two “three. Four.” Five?\n- item\nU.S. aid.The end... Done!")
    paragraphs, sentences = segment(text)
    last = 0
    for s in sentences:
        p = paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        assert s.start >= last
        assert text[s.start:s.end] == text[s.start:s.end].strip()
        last = s.end


def test_headline_atop_a_hard_wrapped_block_stays_apart():
    text = ("Talks resume in Geneva\n"
            "GENEVA — The government said on Monday that it would reopen the talks\n"
            "with the rebels next week, after a month in which no side moved at all.\n"
            "The envoy will travel to Geneva on Sunday, his office said in a note.\n")
    got = _sentences(text)
    assert got[0] == ("Talks resume in Geneva", 0, False)
    assert got[1] == ("GENEVA —", 1, True)
    assert [" ".join(t.split()) for t, _, _ in got[2:]] == [
        "The government said on Monday that it would reopen the talks with the rebels next week, "
        "after a month in which no side moved at all.",
        "The envoy will travel to Geneva on Sunday, his office said in a note."]


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["The", "U.S.", "Gen.", "said", "he", "Kyiv", "KYIV —", "1.2", "“", "”", "\"", ".", "?", "!",
           "...", "…", " ", " ", " ", "\n", "\n\n", "\r\n", "- ", "# ", "a", "No.", "J.", "(", ")", "—",
           "week.The", "2025", "By Jane Doe", "date 2025-07-19", "Read also:", "’", "。", "「", "」", "他说", "।", "| ", " |"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_spans_cover_the_text_in_order_whatever_it_is(text):
    paragraphs, sentences = segment(text)
    last = 0
    for p in paragraphs:
        assert last <= p.start < p.end <= len(text)
        assert text[p.start:p.end] == text[p.start:p.end].strip()
        last = p.end
    covered = set()
    last = 0
    for s in sentences:
        p = paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end and s.start >= last
        assert text[s.start:s.end] == text[s.start:s.end].strip()
        covered.update(range(s.start, s.end))
        last = s.end
    # every visible character after a paragraph's list marker belongs to a sentence
    for p in paragraphs:
        for i in range(p.content_start, p.end):
            assert text[i].isspace() or i in covered, (text, i)


def test_a_leading_date_without_a_place_is_its_own_flagged_sentence():
    text = "date 2025-07-19 Ukrainian President Volodymyr Zelenskyy offered new talks on Saturday."
    got = _sentences(text)
    assert got == [("date 2025-07-19", 0, True),
                   ("Ukrainian President Volodymyr Zelenskyy offered new talks on Saturday.", 0, False)]
    assert find_dateline(text, 0, len(text)).date == "2025-07-19"
