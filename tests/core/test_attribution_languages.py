"""Attribution in Russian, Ukrainian, German, French and Spanish wire copy: one row
per reporting pattern (quotes/languages.py). Each row is a small report and, for each
quotation in it (by a few words of its text), the speaker a careful reader names
(None: the report names nobody who said it)."""
import pytest

from compareapp.core.quotes import find_quotes
from compareapp.core.quotes.languages import detect_language
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings

RU_INTRO = "Президент Украины Владимир Зеленский и пресс-секретарь Кремля Дмитрий Песков прокомментировали переговоры. "
CASES = [
    # --- Russian
    ("ru dash said name",
     "Переговоры прошли в Стамбуле. «Мы не отступим», — сказал Зеленский.", {"Мы не отступим": "Зеленский"}),
    ("ru full name after role",
     "«Мир возможен», — заявил президент Украины Владимир Зеленский.", {"Мир возможен": "Владимир Зеленский"}),
    ("ru surname joins the full name",
     RU_INTRO + "«Это важный шаг», — подчеркнул Песков.", {"Это важный шаг": "Дмитрий Песков"}),
    ("ru she resolves to the woman",
     "Официальный представитель МИД Мария Захарова выступила на брифинге. «Ответ будет», — заявила она.",
     {"Ответ будет": "Мария Захарова"}),
    ("ru he skips the woman",
     "Дмитрий Песков ответил Марии Захаровой. «Решения пока нет», — отметил он.",
     {"Решения пока нет": "Дмитрий Песков"}),
    ("ru colon",
     RU_INTRO + "Песков заявил: «Контакты продолжаются».", {"Контакты продолжаются": "Дмитрий Песков"}),
    ("ru according to, genitive",
     "Дмитрий Песков выступил утром. По словам Пескова, «контакты продолжаются».",
     {"контакты продолжаются": "Дмитрий Песков"}),
    ("ru according to, nominative not in report",
     "По словам Пескова, «контакты продолжаются».", {"контакты продолжаются": "Пескова"}),
    ("ru pronoun with nobody named",
     "Переговоры прошли в Стамбуле. «Мы не отступим», — сказал он.", {"Мы не отступим": None}),
    ("ru unattributed",
     "На стене висел плакат. «Нет войне».", {"Нет войне": None}),
    # --- Ukrainian
    ("uk dash said name",
     "«Ми не відступимо», — сказав Зеленський.", {"Ми не відступимо": "Зеленський"}),
    ("uk za slovamy genitive",
     "Володимир Зеленський виступив у Києві. За словами Зеленського, «фронт тримається».",
     {"фронт тримається": "Володимир Зеленський"}),
    ("uk she",
     "Прем'єр-міністр Юлія Свириденко провела нараду. «Бюджет буде ухвалено», — наголосила вона.",
     {"Бюджет буде ухвалено": "Юлія Свириденко"}),
    ("uk added",
     "Міністр Андрій Сибіга зустрівся з колегами. «Підтримка триває», — додав Сибіга.",
     {"Підтримка триває": "Андрій Сибіга"}),
    # --- German
    ("de sagte name",
     "„Wir stehen an der Seite der Ukraine“, sagte Scholz.", {"Wir stehen": "Scholz"}),
    ("de name sagte colon",
     "Bundeskanzler Olaf Scholz sagte: „Wir stehen an der Seite der Ukraine.“", {"Wir stehen": "Olaf Scholz"}),
    ("de so name",
     "Bundeskanzler Olaf Scholz reiste nach Kiew. „Die Hilfe geht weiter“, so Scholz.",
     {"Die Hilfe geht weiter": "Olaf Scholz"}),
    ("de fügte er hinzu",
     "Bundeskanzler Olaf Scholz reiste nach Kiew. „Die Hilfe geht weiter“, fügte er hinzu.",
     {"Die Hilfe geht weiter": "Olaf Scholz"}),
    ("de betonte sie",
     "Außenministerin Annalena Baerbock traf ihren Amtskollegen. „Europa muss handeln“, betonte sie.",
     {"Europa muss handeln": "Annalena Baerbock"}),
    ("de a spokesman stays unattributed",
     "„Das prüfen wir“, sagte ein Sprecher.", {"Das prüfen wir": None}),
    ("de ministry stays unattributed",
     "Die Regierung hat den Plan gebilligt. „Das ist ein guter Tag für das Land.“", {"Das ist ein guter Tag": None}),
    # --- French
    ("fr a déclaré name",
     "« Nous ne céderons pas », a déclaré Macron.", {"Nous ne céderons pas": "Macron"}),
    ("fr a-t-il dit",
     "Le président Emmanuel Macron s'est rendu à Kiev. « Nous ne céderons pas », a-t-il dit.",
     {"Nous ne céderons pas": "Emmanuel Macron"}),
    ("fr selon",
     "Emmanuel Macron a reçu les syndicats. Selon Macron, « le dialogue reste ouvert ».",
     {"le dialogue reste ouvert": "Emmanuel Macron"}),
    ("fr colon with spaces",
     "Emmanuel Macron a affirmé : « La France sera au rendez-vous. »", {"La France sera": "Emmanuel Macron"}),
    ("fr elle",
     "La Première ministre Élisabeth Borne était à Lille. « Le texte passera », a-t-elle ajouté.",
     {"Le texte passera": "Élisabeth Borne"}),
    ("fr unattributed",
     "Une banderole était accrochée au balcon. « Non à la réforme. »", {"Non à la réforme": None}),
    # --- Spanish
    ("es dijo name",
     "«No vamos a ceder», dijo Sánchez.", {"No vamos a ceder": "Sánchez"}),
    ("es name afirmó colon",
     "Pedro Sánchez afirmó: «España cumplirá sus compromisos».", {"España cumplirá": "Pedro Sánchez"}),
    ("es según",
     "El presidente Pedro Sánchez compareció en Madrid. Según Sánchez, «la economía crece».",
     {"la economía crece": "Pedro Sánchez"}),
    ("es declaró el presidente",
     "El presidente Pedro Sánchez compareció en Madrid. \"No habrá recortes\", declaró el presidente.",
     {"No habrá recortes": "Pedro Sánchez"}),
    ("es el presidente, nobody named",
     "\"No habrá recortes\", declaró el presidente.", {"No habrá recortes": None}),
    ("es role of the government, apposed name",
     "«No hay marcha atrás», dijo el presidente del Gobierno, Pedro Sánchez, en Bruselas.",
     {"No hay marcha atrás": "Pedro Sánchez"}),
    ("fr le président and name",
     "« Nous tiendrons », a déclaré le président Emmanuel Macron lors d'une conférence.",
     {"Nous tiendrons": "Emmanuel Macron"}),
    ("de der Kanzler with nobody named stays unattributed",
     "„Das lehnen wir ab“, sagte der Kanzler.", {"Das lehnen wir ab": None}),
    ("ru the Kremlin (no person) stays unattributed",
     "«Мы готовы к переговорам», — заявили в Кремле.", {"Мы готовы к переговорам": None}),
    ("ru genitive kept when the nominative is not written",
     "Олаф Шольц встретился с Владимиром Зеленским. По словам Зеленского, «помощь важна».",
     {"помощь важна": "Зеленского"}),
    ("ru exclamation, he, next paragraphs",
     "Дмитрий Песков провёл брифинг.\n\n«Мы победим!» — заявил он журналистам.\n\n«Это всё», — добавил Песков.",
     {"Мы победим": "Дмитрий Песков", "Это всё": "Дмитрий Песков"}),
    ("es ella",
     "La vicepresidenta Yolanda Díaz habló con los sindicatos. «Habrá acuerdo», aseguró ella.",
     {"Habrá acuerdo": "Yolanda Díaz"}),
]


def _speakers(text: str) -> dict[str, str | None]:
    doc = document_from_text("d1", text)
    quotes, _ = find_quotes((doc,), EngineSettings())
    return {q.text: q.speaker for q in quotes}


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_attribution_languages(name, text, expected):
    got = _speakers(text)
    for start, speaker in expected.items():
        found = [s for t, s in got.items() if t.startswith(start)]
        assert found, f"{name}: no quotation starting {start!r} in {got}"
        assert found[0] == speaker, f"{name}: {start!r} -> {found[0]!r}, expected {speaker!r}"


@pytest.mark.parametrize("text,lang", [
    ("«Мы не отступим», — сказал Зеленский в понедельник в Киеве.", "ru"),
    ("«Ми не відступимо», — сказав Зеленський у понеділок у Києві, і це важливо.", "uk"),
    ("„Wir stehen an der Seite der Ukraine“, sagte Scholz und der Kanzler ist nicht allein.", "de"),
    ("« Nous ne céderons pas », a déclaré le président dans une interview pour la radio.", "fr"),
    ("«No vamos a ceder», dijo el presidente del Gobierno en una rueda de prensa con los periodistas.", "es"),
    ("“We will not back down,” said the mayor of the city, who has been in office for a year.", None),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang
