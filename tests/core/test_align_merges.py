"""A sentence that says in one what another report says in two adjacent ones
links to both pieces; a neighbour that merely shares a name or the topic does not."""
from compareapp import compare_texts

MERGED = """A landslide blocked the coastal railway near Varnholm early on Friday after two days of heavy rain.
The regional transport authority has suspended all services on the line, and engineers are assessing damage to a bridge south of the town.
No trains are expected to run before Monday, the authority said.
Bus replacement services will run between Varnholm and Esby."""
SPLIT = """Heavy rain over two days set off a landslide that cut the coastal railway near Varnholm on Friday morning.
The regional transport authority has halted all trains.
Engineers were inspecting a damaged bridge south of the town in the afternoon.
The authority does not expect trains to run again before Monday.
Replacement buses will link Varnholm and Esby."""


def _partners(r, doc, snippet):
    s = next(x for x in r.document(doc).sentences if snippet in x.text)
    return sorted(r.sentence(k.other(s.id)).text for k in r.links_of(s.id))


def test_a_merged_sentence_links_to_both_pieces():
    r = compare_texts({"a.txt": MERGED, "b.txt": SPLIT})
    partners = _partners(r, "a.txt", "has suspended all services")
    assert [p[:20] for p in partners] == ["Engineers were inspe", "The regional transpo"]
    # and the three sentences are one passage
    group = next(g for g in r.groups if any("suspended" in r.sentence(m).text for m in g.members))
    assert len(group.members) == 3


def test_a_neighbour_sharing_only_a_name_stays_out():
    a = """Mayor Ilse Brandt opened the new city library on Saturday morning.
The building has room for 200,000 books and a children's theatre.
Entry will be free for the first year."""
    b = """Mayor Ilse Brandt cut the ribbon at the new city library on Saturday.
Brandt, who was elected in 2021, faces a vote on her budget next week.
The library can hold 200,000 books and has a theatre for children.
Visitors will not pay to enter during the first year."""
    r = compare_texts({"a.txt": a, "b.txt": b})
    assert [p[:20] for p in _partners(r, "a.txt", "opened the new city library")] == ["Mayor Ilse Brandt cu"]
