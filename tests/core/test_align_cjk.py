"""Chinese and Japanese reports, written without spaces, align like any other:
their runs of characters are read as character pairs, and a changed word is
the characters that changed, not the whole clause."""
from compareapp import compare_texts
from compareapp.core.align.normalize import terms

WIRE = ("国家统计局周三公布，去年经济增长百分之五。"
        "出口增长强劲，消费仍然疲软。"
        "官员说，明年的目标将在三月公布。")
REWRITE = ("国家统计局周三表示，去年经济增长百分之五。"
           "官员表示，明年的目标将于三月公布。"
           "一家外国银行的分析师对前景表示乐观。")


def test_character_runs_become_pairs_and_latin_words_stay_whole():
    assert terms("经济增长") == ["经济", "济增", "增长"]
    assert terms("The economy grew") == terms("The economy grew")  # unchanged for spaced scripts
    assert "econom" in terms("The economy grew")


def test_chinese_rewrites_link_their_counterparts_and_keep_their_own_sentences_unique():
    r = compare_texts({"wire.txt": WIRE, "rewrite.txt": REWRITE})
    wire = r.document("wire.txt").sentences
    rewrite = r.document("rewrite.txt").sentences
    assert len(wire) == 3 and len(rewrite) == 3
    linked = {frozenset((r.sentence(l.a).text[:4], r.sentence(l.b).text[:4])) for l in r.links}
    assert linked == {frozenset(["国家统计"]), frozenset(["官员说，", "官员表示"])}
    assert r.status(wire[1].id) == "unique" and r.status(rewrite[2].id) == "unique"


def test_changed_words_are_the_characters_that_changed():
    r = compare_texts({"wire.txt": WIRE, "rewrite.txt": REWRITE})
    lead = next(l for l in r.links if r.sentence(l.a).text.startswith("国家"))
    here_there = {(c.a_text, c.b_text) if r.sentence(lead.a).doc_id == "wire.txt" else (c.b_text, c.a_text)
                  for c in lead.changes}
    assert here_there == {("公布", "表示")}
