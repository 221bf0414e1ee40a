"""Write the .docx reports of the held-out stories (run from anywhere):

    .venv/bin/python tests/data/stories/make_docx.py

The text of each Word report lives here (a .txt beside it would be read as a
report of its own); the generated .docx files are committed. Core properties
carry fixed dates so that only python-docx's zip timestamps change between runs.
"""
from __future__ import annotations

import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

REPORTS = {
    "pavlodar-plant-fire/eurasia-daily.docx": {
        "title": "Death toll in Pavlodar plant fire rises to eight",
        "author": "Eurasia Daily staff",
        "date": datetime.datetime(2025, 11, 12, 21, 30),
        "byline": "Eurasia Daily | Pavlodar | 12 November 2025",
        "paragraphs": [
            "The number of people killed in a fire at a battery recycling plant in Pavlodar rose to eight on "
            "Wednesday evening after an injured worker died in hospital, the regional health department said.",
            "Eighteen other people remain in hospital, four of them in a serious condition. Two of the injured "
            "were flown to Astana for treatment of severe burns.",
            "The fire broke out just before midnight on Tuesday in a warehouse at the Irtysh Recycling plant where "
            "workers sort old lithium-ion batteries before they are shredded. About 60 people were on shift at the time.",
            "Emergency crews battled the flames for almost ten hours. Some 150 firefighters took part, according to "
            "the Emergency Situations Ministry, whose spokesman Daniyar Seitkali said the roof of the hall fell in "
            "less than an hour after the fire started.",
            "“Lithium cells burn at enormous temperatures and flare up again and again,” Seitkali said. "
            "“We had to cool them for hours.",
            "“Now our people are going through the debris by hand, since heavy machinery could start new fires,” he said.",
            "Deputy Prime Minister Serik Tulegenov, who was appointed to head a government commission on the fire, "
            "flew to Pavlodar on Wednesday. “Everyone responsible for this tragedy will be held accountable, "
            "whatever their position,” Tulegenov said after meeting the families.",
            "Regional governor Yerlan Abdrakhmanov said every company in the region storing batteries or chemicals "
            "would be inspected. He also said a criminal investigation into breaches of industrial safety rules was "
            "under way.",
            "Two managers of the plant — its technical director and a shift supervisor — have been detained, police said.",
            "Marat Dzhunusov, the company’s chief executive, said in a video message that staff were “devastated”. "
            "“These people were our colleagues and friends,” he said. He said the company would pay each bereaved "
            "family 15 million tenge and cover funeral costs.",
            "Residents of the city’s northern districts were told to keep windows closed as black smoke drifted over "
            "homes overnight. Officials said air tests showed no danger to health.",
            "Thursday will be a day of mourning in the region.",
            "Four firefighters were also treated for smoke inhalation and released.",
            "The plant, built in 2018, employs 450 people and turns used batteries into a powder known in the trade "
            "as “black mass”, from which lithium, cobalt and nickel are recovered.",
            "It was the deadliest industrial accident in Kazakhstan since an explosion at a chemical plant in the "
            "south of the country killed 11 people in 2015.",
            "Irtysh Recycling has suspended work at the site. Its shift workers, many of whom have worked at the "
            "plant since it opened, gathered outside the gates on Wednesday to lay flowers.",
        ],
    },
    "hrytsenko-transfer/kyiv-sport-review.docx": {
        "title": "Hrytsenko leaves Avanhard for England in record deal",
        "author": "Kyiv Sport Review",
        "date": datetime.datetime(2026, 1, 13, 20, 0),
        "byline": "Kyiv Sport Review | 13 January 2026",
        "paragraphs": [
            "Avanhard Kharkiv winger Mykhaylo Hrytsenko has completed his move to English Premier League club "
            "Northfield United, becoming the most expensive player ever sold by a Ukrainian club.",
            "Avanhard will receive 48 million euros, and the Kharkiv club has kept a 15 percent sell-on clause.",
            "The 22-year-old signed a contract until 2031 after a medical in England on Tuesday.",
            "Hrytsenko is a graduate of the Avanhard academy and played his first senior match for the club when he "
            "was only 17. This season he has scored 14 goals in 19 league games, and he has 12 caps for the national team.",
            '"It has been my dream since childhood to play in England," Hrytsenko told Kyiv Sport Review by phone '
            'from London. "I know that the fans there expect a lot from me.',
            '"My family is still in Kharkiv. Every goal I score will be for them and for our city."',
            "Hrytsenko's parents stayed in Kharkiv after the full-scale invasion in 2022, when the club moved to Lviv.",
            "Avanhard president Vadym Oliinyk said the decision to sell had been painful. \"We did not want to sell, "
            "but for a club in our situation this offer was impossible to refuse,\" he said. \"Part of this money "
            "will go to rebuilding our academy in Kharkiv.\"",
            "Avanhard has played its home matches in Lviv since 2022 because of the war. The team is second in the "
            "Ukrainian Premier League, three points behind the leaders. In the summer the club rejected a 30 million "
            "euro bid from a French club.",
            "Hrytsenko's contract with Avanhard ran until 2028.",
            "Ukraine's national team staff were quick to congratulate the winger on social media. \"It is a big step "
            "for him and a good day for Ukrainian football.\"",
            "The winger's agent, Pieter de Graaf, said his client had chosen Northfield \"because of the project, "
            "not the money.\"",
            "Northfield are 15th in the English league, three points above the relegation places. Manager Tomas "
            "Echeverria said Hrytsenko was \"exactly what we have been missing\".",
            "Hrytsenko could play his first match for Northfield on Saturday. Avanhard plans to use part of the fee "
            "to sign two young defenders this month. Hrytsenko is the third Ukrainian player to move to the Premier "
            "League in the past two years.",
        ],
    },
}


def write(relpath: str, spec: dict) -> Path:
    doc = Document()
    doc.core_properties.title = spec["title"]
    doc.core_properties.author = spec["author"]
    doc.core_properties.created = spec["date"]
    doc.core_properties.modified = spec["date"]
    doc.core_properties.last_modified_by = spec["author"]
    doc.add_heading(spec["title"], level=1)
    doc.add_paragraph(spec["byline"])
    for text in spec["paragraphs"]:
        doc.add_paragraph(text)
    out = HERE / relpath
    doc.save(out)
    return out


def main() -> None:
    for relpath, spec in REPORTS.items():
        print(write(relpath, spec))


if __name__ == "__main__":
    main()
