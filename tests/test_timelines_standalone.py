"""Lines that stand alone: a day gone by that bounds what was done keeps its "By",
a pronoun opening a line after its date is named when the text makes it clear (and
left as it is when it does not), what a report of a night tells next is of that
night, and a participle after the subject is not taken for the main verb; through
the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.article import Article
from backstory.linking.words import content_words
from backstory.timelines import build_timeline
from backstory.timelines.timeline import Item
from timeline_lines import lines_of, on


def _items(tmp_path, text: str, published: str) -> tuple[str, list[Item]]:
    from backstory.archive import Archive
    from backstory.ingest import ingest_article
    from backstory.settings import Settings

    article = Article(text=text, published=datetime.fromisoformat(published), title=None)
    path = tmp_path / f"{article.id}.db"  # (one archive an article)
    with Archive.open(path) as archive:  # the archive keeps the text: the context
        ingest_article(archive, article, settings=Settings())
        return text, build_timeline(archive, per_date=10).items


def _backed(item: Item, text: str) -> None:
    """Every source's offsets point at the text, and the line says only what they say."""
    words: set[str] = set()
    for s in item.sources:
        assert text[s.start : s.end] == s.sentence
        words |= set(content_words(s.sentence))
    body = item.summary.split(", ", 1)[1]
    assert not set(content_words(body)) - words, item.summary


def _starting(items: list[Item], opening: str) -> Item:
    found = [i for i in items if i.summary.startswith(opening)]
    assert len(found) == 1, (opening, [i.summary for i in items])
    return found[0]


def test_a_day_gone_by_that_bounds_what_was_done_makes_a_by_line(tmp_path) -> None:
    text = (
        "The river burst its banks in the town of Hallby on Sunday night.\n\n"
        "By Monday evening, firefighters had moved 240 residents to a sports hall, the "
        "regional rescue service said."
    )
    text, items = _items(tmp_path, text, "2026-04-15T08:00")  # a Wednesday
    item = _starting(items, "By the evening of 13 April")
    assert item.summary == (
        "By the evening of 13 April, firefighters had moved 240 residents to a sports hall, "
        "the regional rescue service said."
    )
    assert (item.begin, item.end) == ("2026-04-13", "2026-04-13")
    # "Hallby on Sunday" is no bound ("by" inside a name): the day the river burst
    assert _starting(items, "On the night of 12 April").summary == (
        "On the night of 12 April, the river burst its banks in the town of Hallby."
    )
    # never told as done on that day, nor on the publication day
    assert not any("240 residents" in i.summary and i.summary.startswith("On ") for i in items)
    _backed(item, text)


def test_a_bound_with_no_event_of_it_is_a_by_line_not_the_publication_day(tmp_path) -> None:
    text = "Nineteen member states had submitted their climate plans by Tuesday."
    text, items = _items(tmp_path, text, "2026-04-16T08:00")  # a Thursday
    assert [i.summary for i in items] == [
        "By 14 April, nineteen member states had submitted their climate plans."
    ]
    # the publication day too, for what had been done by then (not what must be)
    text = "Nineteen member states had submitted their climate plans by Thursday."
    text, items = _items(tmp_path, text, "2026-04-16T08:00")
    assert [i.summary for i in items] == [
        "By 16 April, nineteen member states had submitted their climate plans."
    ]
    text = "Member states must submit their climate plans by Thursday, the commission said."
    text, items = _items(tmp_path, text, "2026-04-16T08:00")
    assert not any(i.summary.startswith("By ") for i in items), [i.summary for i in items]


def test_a_deadline_ahead_stays_a_deadline(tmp_path) -> None:
    text = "Residents of the lower valley were told to leave their homes by Saturday."
    text, items = _items(tmp_path, text, "2026-04-16T08:00")
    assert not any(i.summary.startswith("By ") for i in items), [i.summary for i in items]


def test_he_after_a_fronted_date_is_the_person_described_before(tmp_path) -> None:
    text = (
        "A senior tax inspector in Kharkiv was detained on 12 June on suspicion of "
        "taking bribes, the anti-corruption bureau said. On 17 June, he was served "
        "a notice of suspicion."
    )
    text, items = _items(tmp_path, text, "2026-06-19T09:00")
    item = _starting(items, "On 17 June")
    assert item.summary.startswith(
        "On 17 June, the senior tax inspector was served a notice of suspicion"
    ), item.summary
    assert any(s.sentence.startswith("A senior tax inspector") for s in item.sources)
    _backed(item, text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            # the one person named, of the pronoun's sex
            "Olena Marchuk, the deputy head of the port authority, resigned on 3 May. "
            "On 9 May, she was charged with abuse of office.",
            "On 9 May, Olena Marchuk was charged with abuse of office.",
        ),
        (
            # two people named, only one of whom "he" can be
            "Prosecutor Anna Berg charged Tomas Lind with fraud on Monday. "
            "On Tuesday, he was remanded in custody for two months.",
            "On 2 June, Tomas Lind was remanded in custody for two months.",
        ),
    ],
)
def test_a_pronoun_after_a_fronted_date_takes_the_name_it_clearly_stands_for(
    tmp_path, text: str, line: str
) -> None:
    text, items = _items(tmp_path, text, "2026-06-04T09:00")
    item = _starting(items, line.split(",")[0])
    assert item.summary == line
    _backed(item, text)


@pytest.mark.parametrize(
    "text",
    [
        # the only person named is a woman: "he" is someone else
        "Olena Marchuk, the deputy head of the port authority, resigned on 3 May. "
        "On 9 May, he was charged with abuse of office.",
        # two people described: not clear which
        "Police said an official and a driver were detained on 4 May. "
        "On 9 May, he was released on bail.",
        # a spokesman is no "she"
        "The spokesman for the ministry was dismissed on 2 May. "
        "On 9 May, she was appointed ambassador to Chile.",
    ],
)
def test_a_pronoun_that_is_not_clear_is_left_as_it_is(tmp_path, text: str) -> None:
    text, items = _items(tmp_path, text, "2026-06-04T09:00")
    item = _starting(items, "On 9 May")
    assert item.summary.startswith(("On 9 May, he ", "On 9 May, she ")), item.summary


def test_what_a_night_attack_s_report_tells_next_is_of_that_night(tmp_path) -> None:
    text = (
        "Russia launched 64 drones and three cruise missiles at Ukraine overnight, the "
        "air force said on Telegram. Air defence units intercepted 51 drones and two "
        "missiles. Debris hit a grain terminal in the Odesa region.\n\n"
        "Parliament will debate the budget next month."
    )
    text, items = _items(tmp_path, text, "2026-05-10T09:30")
    night = [i for i in items if (i.begin, i.end) == ("2026-05-09", "2026-05-10")]
    lines = [i.summary for i in night]
    assert any("launched 64 drones" in line for line in lines), lines
    assert any(line.startswith("On 9-10 May, air defence units intercepted 51") for line in lines)
    assert any(line.startswith("On 9-10 May, debris hit a grain terminal") for line in lines)
    # not the publication day's
    assert not any(
        i.begin == "2026-05-10" and i.end == "2026-05-10" and "intercepted" in i.summary
        for i in items
    )


def test_a_follow_up_with_no_event_verb_of_its_own_is_of_that_night_too(tmp_path) -> None:
    text = (
        "Russia launched 64 drones at Ukraine overnight, the air force said on Telegram. "
        "Falling debris damaged four houses in the village of Hlevakha. Two people were "
        "injured, the regional governor said.\n\n"
        "The governor said on Sunday that repairs would take a week."
    )
    text, items = _items(tmp_path, text, "2026-05-10T09:30")
    for words in ("falling debris damaged four houses", "two people were injured"):
        found = [i for i in items if words in i.summary]
        assert len(found) == 1, (words, [i.summary for i in items])
        assert (found[0].begin, found[0].end) == ("2026-05-09", "2026-05-10"), found[0].summary
    # a saying of its own day is not the night's
    assert any(
        i.begin == "2026-05-10" and i.end == "2026-05-10" and "repairs" in i.summary for i in items
    ), [i.summary for i in items]


def test_a_participle_after_the_subject_is_no_main_verb(tmp_path) -> None:
    text = (
        "The ceasefire agreed during talks in Geneva collapsed on Friday, as both sides "
        "accused each other of shelling border villages.\n\n"
        "A truce brokered by Egypt on 2 June broke down on Friday too."
    )
    text, items = _items(tmp_path, text, "2026-06-15T09:00")  # a Monday
    collapse = _starting(items, "On 12 June, the ceasefire")
    assert collapse.summary.startswith(
        "On 12 June, the ceasefire agreed during talks in Geneva collapsed"
    ), collapse.summary
    # the truce's own day is its brokering, told of it alone
    assert _starting(items, "On 2 June").summary == "On 2 June, a truce was brokered by Egypt."


def test_an_undated_participle_on_a_dated_subject_is_done_by_that_day() -> None:
    from backstory import extract

    extraction = extract(
        "The ceasefire agreed during talks in Geneva collapsed on Friday.",
        published=datetime.fromisoformat("2026-06-15T09:00"),
    )
    agreed = [e for e in extraction.events if e.trigger == "agreed"]
    assert agreed, [(e.trigger, e.begin) for e in extraction.events]
    # agreed by Friday (it collapsed then), not on it nor on the publication day
    assert (agreed[0].begin, agreed[0].end_date) == (None, "2026-06-12")


def test_the_parser_s_reduced_relative_is_repaired() -> None:
    from backstory.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp("The truce agreed in Doha last month collapsed on Friday.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == "collapsed"
    agreed = next(t for t in doc if t.text == "agreed")
    assert (agreed.dep_, agreed.head.text, agreed.tag_) == ("acl", "truce", "VBN")
    assert next(t for t in doc if t.text == "truce").head.text == "collapsed"
    # a verb that says something of a clause with a subject is left as it is
    doc = nlp("The minister agreed the plan was sound.")
    assert next(t for t in doc if t.dep_ == "ROOT").text == "agreed"
    # a past that is no participle can only be the main verb
    doc = nlp("The ceasefire began on Friday.")
    assert next(t for t in doc if t.dep_ == "ROOT").text == "began"


def test_a_week_ahead_dates_its_plan_and_a_week_gone_by_leaves_the_line(tmp_path) -> None:
    text = (
        "The regional council will vote on the new bus fares next week.\n\n"
        "Border guards seized 40 kilograms of cocaine at the port earlier this week."
    )
    text, items = _items(tmp_path, text, "2026-03-11T09:00")  # a Wednesday
    lines = {(i.begin, i.end): i.summary for i in items}
    assert lines[("2026-03-16", "2026-03-22")] == (
        "In the week of 16 March, the regional council will vote on the new bus fares."
    )
    # (was "... at the port earlier this week." under that week, and the plan under the
    # publication day with "next week" left in it)
    assert lines[("2026-03-09", "2026-03-15")] == (
        "In the week of 9 March, border guards seized 40 kilograms of cocaine at the port."
    )


def test_a_start_and_a_spread_bounded_by_a_later_day_make_a_line_each(tmp_path) -> None:
    text = (
        "A grass fire broke out on Saturday near the village of Ostrava and spread to "
        "3,000 hectares by Monday night, the fire service said."
    )
    text, items = _items(tmp_path, text, "2026-04-15T08:00")  # a Wednesday
    started = _starting(items, "On 11 April")
    assert started.summary == (
        "On 11 April, a grass fire broke out near the village of Ostrava, the fire service said."
    )
    spread = _starting(items, "By the night of 13 April")
    assert spread.summary == (
        "By the night of 13 April, a grass fire had spread to 3,000 hectares, the fire "
        "service said."
    )
    # each cites the one sentence, and neither tells the other's day
    for item in (started, spread):
        assert [(s.start, s.end) for s in item.sources][:1] == [(0, len(text))]
        _backed(item, text)


def test_a_list_of_days_is_one_line_naming_them_all(tmp_path) -> None:
    text = (
        "Nurses at the city's three public hospitals began an indefinite strike on Monday.\n\n"
        "Their union had turned down two pay offers from the health board, on Feb. 3 and "
        "March 2."
    )
    text, items = _items(tmp_path, text, "2026-03-18T08:00")
    offers = [i for i in items if "pay offers" in i.summary]
    assert [(i.begin, i.summary) for i in offers] == [
        (
            "2026-02-03",
            "On 3 February and 2 March, their union turned down two pay offers from the "
            "health board.",
        )
    ]
    # no two lines say the same words under different days
    bodies = [i.text for i in items]
    assert len(bodies) == len(set(bodies))


def test_an_object_pronoun_is_named_from_the_sentence_before(tmp_path) -> None:
    text = (
        "A court in Lima on Monday upheld a prison sentence for former President Ricardo "
        "Ortega.\n\n"
        "Lawmakers removed him from office in March 2022 after a corruption inquiry."
    )
    text, items = _items(tmp_path, text, "2025-11-04T09:00")
    item = _starting(items, "In March 2022")
    assert item.summary == (
        "In March 2022, lawmakers removed Ricardo Ortega from office after a corruption inquiry."
    )
    _backed(item, text)


def test_them_after_a_count_is_what_was_counted(tmp_path) -> None:
    text = (
        "Police arrested six men after clashes outside the stadium on Saturday.\n\n"
        "A magistrate released four of them on bail on Monday."
    )
    text, items = _items(tmp_path, text, "2026-03-18T08:00")  # a Wednesday
    item = _starting(items, "On 16 March")
    assert item.summary == "On 16 March, a magistrate released four of the men on bail."
    _backed(item, text)


def test_an_unclear_object_pronoun_is_left_as_it_is(tmp_path) -> None:
    text = (
        "Anna Weber and Jonas Keller met the striking workers on Friday.\n\n"
        "The union thanked them on Monday."
    )
    text, items = _items(tmp_path, text, "2026-03-18T08:00")
    assert _starting(items, "On 16 March").summary == "On 16 March, the union thanked them."
    text = (
        "Tomas Lind and Peter Varga were detained at the border on Friday.\n\n"
        "Prosecutors charged him with smuggling on Monday."
    )
    text, items = _items(tmp_path, text, "2026-03-18T08:00")
    assert "charged him" in _starting(items, "On 16 March").summary


def test_a_count_of_times_over_a_period_dates_no_line_of_that_period(tmp_path) -> None:
    text = (
        "Dock workers in Antwerp walked out on Monday for the second time this month, "
        "halting container traffic.\n\n"
        "They had also struck on March 3 and March 6, each time for a day."
    )
    text, items = _items(tmp_path, text, "2026-03-18T08:00")  # a Wednesday
    # "this month" is what the count runs over, not when they walked out
    assert not any(i.summary.startswith("In March") for i in items), [i.summary for i in items]
    assert _starting(items, "On 16 March").summary.startswith(
        "On 16 March, dock workers in Antwerp walked out for the second time"
    )
    # two days of one month are named once each, the month once
    assert any(i.summary.startswith("On 3 and 6 March, ") for i in items), [
        i.summary for i in items
    ]


def test_her_after_a_sentence_naming_one_person_by_a_noun_is_that_person(tmp_path) -> None:
    text = (
        "Rescuers pulled an elderly woman from the rubble of a collapsed house on Monday "
        "morning.\n\n"
        "They reached her after digging by hand for six hours on Monday."
    )
    text, items = _items(tmp_path, text, "2026-03-18T08:00")
    item = _starting(items, "On 16 March")
    assert item.summary == (
        "On 16 March, rescuers reached the elderly woman after digging by hand for six hours."
    )
    _backed(item, text)


def test_a_clause_on_a_noun_a_past_year_dates_makes_no_line_of_the_day(tmp_path) -> None:
    text = (
        "Floodwater reached the old town of Passau on Sunday.\n\n"
        "The town was among the worst hit by the June 2013 floods, which caused billions "
        "of euros in damage."
    )
    text, items = _items(tmp_path, text, "2026-03-18T08:00")
    # the damage was done in 2013, not on the publication day
    told = [i for i in items if "billions" in i.summary]
    assert all(i.begin.startswith("2013-06") for i in told), [i.summary for i in items]


def test_them_in_a_clause_told_alone_is_named_from_the_clause_left_out(tmp_path) -> None:
    text = (
        "The government raised fuel duties on petrol on 1 March, and cut them again in "
        "October after protests."
    )
    text, items = _items(tmp_path, text, "2025-12-02T08:00")
    october = [i for i in items if i.summary.startswith("In October")]
    assert [i.summary for i in october] == [
        "In October, the government cut the fuel duties again after protests."
    ]
    _backed(october[0], text)


def test_an_it_that_tells_someone_is_the_subject_before_it(tmp_path) -> None:
    text = (
        "Dairy group Nordmelk is recalling yoghurt sold in Norway, it said on Friday.\n\n"
        "The company found traces of plastic in a batch at its plant in Bergen in May. "
        "It informed the food safety authority on June 2 and stopped the line the next day."
    )
    items = lines_of(tmp_path, text, "2025-06-20T10:00")
    assert on(items, "2025-06-02") == ["On 2 June, the company informed the food safety authority."]
