"""Lines told of the clause that holds their date: a participle of time ("before
starting to cut them in June 2024"), a reduced relative clause on a closing noun of
an act ("a ruling her lawyers appealed the following week"), a clause after "before"
whose main clause names no date; a sentence that only points back at an earlier time
("at the time") makes no line on the day of its report; a government sworn in on a
day makes that day's line; through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory.article import Article
from backstory.timelines import build_timeline
from timeline_lines import lines_of, on


def test_a_participle_of_time_with_its_own_date_is_that_days_line(tmp_path) -> None:
    text = (
        "The Bank of Norway left its key rate unchanged at 4.5% on Thursday.\n\n"
        "The Bank of Norway had lifted borrowing costs to a 16-year high in December 2023 "
        "before starting to lower them in June 2025."
    )
    items = lines_of(tmp_path, text, "2025-11-06T10:00")
    june = on(items, "2025-06-01")
    assert june == ["In June 2025, the Bank of Norway started to lower borrowing costs."]
    december = on(items, "2023-12-01")
    assert len(december) == 1 and "lifted borrowing costs to a 16-year high" in december[0]


def test_a_participle_of_time_in_a_sentence_of_one_date_stays_whole(tmp_path) -> None:
    text = "Shares in the carmaker fell 4% before recovering some losses on Tuesday."
    items = lines_of(tmp_path, text, "2025-11-06T10:00")  # a Thursday
    assert on(items, "2025-11-04") == [
        "On 4 November, shares in the carmaker fell 4% before recovering some losses."
    ]


def test_a_reduced_relative_on_a_closing_act_noun_dates_its_clause(tmp_path) -> None:
    text = (
        "A tax court fined the shipping group 3 million euros on 9 September, a decision "
        "the company appealed in October."
    )
    items = lines_of(tmp_path, text, "2025-11-20T10:00")
    october = on(items, "2025-10-01")
    assert october == ["In October, the company appealed the decision."]
    assert len(on(items, "2025-09-09")) == 1


def test_what_comes_before_a_dated_clause_is_not_on_its_day(tmp_path) -> None:
    text = (
        "The strike ends weeks before the city hosts the European athletics championships "
        "on 14-19 August."
    )
    items = lines_of(tmp_path, text, "2026-06-02T09:00")
    august = on(items, "2026-08-14")
    assert august and august[0].startswith("On 14-19 August, the city hosts the European")
    assert not any("strike ends" in s for s in august)


def test_a_time_only_pointed_back_at_makes_no_line_on_the_report_day(tmp_path) -> None:
    text = (
        "The Social Democrats won the election in September 2021 and formed a coalition "
        "three months later.\n\n"
        "Their leader promised at the time to raise the minimum wage."
    )
    items = lines_of(tmp_path, text, "2025-02-24T09:00")
    assert not any("promised" in i.summary for i in items), [i.summary for i in items]
    assert any(i.begin == "2021-09-01" for i in items)


def test_a_government_sworn_in_on_a_day_is_that_days_line(tmp_path) -> None:
    text = (
        "The coalition agreed on a programme after four months of talks. The new cabinet, "
        "which was sworn in on 3 March 2025, includes six ministers from the Greens."
    )
    items = lines_of(tmp_path, text, "2025-09-12T09:00")
    assert on(items, "2025-03-03") == ["On 3 March, the new cabinet was sworn in."]


def test_a_dateline_with_accented_capitals_is_no_part_of_the_line(tmp_path) -> None:
    text = (
        "SÃO JOSÉ DOS CAMPOS, Brazil, March 4 - Floods in the south of the state killed "
        "12 people on Tuesday, the civil defence agency said."
    )
    items = lines_of(tmp_path, text, "2025-03-04T18:00")
    assert on(items, "2025-03-04") == [
        "On 4 March, floods in the south of the state killed 12 people, the civil defence "
        "agency said."
    ]


def test_a_present_perfect_told_on_the_day_of_its_saying_is_done_by_then(tmp_path) -> None:
    text = (
        "Border guards have turned back more than 2,000 migrants since the fence was "
        "finished, the interior ministry said on Friday."
    )
    items = lines_of(tmp_path, text, "2025-05-11T09:00")  # a Sunday
    assert [i.summary for i in items] == [
        "By 9 May, border guards had turned back more than 2,000 migrants since the fence "
        "was finished, the interior ministry said."
    ]


def test_a_source_that_has_said_is_named_without_its_auxiliary(tmp_path) -> None:
    text = "The transport ministry has said the bridge will reopen to traffic on 20 June."
    items = lines_of(tmp_path, text, "2025-06-02T09:00")
    assert [i.summary for i in items] == [
        "On 20 June, the bridge will reopen to traffic, according to the transport ministry."
    ]


def test_a_pronoun_after_a_fronted_date_takes_its_antecedent_in_lower_case(tmp_path) -> None:
    text = (
        "The floods began on Thursday after three days of rain. By Saturday night, they "
        "had cut off 40 villages in the valley."
    )
    items = lines_of(tmp_path, text, "2025-10-20T09:00")  # a Monday
    saturday = on(items, "2025-10-18")
    assert saturday == [
        "By the night of 18 October, the floods had cut off 40 villages in the valley."
    ]


def test_a_prefixed_adjective_opening_a_line_is_lower_case(tmp_path) -> None:
    text = (
        "Pro-government lawmakers approved the media law on Wednesday despite protests "
        "outside parliament."
    )
    items = lines_of(tmp_path, text, "2025-04-18T09:00")
    assert [i.summary for i in items] == [
        "On 16 April, pro-government lawmakers approved the media law despite protests "
        "outside parliament."
    ]


def test_a_whole_year_gone_by_is_a_years_line(tmp_path) -> None:
    text = (
        "Floods in the valley killed 14 people on Tuesday, the regional government said.\n\n"
        "A similar flood in the same valley killed 23 people in 1998. The region's "
        "farm exports fell 6% last year."
    )
    items = lines_of(tmp_path, text, "2025-10-16T09:00")  # a Thursday
    assert on(items, "1998-01-01") == [
        "In 1998, a similar flood in the same valley killed 23 people."
    ]
    line = next(i for i in items if i.begin == "1998-01-01")
    assert (line.end, line.to_json()["when"]["precision"]) == ("1998-12-31", "year")
    assert on(items, "2024-01-01") == ["In 2024, the region's farm exports fell 6%."]


def test_a_year_that_names_a_thing_or_is_still_going_on_makes_no_years_line(tmp_path) -> None:
    text = (
        "The dam, damaged in a 2010 earthquake, was rebuilt with European funds. Rainfall "
        "has been below average this year, the weather service said on Monday. The "
        "wettest summer on record was in 2012, when the river burst its banks twice."
    )
    items = lines_of(tmp_path, text, "2025-10-16T09:00")
    assert not [i.summary for i in items if i.begin.endswith("-01-01")]


def test_a_years_line_is_no_day_of_a_timeline_of_the_days_that_matter(tmp_path) -> None:
    from backstory.archive import Archive
    from backstory.ingest import ingest_article
    from backstory.settings import Settings

    text = "A storm killed 40 people on the coast on Monday. A storm in 1987 killed 18."
    article = Article(text=text, published=datetime(2025, 10, 16, 9), title=None)
    with Archive.open(tmp_path / "days.db") as archive:
        ingest_article(archive, article, settings=Settings())
        assert any(i.begin == "1987-01-01" for i in build_timeline(archive).items)
        days = build_timeline(archive, max_dates=5).items
    assert days and not any(i.begin == "1987-01-01" for i in days)


def test_a_happening_within_a_day_of_another_is_not_on_the_report_day(tmp_path) -> None:
    text = (
        "The governor signed the water bill on 2 March. Three farm groups sued to stop it "
        "within a day of its signing."
    )
    items = lines_of(tmp_path, text, "2025-05-20T12:00")
    assert not any("sued" in i.summary for i in items), [i.summary for i in items]


def test_a_clause_of_time_whose_subject_is_a_pronoun_makes_no_line_of_its_own(tmp_path) -> None:
    text = (
        "A federal court on Tuesday heard a challenge to the tariff decree, which importers "
        "have fought since it was published on 2 April."
    )
    items = lines_of(tmp_path, text, "2025-05-15T12:00")  # a Thursday
    assert not on(items, "2025-04-02"), [i.summary for i in items]
    assert on(items, "2025-05-13")


def test_a_paragraph_after_what_a_law_says_is_not_the_laws(tmp_path) -> None:
    text = (
        "The state's constitution says judges must retire at 70. The court ruled on "
        "Monday that the limit applied to sitting judges."
    )
    items = lines_of(tmp_path, text, "2025-05-15T12:00")
    monday = on(items, "2025-05-12")
    assert monday and "constitution" not in monday[0], monday


def test_a_former_title_opening_a_line_is_lower_case(tmp_path) -> None:
    text = "Former Prime Minister Ana Brnabic resigned from parliament on Tuesday."
    items = lines_of(tmp_path, text, "2025-05-15T12:00")
    assert on(items, "2025-05-13") == [
        "On 13 May, former Prime Minister Ana Brnabic resigned from parliament."
    ]


def test_an_undated_past_in_a_retelling_of_the_past_is_no_news_of_the_day(tmp_path) -> None:
    text = (
        "Here is how the dispute unfolded.\n\n"
        "The two countries broke off relations on 3 March 2022 after a border clash. "
        "Traders quickly moved their goods through a third country.\n\n"
        "Both governments still bar direct flights."
    )
    items = lines_of(tmp_path, text, "2025-09-01T09:00")
    summaries = [i.summary for i in items]
    assert not any("moved their goods" in s for s in summaries), summaries
    assert not any("Here is" in s or "here is" in s for s in summaries), summaries
    assert any(s.startswith("On 3 March 2022, the two countries broke off") for s in summaries)
    assert any("still bar direct flights" in s for s in summaries)  # a state of now


def test_a_date_in_a_clause_of_time_opened_by_a_pronoun_makes_no_line(tmp_path) -> None:
    text = (
        "Protests began in the capital on 2 May 2024, a year after they won a court case "
        "in April 2023 that forced a recount."
    )
    items = lines_of(tmp_path, text, "2025-09-01T09:00")
    assert not on(items, "2023-04-01"), [i.summary for i in items]
    assert on(items, "2024-05-02")


def test_and_after_a_word_opens_no_sentence() -> None:
    from backstory.linguistic import parse
    from backstory.nlp import load_nlp

    # (the parser alone splits this one after "January")
    text = (
        "The army retook Sinja Madani in January and recaptured the bank in Khartoum on March 21."
    )
    assert [s.text for s in parse(load_nlp(), text).sents] == [text]


def test_a_year_a_sentence_is_placed_in_makes_a_years_line_without_an_event(tmp_path) -> None:
    text = (
        "The regulator fined the railway operator on Tuesday 4 March.\n\n"
        "The previous penalty, 12 million euros, was imposed on the firm in 2019 by the "
        "same regulator. A 2021 law doubled the maximum fine."
    )
    items = lines_of(tmp_path, text, "2025-03-06T12:00")
    assert on(items, "2019-01-01") == [
        "In 2019, the previous penalty, 12 million euros, was imposed on the firm by the "
        "same regulator."
    ]
    assert not on(items, "2021-01-01")


def test_the_previous_evening_after_a_year_is_the_evening_before_the_storys_day(
    tmp_path,
) -> None:
    text = (
        "The utility was fined on Thursday 6 March. Regulators opened their inquiry in "
        "2017. The company said the previous evening that it had let down its customers."
    )
    items = lines_of(tmp_path, text, "2025-03-06T12:00")
    evening = on(items, "2025-03-05")
    assert evening and evening[0].startswith("On the evening of 5 March 2025, the company said")


def test_ministers_as_a_source_are_named_in_lower_case(tmp_path) -> None:
    text = "Ministers announced on Monday that the new rules would take effect on 1 July."
    items = lines_of(tmp_path, text, "2025-03-06T12:00")
    july = on(items, "2025-07-01")
    assert july and "according to ministers" in july[0], july


def test_months_of_one_year_listed_together_name_the_year_once(tmp_path) -> None:
    text = (
        "The central bank kept its key rate at 5.5% in August and October, citing "
        "uncertainty over tariffs. A drought in 2022 had pushed food prices up by 9%."
    )
    items = lines_of(tmp_path, text, "2026-01-20T09:00")
    kept = [i.summary for i in items if "kept its key rate" in i.summary]
    assert kept == [
        "In August and October 2025, the central bank kept its key rate at 5.5%, citing "
        "uncertainty over tariffs."
    ]


def test_predicates_joined_by_then_each_with_a_day_make_a_line_each(tmp_path) -> None:
    text = (
        "The ministry imposed export quotas on fertiliser on 6 January, then lifted most of "
        "them for 30 days a week later. Farmers' groups said on Monday the moves had "
        "confused buyers."
    )
    items = lines_of(tmp_path, text, "2025-02-12T09:00")
    assert on(items, "2025-01-06") == [
        "On 6 January, the ministry imposed export quotas on fertiliser."
    ]
    assert on(items, "2025-01-13") == [
        "On 13 January, the ministry lifted most of the export quotas for 30 days."
    ]


def test_a_dateline_of_a_place_alone_is_no_part_of_the_line(tmp_path) -> None:
    text = (
        "BUENOS AIRES - The central bank cut its benchmark rate to 29% on Thursday, "
        "its third cut this year."
    )
    items = lines_of(tmp_path, text, "2025-01-31T18:00")
    assert on(items, "2025-01-30") == [
        "On 30 January, the central bank cut its benchmark rate to 29%, its third cut in 2025."
    ]


def test_a_by_clause_and_a_dated_clause_of_it_make_a_line_each(tmp_path) -> None:
    # "it" in the second clause is the first clause's subject, the one thing it names
    text = (
        "By the end of 2024, the cooperative exported most of the region's coffee, and in "
        "November it opened a roasting plant near the port. Growers said on Monday that "
        "prices had doubled."
    )
    items = lines_of(tmp_path, text, "2025-03-11T09:00")
    assert on(items, "2024-11-01") == [
        "In November 2024, the cooperative opened a roasting plant near the port."
    ]
    assert on(items, "2024-12-31") == [
        "By the end of 2024, the cooperative had exported most of the region's coffee."
    ]


def test_an_it_that_could_be_the_first_clauses_object_is_not_named(tmp_path) -> None:
    text = (
        "By the end of 2024, the regulator had fined the bank twice, and in November it "
        "appealed against both penalties."
    )
    items = lines_of(tmp_path, text, "2025-03-11T09:00")
    assert not any("the regulator appealed" in i.summary for i in items), [i.summary for i in items]


def test_a_dated_after_clause_is_its_days_line_not_the_main_clauses(tmp_path) -> None:
    # the closing came at or after the approval: Thursday is the approval's day only
    text = (
        "The sale of the Vantor refinery to Pellas Energy went through after the "
        "competition authority approved the deal on Thursday, the companies said.\n\n"
        "Dock workers ended their sit-in after the port operator raised their pay offer on "
        "Tuesday."
    )
    items = lines_of(tmp_path, text, "2025-10-06T09:00")
    assert on(items, "2025-10-02") == ["On 2 October, the competition authority approved the deal."]
    assert on(items, "2025-09-30") == [
        "On 30 September, the port operator raised the dock workers' pay offer."
    ]
    assert not any("went through" in i.summary or "ended" in i.summary for i in items)


def test_an_after_clause_of_the_day_of_publication_leaves_the_sentence_whole(
    tmp_path,
) -> None:
    # what followed a happening of the publication day was that day too
    text = (
        "Shares in the lender jumped 12% after the central bank approved its rescue plan on Monday."
    )
    items = lines_of(tmp_path, text, "2025-10-06T17:00")
    assert on(items, "2025-10-06") == [
        "On 6 October, shares in the lender jumped 12% after the central bank approved its "
        "rescue plan."
    ]


def test_an_after_clause_with_a_bare_subject_in_a_dated_sentence_is_its_days_line(
    tmp_path,
) -> None:
    text = (
        "A blockade of the northern border crossing entered its second week on Thursday "
        "after negotiations between the hauliers and customs officials collapsed on "
        "Monday."
    )
    items = lines_of(tmp_path, text, "2025-11-14T09:00")
    assert on(items, "2025-11-10") == [
        "On 10 November, negotiations between the hauliers and customs officials collapsed."
    ]


def test_a_year_naming_a_case_makes_no_line_but_the_days_ruling_does(tmp_path) -> None:
    text = (
        "In a 1923 case, the tribunal held that river islands belonged to the crown. On "
        "Tuesday, the appeals court ruled that the ministry must return the island to its "
        "owners, citing the 1923 judgment."
    )
    items = lines_of(tmp_path, text, "2025-06-12T09:00")
    assert not [i for i in items if i.begin.startswith("1923")]
    assert on(items, "2025-06-10") == [
        "On 10 June, the appeals court ruled that the ministry must return the island to its "
        "owners, citing the 1923 judgment."
    ]


def test_a_relative_clause_of_a_things_noun_after_of_is_told_of_that_thing(tmp_path) -> None:
    text = (
        "The owners of a ferry that sank off Lesbos in October ignored repeated safety "
        "warnings, the coastguard said in a report on Thursday."
    )
    items = lines_of(tmp_path, text, "2025-11-20T14:00")
    assert on(items, "2025-10-01") == ["In October, a ferry sank off Lesbos."]


def test_a_bare_predicate_before_a_dated_one_does_not_take_its_day(tmp_path) -> None:
    text = (
        "Two of the miners died at the scene. A third miner survived and was flown to a "
        "hospital in Perth on Oct. 9."
    )
    items = lines_of(tmp_path, text, "2025-11-20T14:00")
    assert on(items, "2025-10-09") == [
        "On 9 October, a third miner was flown to a hospital in Perth."
    ]


def test_a_where_clause_with_a_day_of_its_own_is_that_days_line(tmp_path) -> None:
    text = (
        "The ban follows a similar step in Canada, where the health agency ordered on "
        "May 6 that the lozenges be taken off shelves."
    )
    items = lines_of(tmp_path, text, "2025-06-20T10:00")
    assert on(items, "2025-05-06") == [
        "On 6 May, the health agency ordered that the lozenges be taken off shelves."
    ]


def test_a_where_clause_with_a_month_gone_by_is_that_months_line(tmp_path) -> None:
    text = (
        "Nickel prices rose 2% on Wednesday on concern about supply from Indonesia, where "
        "floods shut two smelters for a week in February."
    )
    items = lines_of(tmp_path, text, "2025-06-18T10:00")
    assert on(items, "2025-02-01") == ["In February, floods shut two smelters for a week."]
    assert len(on(items, "2025-06-18")) == 1


def test_a_possessive_day_dates_its_noun_and_neither_is_no_subject(tmp_path) -> None:
    text = (
        "Two centrist candidates will meet in a runoff on April 20 after neither won half "
        "the vote in Sunday's first round, the election commission said on Monday."
    )
    items = lines_of(tmp_path, text, "2025-03-31T10:00")  # a Monday
    assert not on(items, "2025-03-30")
    assert not [i for i in items if i.summary.split(", ", 1)[1].startswith("neither")]
