"""Summary lines read as editors write them: names keep their capitals, other
first words lose theirs after the date, and an opening pronoun gets its
antecedent back from the sentence before it in the same source."""

from __future__ import annotations

import pytest

from backstory.linking.words import content_words
from backstory.timelines.antecedents import antecedent_phrase
from backstory.timelines.summaries import summarise
from backstory.timelines.timeline import resolve_subject


def _line(sentence: str, when: str, **kwargs) -> str:
    start = sentence.index(when)
    return summarise(sentence, begin="2025-01-13", date_span=(start, start + len(when)), **kwargs)


def test_a_common_first_word_loses_its_sentence_capital() -> None:
    line = _line("Efforts are under way to reach the 12 trapped miners on Monday.", "Monday")
    assert line == "On 13 January, efforts are under way to reach the 12 trapped miners."
    line = _line(
        "Rescuers pulled two survivors from the rubble on Monday, officials said.",
        "Monday",
        context="A quake struck on Monday. Rescuers pulled two survivors from the rubble.",
    )
    assert line.startswith("On 13 January, rescuers pulled two survivors")


def test_names_keep_their_capitals() -> None:
    assert _line(
        "Zelenskyy said on Monday that the front was holding.",
        "Monday",
        entities=("Volodymyr Zelenskyy",),
    ).startswith("On 13 January, Zelenskyy said")
    # part of a name of several words, though no entity was found for it
    assert _line("Kursk Oblast was shelled overnight on Monday.", "Monday").startswith(
        "On 13 January, Kursk Oblast was"
    )
    # a country's adjective, an acronym, "I"
    assert _line("Russian forces shelled Kharkiv on Monday.", "Monday").startswith(
        "On 13 January, Russian forces"
    )
    assert _line("NATO ministers met in Brussels on Monday.", "Monday").startswith(
        "On 13 January, NATO ministers"
    )
    # written with a capital in the middle of a sentence elsewhere in the source
    assert _line(
        "Hezbollah fired dozens of rockets into northern Israel on Monday.",
        "Monday",
        context="Israel struck positions held by Hezbollah. "
        "Hezbollah fired dozens of rockets into northern Israel on Monday.",
    ).startswith("On 13 January, Hezbollah fired")
    # a function word starts the sentence, the name follows it
    assert _line(
        "The South Korean Ministry of Defence said on Monday that drills would resume.",
        "Monday",
        entities=("South Korean Ministry of Defence",),
    ).startswith("On 13 January, the South Korean Ministry of Defence said")


def test_a_word_the_source_writes_in_lower_case_is_not_a_name() -> None:
    line = _line(
        "Officials confirmed the evacuation of 3,000 residents on Monday.",
        "Monday",
        context="Local officials had warned of floods. "
        "Officials confirmed the evacuation of 3,000 residents on Monday.",
    )
    assert line.startswith("On 13 January, officials confirmed")


@pytest.fixture(scope="module")
def nlp():
    from backstory.nlp import load_nlp

    return load_nlp()


def test_they_goes_back_to_the_plural_subject_of_the_sentence_before(nlp) -> None:
    previous = (
        "Rescue teams from three neighbouring provinces reached the collapsed mine "
        "on Tuesday, the governor said."
    )
    assert antecedent_phrase(previous, "They pulled two survivors from the rubble.", nlp) == (
        "Rescue teams"
    )
    previous = "About 11,000 North Korean infantrymen are training in eastern Russia."
    # the count belongs to the earlier claim, not to the line that borrows the subject
    assert antecedent_phrase(previous, "They will be ready by 1 November.", nlp) == (
        "North Korean infantrymen"
    )


def test_he_goes_back_only_to_a_single_person_named_before(nlp) -> None:
    assert (
        antecedent_phrase(
            "Finance minister Rachel Reeves unveiled the budget on Wednesday.",
            "She said taxes on employers would rise.",
            nlp,
        )
        == "Rachel Reeves"
    )
    unclear = "Ukrainian President Volodymyr Zelenskyy met Olaf Scholz in Berlin."
    assert antecedent_phrase(unclear, "He asked for more air defence.", nlp) is None
    # no plural subject to refer to: left alone
    assert antecedent_phrase("The storm hit the coast.", "They fled inland.", nlp) is None


def test_it_goes_back_to_an_organisation_or_country_the_sentence_before_is_about(nlp) -> None:
    siemens = "Siemens Energy has cut 4,000 jobs in Germany since 2023."
    line = "In March, it announced the closure of its plant in Mülheim."
    assert antecedent_phrase(siemens, line, nlp) == "Siemens Energy"
    commission = "The European Commission opened an inquiry into the merger in 2024."
    fined = "Last week, it fined the two companies 300 million euros."
    assert antecedent_phrase(commission, fined, nlp) == "the European Commission"
    # an "it" that is nobody's ("it emerged that", "it took"), or one after a person
    emerged = "In March, it emerged that the plant in Mülheim would close."
    assert antecedent_phrase(siemens, emerged, nlp) is None
    assert antecedent_phrase(siemens, "It took the union three weeks to respond.", nlp) is None
    founded = "John Smith founded the company in 1990."
    assert antecedent_phrase(founded, "In 2000, it went public.", nlp) is None
    # a group's name of English words that NER took for a person is no person
    published = "In June, it published the data of 120,000 patients."
    for group in ("Black Mamba", "Silent Ransom"):
        attacks = f"{group} has attacked at least six hospitals in Europe this year."
        assert antecedent_phrase(attacks, published, nlp) == group
    # a real person's name is not "it", with or without a given name we know
    for person in ("Rose Black", "Xi Jinping"):
        visits = f"{person} has visited nine countries this year."
        assert antecedent_phrase(visits, published, nlp) is None


def test_its_opening_a_subject_goes_back_to_the_organisation_before(nlp) -> None:
    fed = "The Reserve Bank of Australia left its cash rate unchanged on Tuesday."
    assert antecedent_phrase(fed, "Its next meeting is scheduled for 1 April.", nlp) == (
        "the Reserve Bank of Australia"
    )
    # an "its" that qualifies no subject, or one after a person, is left alone
    assert antecedent_phrase(fed, "Analysts doubted its resolve.", nlp) is None
    founded = "John Smith founded the company in 1990."
    assert antecedent_phrase(founded, "Its shares listed in 2000.", nlp) is None


def test_a_line_opening_with_they_names_its_subject_from_its_own_sources(nlp) -> None:
    text = (
        "Thousands of residents left Goma as the fighting neared. "
        "Rebel fighters of the M23 group entered the city's airport, witnesses said. "
        "They seized the main border crossing with Rwanda on 27 January."
    )
    sentence = "They seized the main border crossing with Rwanda on 27 January."
    start = text.index(sentence)
    when = sentence.index("on 27 January")
    lead = {
        "sentence": sentence,
        "sentence_start": start,
        "sentence_end": start + len(sentence),
        "timex_start": start + when + 3,
        "timex_end": start + len(sentence) - 1,
    }
    resolved, antecedent = resolve_subject(lead, text)
    assert resolved.startswith("Rebel fighters seized the main border crossing")
    assert antecedent["sentence"].startswith("Rebel fighters of the M23 group")
    shift = len(resolved) - len(sentence)
    line = summarise(
        resolved,
        begin="2025-01-27",
        date_span=(when + 3 + shift, len(sentence) - 1 + shift),
        context=text,
    )
    assert line == "On 27 January, rebel fighters seized the main border crossing with Rwanda."
    sources = content_words(sentence + " " + antecedent["sentence"])
    assert set(content_words(line.split(", ", 1)[1])) <= set(sources)


def test_a_line_said_twice_on_a_day_is_one_line_with_both_sources() -> None:
    from backstory.timelines.timeline import Item, Source, merge_repeated

    def item(start: int, sentence: str, day: str = "2026-10-07") -> Item:
        source = Source("a1", "Ransom", None, start, start + len(sentence), sentence, None)
        text = 'Katrin Vogel said: "We will not finance criminals."'
        return Item(day, day, f"On 7 October, {text}", "asserted", [source], text=text)

    told = item(100, '"We will not finance criminals," she told a news conference.')
    labelled = item(900, 'Quote from Katrin Vogel: "We will not finance criminals."')
    other_day = item(1200, '"We will not finance criminals," she said.', day="2026-10-08")
    merged = merge_repeated([told, labelled, other_day])
    assert merged == [told, other_day]
    assert [s.start for s in told.sources] == [100, 900]


def test_a_line_left_with_its_pronoun_joins_the_line_it_continues() -> None:
    from backstory.timelines.timeline import Item, Source, merge_dangling

    def item(start: int, sentence: str, text: str, article: str = "a1") -> Item:
        source = Source(article, "Keynote", None, start, start + len(sentence), sentence, None)
        return Item(
            "2005-06-06", "2005-06-06", f"On 6 June, {text}", "asserted", [source], text=text
        )

    host = item(
        0,
        "Steve Jobs announced that Macs will use Intel chips.",
        "Steve Jobs announced that Macs will use Intel chips.",
    )
    other = item(300, "Shares of Apple fell 2%.", "shares of Apple fell 2%.", article="a2")
    dangling = item(
        900,
        "He talked about porting apps to Intel processors.",
        "he talked about porting apps to Intel processors.",
    )
    merged = merge_dangling([host, other, dangling])
    assert merged == [host, other]
    assert host.summary == (
        "On 6 June, Steve Jobs announced that Macs will use Intel chips. "
        "He talked about porting apps to Intel processors."
    )
    assert [s.start for s in host.sources] == [0, 900]
    # a line with no earlier line of its article that day stays
    alone = item(900, "He talked about porting apps.", "he talked about porting apps.")
    assert merge_dangling([other, alone]) == [other, alone]
    # nor does one whose pronoun follows a line of another day told between them
    # ("The war broke out in April 2023. It has killed ...": "it" is the war)
    siege = item(0, "The rebels have besieged the city since May.", "the rebels had besieged it.")
    war = Item(
        "2023-04-15", "2023-04-15", "On 15 April 2023, the war broke out.", "asserted",
        [Source("a1", "Keynote", None, 500, 530, "The war broke out on 15 April 2023.", None)],
        text="the war broke out.",
    )  # fmt: skip
    killed = item(900, "It has killed thousands.", "it had killed thousands.")
    assert merge_dangling([war, siege, killed]) == [war, siege, killed]


def test_a_dropped_date_takes_its_comma_only_when_it_opened_the_clause() -> None:
    def line(sentence: str, date: str) -> str:
        start = sentence.index(date)
        return summarise(sentence, begin="2024-03-03", date_span=(start, start + len(date)))

    assert line(
        "Russian drones struck an energy facility in the Odesa region on Sunday night, "
        "officials said on Monday.",
        "Sunday night",
    ) == (
        "On the night of 3 March, Russian drones struck an energy facility in the Odesa "
        "region, officials said on Monday."
    )
    assert line("The shelling resumed on 3 March, damaging a school.", "3 March") == (
        "On 3 March, the shelling resumed, damaging a school."
    )
    assert line("The mayor said that on 3 March, the shelling resumed.", "3 March") == (
        "On 3 March, the mayor said that the shelling resumed."
    )
    # a place named with its country before the date keeps its closing comma
    assert (
        line(
            "Ceasefire talks will open in Doha, Qatar, on 3 March, the foreign ministry said.",
            "3 March",
        )
        == "On 3 March, ceasefire talks will open in Doha, Qatar, the foreign ministry said."
    )
    assert line("The minister, on 3 March, rejected the plan.", "3 March") == (
        "On 3 March, the minister rejected the plan."
    )
    # a date set beside the day it names leaves that phrase its comma (and its capital goes
    # after a label)
    assert (
        line(
            "Details: On the last day of the summit, 3 March, the leaders signed a declaration.",
            "3 March",
        )
        == "On 3 March, on the last day of the summit, the leaders signed a declaration."
    )


def test_a_quote_label_names_the_speaker_when_no_attribution_was_linked() -> None:
    line = summarise(
        'Quote from Zelenskyy: "Even without Russia, we must keep this corridor open.',
        begin="2023-07-17",
    )
    assert (
        line
        == 'On 17 July, Zelenskyy said: "Even without Russia, we must keep this corridor open."'
    )
    line = summarise('Quote from the Air Force: "Most drones were shot down."', begin="2023-07-17")
    assert line == "On 17 July, the Air Force said most drones were shot down."
    # a quotation known to be one, with nobody linked to it: the label still names them
    line = summarise(
        'Quote from the mayor: "We will rebuild every house.',
        begin="2023-07-17",
        said_by=("unattributed", ""),
    )
    assert line == 'On 17 July, the mayor said: "We will rebuild every house."'


def test_a_date_that_completes_a_phrase_is_not_dropped() -> None:
    s = "The port handled 210,000 containers in March, a record for the month, despite a strike."
    start = s.index("the month")
    line = summarise(s, begin="2025-03-01", end="2025-03-31", date_span=(start, start + 9))
    assert line.endswith("a record for the month, despite a strike.")


def test_days_counted_from_publication_are_written_as_dates() -> None:
    from backstory.timelines.summaries import absolute_days

    s = "Dockworkers will strike from 10 March, the union said on Monday, unless pay rises by Friday."
    start = s.index("10 March")
    sentence, span = absolute_days(s, "2025-03-03T10:15:00", (start, start + 8))
    assert sentence == (
        "Dockworkers will strike from 10 March, the union said on 3 March, unless pay rises by 7 March."
    )
    assert sentence[span[0] : span[1]] == "10 March"
    sentence, span = absolute_days(
        "Officials said yesterday that 10 March was set.", "2025-03-03", None
    )
    assert sentence == "Officials said on 2 March that 10 March was set."


def test_the_night_of_a_date_goes_with_the_date() -> None:
    s = "On the night of 12-13 October, Russia attacked energy infrastructure in Odesa Oblast."
    start = s.index("12-13")
    line = summarise(s, begin="2024-10-12", end="2024-10-13", date_span=(start, start + 13))
    # (into the line's date, not left behind in the body)
    assert line == (
        "On the night of 12-13 October, Russia attacked energy infrastructure in Odesa Oblast."
    )


def test_an_institution_named_as_source_takes_the_article() -> None:
    from backstory.timelines.summaries import attributed

    assert attributed("The judges rejected the appeal.", ("claim", "General Court of the EU")) == (
        "the judges rejected the appeal, according to the General Court of the EU."
    )
    assert attributed("The deal was extended.", ("claim", "Reuters")) == (
        "the deal was extended, according to Reuters."
    )
    # a "Source: A; B; C" line lists its sources as prose does
    assert attributed("Two firefighters died.", ("claim", "Reuters; AP; the Coast Guard")) == (
        "two firefighters died, according to Reuters, AP and the Coast Guard."
    )
    # an institution whose name goes on after its head, or a description in lower case
    source = "Coordination Headquarters for the Treatment of Prisoners of War"
    assert attributed("The exchange was completed.", ("claim", source)) == (
        f"the exchange was completed, according to the {source}."
    )
    assert attributed("Gas prices rose.", ("claim", "Naftogaz press service; DTEK")) == (
        "gas prices rose, according to the Naftogaz press service and DTEK."
    )
    # an owner in the possessive is the name's determiner
    assert attributed("Drones were downed.", ("claim", "Ukraine's air force")) == (
        "drones were downed, according to Ukraine's air force."
    )


def test_a_bound_on_a_date_goes_with_the_date() -> None:
    s = "Forecasters said the heatwave would last until at least 21 July in the south."
    start = s.index("21 July")
    line = summarise(s, begin="2025-07-21", date_span=(start, start + 7))
    # the bound's modifier goes with the date into the line's date phrase: "On 21 July"
    # would tell the day the heatwave ends, which no source said
    assert line.startswith("Until at least 21 July, forecasters said the heatwave would last")
    assert "at least" not in line.split(", ", 1)[1]  # no orphan of the date phrase is left behind


@pytest.mark.parametrize(
    ("sentence", "when", "begin", "end", "line"),
    [
        (
            "The border crossing at Rafah will stay closed until at least the end of May, "
            "Egyptian officials said.",
            "the end of May",
            "2025-05-01",
            "2025-05-31",
            "Until at least the end of May, the border crossing at Rafah will stay closed, "
            "Egyptian officials said.",
        ),
        (
            "The airline will resume flights to Tel Aviv no later than 3 June.",
            "3 June",
            "2025-06-03",
            None,
            "No later than 3 June, the airline will resume flights to Tel Aviv.",
        ),
        (
            "Engineers could restart the second reactor as early as 14 October.",
            "14 October",
            "2025-10-14",
            None,
            "As early as 14 October, engineers could restart the second reactor.",
        ),
        (
            "The port will handle at most 40 ships a day at least until Friday.",
            "Friday",
            "2025-10-17",
            None,
            "At least until 17 October, the port will handle at most 40 ships a day.",
        ),
    ],
)
def test_a_line_dated_by_a_bound_keeps_the_bound_s_modifier(
    sentence: str, when: str, begin: str, end: str | None, line: str
) -> None:
    start = sentence.index(when)
    assert summarise(sentence, begin=begin, end=end, date_span=(start, start + len(when))) == line
    # "at least 40 people": a figure's modifier is no date's
    s = "The ferry carried at least 40 people on 4 November."
    start = s.index("4 November")
    assert summarise(s, begin="2025-11-04", date_span=(start, start + 10)) == (
        "On 4 November, the ferry carried at least 40 people."
    )


def test_between_goes_with_the_span_it_opens() -> None:
    s = "Inspectors will visit the plant between 8 and 10 June to check the reactor."
    start = s.index("8 and 10 June")
    line = summarise(s, begin="2025-06-08", end="2025-06-10", date_span=(start, start + 13))
    assert line == "On 8-10 June, inspectors will visit the plant to check the reactor."


def test_late_on_a_weekday_is_written_late_on_its_date() -> None:
    from backstory.timelines.summaries import absolute_days

    s = "The tanker was struck late on Tuesday, the coast guard said."
    assert absolute_days(s, "2026-05-15T10:00", None)[0] == (
        "The tanker was struck late on 12 May, the coast guard said."
    )


def test_a_date_written_into_a_compound_word_is_not_cut_out_of_it() -> None:
    s = "The agency forecast heavy rain for the March-to-May season."
    start = s.index("March")
    line = summarise(s, begin="2025-03-01", end="2025-03-31", date_span=(start, start + 5))
    assert line.endswith("for the March-to-May season.")


def test_two_sources_side_by_side_are_both_named() -> None:
    from backstory.timelines.summaries import attributed

    line = attributed(
        "The two sides met in Doha.", ("claim", "Qatari Foreign Ministry; Hamas political bureau")
    )
    assert line == (
        "the two sides met in Doha, according to the Qatari Foreign Ministry "
        "and the Hamas political bureau."  # (an institution in lower case takes "the" too)
    )


def test_a_day_ahead_inside_what_a_source_said_is_the_claims_day() -> None:
    from backstory.timelines.summaries import reported_claim

    s = (
        "Mira Patel, an economist at Harbour Bank in Leeds, said the bank would hold rates "
        "in March, and that cuts would follow later."
    )
    start = s.index("March")
    who, claim, span = reported_claim(s, (start, start + 5))
    assert (who, claim) == ("Mira Patel", "the bank would hold rates in March.")
    line = summarise(claim, begin="2026-03-01", end="2026-03-31", date_span=span,
                     said_by=("claim", who))  # fmt: skip
    assert line == "In March, the bank would hold rates, according to Mira Patel."
    s = "Forecasters warned that heavy rain would continue until Nov. 4 and urged people to leave."
    start = s.index("Nov. 4")
    assert reported_claim(s, (start, start + 6))[1] == "heavy rain would continue until Nov. 4."
    # of two that-clauses, the claim is the one that holds the date; "over" goes with it
    s = (
        "Jonas Berg said the city had asked the army for help and that 300 soldiers would "
        "arrive over the weekend."
    )
    start = s.index("the weekend")
    who, claim, span = reported_claim(s, (start, start + 11))
    assert claim == "300 soldiers would arrive over the weekend."
    line = summarise(claim, begin="2026-08-22", end="2026-08-23", date_span=span,
                     said_by=("claim", who))  # fmt: skip
    assert line == "On 22-23 August, 300 soldiers would arrive, according to Jonas Berg."
    # the date of the saying, or a phrase after the verb, is no claim
    s = "The minister said on 3 March that the bridge would reopen."
    assert reported_claim(s, (s.index("3 March"), s.index("3 March") + 7)) is None
    s = "The minister said in parliament on 3 June that the bridge would reopen in July."
    assert reported_claim(s, (s.index("3 June"), s.index("3 June") + 6)) is None
    # the phrase after the verb and the saying's day are skipped: the claim is the clause
    assert reported_claim(s, (s.index("July"), s.index("July") + 4)) == (
        "The minister",
        "the bridge would reopen in July.",
        (27, 31),
    )


def test_a_day_in_a_relative_clause_about_the_subject_is_told_of_the_subject() -> None:
    from backstory.timelines.summaries import relative_clause_claim

    s = (
        "Ana Ruiz, the mayor who took office on 2 May with 51% of the vote, called the "
        "ruling unfair."
    )
    start = s.index("2 May")
    sentence, span = relative_clause_claim(s, (start, start + 5))
    assert sentence == "Ana Ruiz took office on 2 May with 51% of the vote."
    assert sentence[span[0] : span[1]] == "2 May"
    assert relative_clause_claim(s, (s.index("ruling"), s.index("ruling") + 6)) is None


def test_conjoined_clauses_each_with_a_day_make_a_line_each() -> None:
    from backstory.timelines.summaries import own_clause

    pub = "2025-03-10T09:00:00"
    s = (
        "Police arrested the driver on 3 March, and on 5 March a court in Porto charged "
        "him with manslaughter."
    )

    def clause(phrase: str) -> tuple[str, str] | None:
        start = s.index(phrase)
        found = own_clause(s, (start, start + len(phrase)), pub)
        return None if found is None else (found[0], found[0][found[1][0] : found[1][1]])

    assert clause("3 March") == ("Police arrested the driver on 3 March.", "3 March")
    assert clause("5 March") == (
        "On 5 March a court in Porto charged him with manslaughter.",
        "5 March",
    )
    # a second clause with no subject of its own cannot stand alone
    s = "Police arrested the driver on 3 March, and charged him on 5 March."
    assert own_clause(s, (s.index("5 March"), s.index("5 March") + 7), pub) is None
    # a claim's day dates the claim, not the saying: the sentence stays whole
    s = "The firm cut its forecast on 3 March, and said it would close the plant in June."
    assert own_clause(s, (s.index("3 March"), s.index("3 March") + 7), pub) is None
    # one dated clause: nothing to split
    s = "Police arrested the driver on 3 March, and the road stayed closed."
    assert own_clause(s, (s.index("3 March"), s.index("3 March") + 7), pub) is None


def test_a_period_that_ends_on_the_date_is_told_as_the_source_tells_it() -> None:
    s = "Rents in Lisbon rose 9% in the 12 months to September, the agency said."
    start = s.index("September")
    line = summarise(s, begin="2025-09-01", end="2025-09-30", date_span=(start, start + 9))
    assert line == "In the 12 months to September, rents in Lisbon rose 9%, the agency said."
    s = "Exports grew 3% in the quarter ended 30 June."
    start = s.index("30 June")
    line = summarise(s, begin="2025-06-30", date_span=(start, start + 7), with_year=True)
    assert line == "In the quarter ended 30 June 2025, exports grew 3%."


def test_a_common_noun_before_a_name_loses_its_capital_and_a_title_keeps_it() -> None:
    s = "Businessman Roman Dobis admitted paying bribes in June 2025."
    start = s.index("June")
    line = summarise(s, begin="2025-06-01", end="2025-06-30", date_span=(start, start + 9),
                     entities=("Roman Dobis",))  # fmt: skip
    assert line == "In June, businessman Roman Dobis admitted paying bribes."
    line = summarise("President Klaus Iohannis said he would stay.", begin="2024-12-09",
                     entities=("Klaus Iohannis",), context="The president said so.")  # fmt: skip
    assert line == "On 9 December, President Klaus Iohannis said he would stay."


def test_a_source_named_by_a_common_noun_takes_the_article() -> None:
    from backstory.timelines.summaries import attributed

    line = attributed("The deal was signed.", ("claim", "joint statement; Reuters"))
    assert line == "the deal was signed, according to the joint statement and Reuters."


def test_a_claim_ahead_in_a_second_clause_or_of_the_speakers_own_plan() -> None:
    from backstory.timelines.summaries import reported_claim

    s = (
        "Flights were grounded as pilots began a strike, and their union said they would "
        "strike again on 9 May unless pay improved."
    )
    start = s.index("9 May")
    who, claim, span = reported_claim(s, (start, start + 5))
    assert (who, claim[span[0] : span[1]]) == ("the union", "9 May")
    assert claim.startswith("they would strike again")
    s = "Health Minister Ana Lobo said she would visit the camps on Friday and thanked donors."
    start = s.index("Friday")
    who, claim, span = reported_claim(s, (start, start + 6))
    assert claim == "Health Minister Ana Lobo would visit the camps on Friday."
    assert claim[span[0] : span[1]] == "Friday"


def test_a_wire_dateline_is_no_part_of_the_line() -> None:
    from backstory.timex.tagger import dateline_end

    s = "MADRID, March 3 (Reuters) - Spain's parliament approved the budget on Tuesday."
    start = s.index("Tuesday")
    line = summarise(s, begin="2025-03-04", date_span=(start, start + 7))
    assert line == "On 4 March, Spain's parliament approved the budget."
    for opening in (
        "WASHINGTON (AP) — ",
        "KYIV, Ukraine, Oct. 3 (Reuters) - ",
        "Nov 29 (Reuters) - ",
        "GAZA/JERUSALEM, Nov 28 (Reuters) - ",
        "LAGOS - ",
        "SANTA CRUZ, Bolivia — ",
    ):
        assert dateline_end(opening + "Prices rose.") == len(opening)
    assert dateline_end("The UN (in New York) - said") is None
    assert dateline_end("IMF - The fund said") is None  # (an acronym, no place)


def test_an_abbreviation_ending_the_line_takes_no_second_full_stop() -> None:
    s = "The truce was due to expire at 7 a.m. (0500 GMT) on Wednesday."
    start = s.index("on Wednesday") + 3
    line = summarise(s, begin="2023-11-29", date_span=(start, start + 9))
    assert line == "On 29 November, the truce was due to expire at 7 a.m."


def test_a_dated_clause_of_time_in_a_dated_sentence_makes_its_own_line() -> None:
    from backstory.timelines.summaries import time_clause

    pub = "2025-06-12T09:00:00"
    s = (
        "The airport reopened on Monday, a month after a cyberattack on its systems "
        "grounded all flights on 9 May, the operator said."
    )

    def clause(text: str, phrase: str) -> tuple[str, str] | None:
        start = text.index(phrase)
        found = time_clause(text, (start, start + len(phrase)), pub)
        return None if found is None else (found[0], found[0][found[1][0] : found[1][1]])

    assert clause(s, "9 May") == (
        "A cyberattack on its systems grounded all flights on 9 May, the operator said.",
        "9 May",
    )
    # a subject with no determiner, before its verb in the past
    s = (
        "The port reopened on Monday, a week after dockers blocked its gates on 9 May, "
        "the operator said."
    )
    assert clause(s, "9 May") == ("Dockers blocked its gates on 9 May, the operator said.", "9 May")
    s = "Trading resumed on Monday, two weeks after talks on 9 May."
    assert clause(s, "9 May") is None
    # the main clause undated and not a stretch up to now: the date is the sentence's
    s = "The mayor moved to the town after a flood destroyed his farm in 2019."
    assert clause(s, "2019") is None
    # (but a perfect main clause is a stretch since the clause's happening, which is the
    # year's line: "In 2019, the mayor lived in the town since ..." told nothing right)
    s = "The mayor has lived in the town since a flood destroyed his farm in 2019."
    assert clause(s, "2019") == ("A flood destroyed his farm in 2019.", "2019")
    # a date straight after the conjunction is no clause of its own
    s = "Prices have risen every month since March 2014, the agency said on Monday."
    assert clause(s, "March 2014") is None


def test_a_day_in_a_relative_clause_about_the_object_is_told_as_its_own_sentence(nlp) -> None:
    from backstory.timelines.summaries import object_relative_clause

    def clause(text: str, phrase: str) -> tuple[str, str] | None:
        start = text.index(phrase)
        found = object_relative_clause(text, (start, start + len(phrase)), lambda: nlp)
        return None if found is None else (found[0], found[0][found[1][0] : found[1][1]])

    # a pronoun subject is the sentence's subject; the antecedent takes the object's place
    s = "The army said it had ordered the evacuation of the Nasser hospital, which it raided on Nov. 15."
    assert clause(s, "Nov. 15") == ("The army raided the Nasser hospital on Nov. 15.", "Nov. 15")
    # a subject of its own, a particle kept with its verb, the clause ending at its comma
    s = (
        "Workers protested outside the Vernon plant, which the company shut down on 3 May, "
        "demanding their jobs back."
    )
    assert clause(s, "3 May") == ("The company shut down the Vernon plant on 3 May.", "3 May")
    # "the head of the agency, whom ...": the head or the agency? Not clear: left whole
    s = "Officials praised the head of the agency, whom the president fired on Monday."
    assert clause(s, "Monday") is None
    # two people before "she": not clear who appointed her
    s = "Ana Ruiz praised Marta Gil, whom she appointed on 4 April."
    assert clause(s, "4 April") is None
    # "it" could be the army or the ministry's subject: the ministry is not the only one
    s = "The ministry said the army had surrounded the hospital, which it raided on Nov. 15."
    assert clause(s, "Nov. 15") is None
    # the relative word is the subject: not this rule's
    s = "Rebels seized the airport, which reopened on 9 June."
    assert clause(s, "9 June") is None


def test_a_pronoun_goes_back_two_sentences_when_nothing_between_could_be_meant(nlp) -> None:
    from backstory.timelines.antecedents import earlier_antecedent

    text = (
        "Rescue teams from three provinces reached the collapsed mine on Tuesday. "
        "The shaft had caved in on Monday after heavy rain weakened the rock. "
        "They pulled four survivors from the rubble on Wednesday."
    )
    sentence = "They pulled four survivors from the rubble on Wednesday."
    phrase, span = earlier_antecedent(text, text.index(sentence), sentence, nlp)
    assert phrase == "Rescue teams"
    assert text[span[0] : span[1]].startswith("Rescue teams from three provinces")
    # the sentence between names people "they" could be: not clear, left alone
    text = (
        "Rescue teams from three provinces reached the collapsed mine on Tuesday. "
        "The shaft had caved in on Monday, trapping eleven miners. "
        "They pulled four survivors from the rubble on Wednesday."
    )
    assert earlier_antecedent(text, text.index(sentence), sentence, nlp) is None
    # "she" two back, past a sentence naming nobody
    text = (
        "Finance minister Rachel Reeves unveiled the budget on Wednesday. "
        "The plan raises taxes on employers by 40 billion pounds. "
        "She said the rise was needed."
    )
    sentence = "She said the rise was needed."
    assert earlier_antecedent(text, text.index(sentence), sentence, nlp)[0] == "Rachel Reeves"
    # a person named between, though not as its subject: "she" could be either
    text = text.replace("pounds.", "pounds, a plan opposed by Jeremy Hunt.")
    assert earlier_antecedent(text, text.index(sentence), sentence, nlp) is None


def test_a_relative_clause_about_the_subject_is_left_out_of_the_line(nlp) -> None:
    from backstory.timelines.summaries import subject_aside

    def shortened(text: str, phrase: str | None = None) -> tuple[str, str | None] | None:
        span = None if phrase is None else (text.index(phrase), text.index(phrase) + len(phrase))
        found = subject_aside(text, span, lambda: nlp)
        if found is None:
            return None
        line, at = found
        return line, None if at is None else line[at[0] : at[1]]

    s = (
        "Arianespace, which has launched Ariane 6 four times since July 2024, said on Tuesday "
        "it would delay the next flight."
    )
    assert shortened(s, "Tuesday") == (
        "Arianespace said on Tuesday it would delay the next flight.",
        "Tuesday",
    )
    # a list inside the clause: the parse, not the next comma, ends it
    s = "The ministry, which oversees police, courts and prisons, will hire 400 guards."
    assert shortened(s) == ("The ministry will hire 400 guards.", None)
    # an apposition names the subject's role: it stays
    s = "Georgescu, the far-right candidate who won the first round, called on Sunday for calm."
    assert shortened(s, "Sunday") == (
        "Georgescu, the far-right candidate, called on Sunday for calm.",
        "Sunday",
    )
    # the line's date is in the clause: another rule tells the clause
    s = "Georgescu, who won the first round on 24 November, called for calm."
    assert shortened(s, "24 November") is None
    # a clause about the object, or a quotation: left alone
    assert shortened("Rebels seized the airport, which reopened on 9 June.") is None
    s = '"The minister, who resigned, will not stop," she said.'
    assert shortened(s) is None
    # a quotation after the clause is no reason to keep it
    s = 'Georgescu, the far-right candidate who won the first round, called the ruling "a coup".'
    assert shortened(s) == ('Georgescu, the far-right candidate, called the ruling "a coup".', None)


def test_a_first_word_english_does_not_know_keeps_its_capital() -> None:
    from backstory.timelines.summaries import is_name

    # no context to tell: a proper noun no dictionary knows is a name
    assert is_name("Arianespace", "Arianespace said it would delay the next flight.")
    assert not is_name("Rescuers", "Rescuers found two bodies in the rubble.")
    assert not is_name("Amid", "Amid the storm, militants attacked a base.")


def test_a_hedge_on_the_date_goes_with_the_date() -> None:
    # "probably in June": the hedge leads the line's date, nothing is left dangling
    assert (
        _line(
            "The shipyard will deliver the second ferry, probably in June, the operator said.",
            "June",
        )
        == "Probably on 13 January, the shipyard will deliver the second ferry, the operator said."
    )
    assert _line("The tunnel will reopen most likely on Friday.", "Friday") == (
        "Most likely on 13 January, the tunnel will reopen."
    )
    # a date that is what the clause says of its subject stays in it
    assert _line("The runoff is probably in March, the minister said.", "March") == (
        "On 13 January, the runoff is probably in March, the minister said."
    )


def test_a_day_that_opens_a_stretch_and_heads_a_when_clause_is_the_clauses() -> None:
    from backstory.timelines.summaries import when_clause

    s = (
        "The port has been closed to tankers since 8 May, when a drone hit a fuel depot "
        "near the quay, the harbour master said."
    )
    start = s.index("8 May")
    clause, span = when_clause(s, (start, start + 5))
    assert (clause, span) == ("A drone hit a fuel depot near the quay.", None)
    s = "The licence is withdrawn from 3 June, when the regulator (Ofcom) revoked it, until 2027."
    start = s.index("3 June")
    assert when_clause(s, (start, start + 6))[0] == "The regulator (Ofcom) revoked it."
    # a day both clauses happened on, or a clause whose subject the line could not name
    s = "Shares slumped on Tuesday, when the bank cut its forecast."
    assert when_clause(s, (s.index("Tuesday"), s.index("Tuesday") + 7)) is None
    s = "He has lived abroad since 2 May, when he fled the country."
    assert when_clause(s, (s.index("2 May"), s.index("2 May") + 5)) is None


def test_a_state_that_runs_from_a_day_is_told_from_that_day() -> None:
    assert _line("Ferries to the island are suspended from Monday.", "Monday") == (
        "From 13 January, ferries to the island are suspended."
    )
    assert _line("The border crossing has been shut since Monday.", "Monday") == (
        "Since 13 January, the border crossing has been shut."
    )
    # a stretch the date names whole, or the old day of something moved
    s = "The fair is open from Friday to Sunday."
    start = s.index("Friday")
    line = summarise(s, begin="2025-01-17", end="2025-01-19", date_span=(start, start + 16))
    assert line == "On 17-19 January, the fair is open."
    assert _line("The board moved the vote from Monday to 2 February.", "Monday").startswith(
        "On 13 January, "
    )


def test_a_sentence_about_a_source_named_beside_others_does_not_cite_it() -> None:
    # "Source: A; B": a line whose sentence names A as the one who did it is not "according
    # to A and B"
    s = "The Federal Court of Appeal on Friday dismissed the airline's challenge."
    start = s.index("Friday")
    line = summarise(
        s,
        begin="2026-02-13",
        date_span=(start, start + 6),
        said_by=("claim", "Federal Court of Appeal; Canadian Transportation Agency"),
    )
    assert line == "On 13 February, the Federal Court of Appeal dismissed the airline's challenge."


def test_a_date_in_a_subject_relative_clause_makes_the_clause_the_line(nlp) -> None:
    from backstory.timelines.summaries import subject_relative_clause

    s = "The number of people killed by the cyclone that hit Mozambique on 9 March has risen to 88."
    start = s.index("9 March")
    clause, span = subject_relative_clause(s, (start, start + 7), lambda: nlp)
    assert clause == "The cyclone hit Mozambique on 9 March."
    assert clause[span[0] : span[1]] == "9 March"
    s = "Italy sent a convoy of 40 trucks, which reached Kherson on Sunday."
    start = s.index("Sunday")
    clause, _ = subject_relative_clause(s, (start, start + 6), lambda: nlp)
    assert clause == "A convoy of 40 trucks reached Kherson on Sunday."
    # a date of the main clause is no relative clause's
    s = "The ship that sank was found on Monday."
    start = s.index("Monday")
    assert subject_relative_clause(s, (start, start + 6), lambda: nlp) is None


def test_two_predicates_of_one_subject_each_dated_make_a_line_each(nlp) -> None:
    from backstory.timelines.summaries import coordinated_predicate

    def line(sentence: str, when: str, begin: str) -> str:
        start = sentence.index(when)
        clause = coordinated_predicate(
            sentence, (start, start + len(when)), "2026-05-15T10:00", lambda: nlp
        )
        assert clause is not None, sentence
        return summarise(clause[0], begin=begin, date_span=clause[1], with_year=True)

    s = (
        "Novak was detained on 2 June 2025 while filming a protest in Minsk and was "
        "sentenced in October 2025 to six years in a penal colony for extremism."
    )
    assert line(s, "2 June 2025", "2025-06-02") == (
        "On 2 June 2025, Novak was detained while filming a protest in Minsk."
    )
    assert line(s, "October 2025", "2025-10-01") == (
        "On 1 October 2025, Novak was sentenced to six years in a penal colony for extremism."
    )
    # the second predicate borrows the first's auxiliary; what follows goes with both
    s = "The ferry was seized on 3 March and released on 9 April, its owner said."
    assert (
        line(s, "3 March", "2026-03-03") == "On 3 March 2026, the ferry was seized, its owner said."
    )
    assert line(s, "9 April", "2026-04-09") == (
        "On 9 April 2026, the ferry was released, its owner said."
    )
    # "in November that year": the year is the line's date's
    s = "Kowalczyk joined the board on 4 May 2023 and resigned in November that year."
    assert line(s, "November", "2023-11-01") == "On 1 November 2023, Kowalczyk resigned."


def test_one_day_for_two_predicates_keeps_the_sentence_whole(nlp) -> None:
    from backstory.timelines.summaries import coordinated_predicate

    for sentence, when in [
        ("Police arrested the mayor on 14 May and charged him with fraud.", "14 May"),
        # the other date is inside what the second predicate says: said that day too
        (
            "The central bank raised rates on Wednesday and said it would cut them in 2027.",
            "Wednesday",
        ),
    ]:
        start = sentence.index(when)
        span = (start, start + len(when))
        assert coordinated_predicate(sentence, span, "2026-05-15T10:00", lambda: nlp) is None


def test_a_saying_dated_in_its_own_clause_leaves_the_other_clause_its_own_line() -> None:
    from backstory.timelines.summaries import own_clause

    s = (
        "The airline had cut 40 routes in March, but the regulator said on Monday that "
        "the cuts were not enough and ordered a review."
    )
    start = s.index("March")
    assert own_clause(s, (start, start + 5), "2026-06-10T10:00") == (
        "The airline had cut 40 routes in March.",
        (33, 38),
    )
    clause = own_clause(s, (start, start + 5), "2026-06-10T10:00")
    assert clause is not None
    assert summarise(clause[0], begin="2026-03-01", end="2026-03-31", date_span=clause[1]) == (
        "In March, the airline cut 40 routes."
    )
    # a day inside what is said is the claim's: the saying is the other clause's day too
    s = "The firm cut its forecast on Thursday, and said it would shed 1,200 jobs by the end of 2026."
    start = s.index("Thursday")
    assert own_clause(s, (start, start + 8), "2026-06-10T10:00") is None


def test_a_predicate_bounded_by_a_day_is_split_off_and_told_done_by_it(nlp) -> None:
    from backstory.timelines.summaries import coordinated_predicate

    # "by Thursday night" has a line of its own ("By the night of 20 August, ..."): the
    # start is told alone on its day, the spread alone under its bound
    s = "The blaze started on 17 August near Oliver and spread to 9,000 hectares by Thursday night."
    start = s.index("17 August")
    clause = coordinated_predicate(s, (start, start + 9), "2026-08-21T10:00", lambda: nlp)
    assert clause is not None
    assert summarise(clause[0], begin="2026-08-17", date_span=clause[1]) == (
        "On 17 August, the blaze started near Oliver."
    )
    s = (
        "Flood water cut the rail line on 3 May and had reached the station by the "
        "evening of 5 May, the operator said."
    )
    at = s.index("5 May")
    clause = coordinated_predicate(s, (at, at + 5), "2026-05-06T10:00", lambda: nlp)
    assert clause is not None
    assert summarise(clause[0], begin="2026-05-05", date_span=clause[1]) == (
        "By the evening of 5 May, flood water had reached the station, the operator said."
    )
    # another bound ("until") gives no day of its own: the sentence stays whole
    s = "The port was shut on 3 May and stayed closed until Friday."
    at = s.index("3 May")
    assert coordinated_predicate(s, (at, at + 5), "2026-05-10T10:00", lambda: nlp) is None


def test_a_line_told_done_by_a_day_takes_the_past_perfect(nlp) -> None:
    s = "Rebels seized the airport by 27 January."
    at = s.index("27 January")
    assert summarise(s, begin="2025-01-27", date_span=(at, at + 10)) == (
        "By 27 January, rebels had seized the airport."
    )
    s = "About 40 homes were destroyed by Sunday evening, the fire service said."
    at = s.index("Sunday")
    assert summarise(s, begin="2025-06-15", date_span=(at, at + 14)) == (
        "By the evening of 15 June, about 40 homes had been destroyed, the fire service said."
    )


def test_an_apposition_naming_the_source_names_the_claim() -> None:
    from backstory.timelines.summaries import reported_claim, said_another_day

    s = "Her husband, Tomas Berglund, told Finnish radio on 2 March that she had been freed."
    start = s.index("2 March")
    assert not said_another_day(s, (start, start + 7), "2026-03-04T10:00")  # its own day
    s = "Her sister, Lena Berglund, told Finnish radio on 2 March that she had been freed on Sunday."
    start = s.index("Sunday")
    assert said_another_day(s, (start, start + 6), "2026-03-04T10:00")
    who, claim, span = reported_claim(s, (start, start + 6))
    assert (who, claim) == ("Lena Berglund", "Lena Berglund had been freed on Sunday.")
    assert claim[span[0] : span[1]] == "Sunday"
    # "her husband ... she": she is someone else, whom the sentence does not name
    s = "Her husband, Tomas Berglund, told Finnish radio on 2 March that she had been freed on Sunday."
    start = s.index("Sunday")
    assert reported_claim(s, (start, start + 6)) is None
    # with no date of its own, a saying is not "another day"
    s = "The minister said the army had recaptured the town in January."
    start = s.index("January")
    assert not said_another_day(s, (start, start + 7), "2026-03-04T10:00")


def test_a_line_at_a_past_time_tells_a_perfect_in_the_simple_past() -> None:
    line = _line("The port authority has closed the harbour to tankers on Monday.", "Monday")
    assert line == "On 13 January, the port authority closed the harbour to tankers."
    line = _line(
        "Two journalists have been freed on Monday after a month in custody, their paper said.",
        "Monday",
    )
    assert line == (
        "On 13 January, two journalists were freed after a month in custody, their paper said."
    )
    # a span from a day keeps its perfect
    line = _line("The airport has been shut since Monday.", "Monday")
    assert "has been shut" in line


def test_a_day_late_or_early_keeps_its_part_in_the_lines_date() -> None:
    sentence = "The ferry capsized late on Monday near the harbour mouth."
    start = sentence.index("late on Monday")
    line = summarise(sentence, begin="2025-01-13", date_span=(start, start + len("late on Monday")))
    assert line == "Late on 13 January, the ferry capsized near the harbour mouth."
    sentence = "Negotiators broke up early Monday without a deal."
    start = sentence.index("early Monday")
    line = summarise(sentence, begin="2025-01-13", date_span=(start, start + len("early Monday")))
    assert line == "Early on 13 January, negotiators broke up without a deal."


def test_a_clock_time_in_the_date_phrase_stays_in_the_lines_date() -> None:
    line = _line(
        "The freight train derailed at 6:15 a.m. on Monday outside Brno.", "6:15 a.m. on Monday"
    )
    assert line == "At 6:15 a.m. on 13 January, the freight train derailed outside Brno."
    # how near the time is goes with it, and the clock's zone; an aside in brackets goes
    line = _line(
        "The ferry sank shortly after 11 p.m. local time (1500 GMT) on Monday.",
        "11 p.m. local time (1500 GMT) on Monday",
    )
    assert line == "Shortly after 11 p.m. local time on 13 January, the ferry sank."
    line = _line(
        "Power returned at 06:30 Kyiv time on Monday, the grid operator said.",
        "06:30 Kyiv time on Monday",
    )
    assert line.startswith("At 06:30 Kyiv time on 13 January, power returned")
    line = _line("Polls closed at about 8 pm.", "about 8 pm")
    assert line == "At about 8 pm on 13 January, polls closed."
    # a clock time that bounds what happened is no time it happened
    line = _line("The roads must be cleared by 9 a.m. on Monday.", "9 a.m. on Monday")
    assert not line.startswith("At")
    # "afternoon" names no clock time
    line = _line("The minister resigned on Monday afternoon.", "Monday afternoon")
    assert not line.startswith("At")


def test_the_part_of_a_day_the_date_names_stays_in_the_lines_date() -> None:
    line = _line(
        "Militants attacked an army base near Maiduguri early on Monday morning.",
        "early on Monday morning",
    )
    assert (
        line
        == "Early on the morning of 13 January, militants attacked an army base near Maiduguri."
    )
    line = _line(
        "Thousands marched to the presidential palace on Monday evening.", "Monday evening"
    )
    assert line == "On the evening of 13 January, thousands marched to the presidential palace."
    sentence = "Looters raided shops in the port on the night of 13 January."
    line = _line(sentence, "13 January")
    assert line == "On the night of 13 January, looters raided shops in the port."


def test_a_saying_with_its_day_in_front_gives_the_claim_its_own_line() -> None:
    from backstory.timelines.summaries import reported_claim, said_another_day

    s = (
        "On 9 June, the Interior Ministry reported that floodwaters had reached the "
        "outskirts of Porto Alegre overnight."
    )
    start = s.index("overnight")
    span = (start, start + len("overnight"))
    assert said_another_day(s, span, "2026-06-10T08:00")
    who, claim, _ = reported_claim(s, span)
    assert (who, claim) == (
        "Interior Ministry",
        "floodwaters had reached the outskirts of Porto Alegre overnight.",
    )


def test_a_clause_opened_by_another_has_a_subject_of_its_own() -> None:
    from backstory.timelines.summaries import own_clause

    s = (
        "On 3 June, rescuers reached 40 stranded villagers, and on 4 June another 25 "
        "were flown out by helicopter."
    )
    start = s.index("4 June")
    clause, span = own_clause(s, (start, start + 6), "2026-06-05T08:00")
    assert clause == "On 4 June another 25 were flown out by helicopter."
    assert clause[slice(*span)] == "4 June"


@pytest.mark.parametrize(
    ("sentence", "phrase", "begin", "end", "line"),
    [
        (
            "The minister said the coalition would meet again in mid-December.",
            "mid-December",
            "2025-12-01",
            "2025-12-31",
            "In mid-December, the minister said the coalition would meet again.",
        ),
        (
            "The smelter will restart in early July, the company said.",
            "early July",
            "2026-07-01",
            "2026-07-31",
            "In early July, the smelter will restart, the company said.",
        ),
        (
            "The strikes spread to the ports in late May.",
            "late May",
            "2026-05-01",
            "2026-05-31",
            "In late May, the strikes spread to the ports.",
        ),
    ],
)
def test_a_part_of_a_month_stays_in_the_date(
    sentence: str, phrase: str, begin: str, end: str, line: str
) -> None:
    start = sentence.index(phrase)
    got = summarise(sentence, begin=begin, end=end, date_span=(start, start + len(phrase)))
    assert got == line


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        (
            "The regional court has remanded the former mayor in custody for two months.",
            "By 9 May, the regional court had remanded the former mayor in custody for two months.",
        ),
        (
            "Rescuers have pulled 14 people from the rubble, officials said.",
            "By 9 May, rescuers had pulled 14 people from the rubble, officials said.",
        ),
    ],
)
def test_a_perfect_undated_by_its_sentence_is_told_by_the_day_of_the_report(
    sentence: str, line: str
) -> None:
    # the sentence names no day: the line's is the report's, by which it had happened
    assert summarise(sentence, begin="2026-05-09") == line


def test_a_present_without_a_perfect_keeps_the_day_of_the_report() -> None:
    line = summarise("The ministry said the bridge is closed to traffic.", begin="2026-05-09")
    assert line == "On 9 May, the ministry said the bridge is closed to traffic."


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        # a quotation that closes the sentence keeps its closing mark
        (
            'The mayor said on Friday the new bridge was "a gift to the whole valley."',
            'On 7 March, the mayor said the new bridge was "a gift to the whole valley."',
        ),
        (
            "The mayor on Friday called the new bridge “a gift to the valley”",
            "On 7 March, the mayor called the new bridge “a gift to the valley”.",
        ),
        # one that closes inside keeps the sentence's own full stop
        (
            'The mayor said on Friday it was a "long-awaited" day.',
            'On 7 March, the mayor said it was a "long-awaited" day.',
        ),
    ],
)
def test_a_closing_quotation_mark_stays(sentence: str, line: str) -> None:
    at = sentence.index("on Friday")
    span = (at + 3, at + 9)
    assert summarise(sentence, begin="2025-03-07", date_span=span) == line


@pytest.mark.parametrize(
    ("sentence", "day", "clause"),
    [
        # the antecedent is a whole name with its own "for ... and ..." phrase
        (
            "Flights resumed at noon, according to the Authority for Civil Aviation and "
            "Airports, which lifted the ban on Thursday.",
            "Thursday",
            "The Authority for Civil Aviation and Airports lifted the ban on Thursday.",
        ),
        # and the whole chain of "of" phrases before the relative word
        (
            "The union criticised the chairman of the board of the rail operator, who "
            "resigned on Monday.",
            "Monday",
            "The chairman of the board of the rail operator resigned on Monday.",
        ),
    ],
)
def test_a_subject_relative_clause_is_told_of_its_whole_antecedent(
    nlp, sentence: str, day: str, clause: str
) -> None:
    from backstory.timelines.summaries import subject_relative_clause

    start = sentence.index(day)
    found = subject_relative_clause(sentence, (start, start + len(day)), lambda: nlp)
    assert found is not None and found[0] == clause
    assert found[0][slice(*found[1])] == day


@pytest.mark.parametrize(
    ("sentence", "date", "line"),
    [
        # a date something is set for is when it happens: it goes with its "for"
        (
            "A referendum on the new constitution is scheduled for May 17, 2026.",
            "May 17, 2026",
            "On 17 May, a referendum on the new constitution is scheduled.",
        ),
        (
            "The final hearing was set for 9 March.",
            "9 March",
            "On 17 May, the final hearing was set.",
        ),
        # a date that completes another phrase stays
        (
            "Sales were a record for the month of March.",
            "March",
            "On 17 May, sales were a record for the month of March.",
        ),
    ],
)
def test_a_date_a_thing_is_scheduled_for_goes_from_the_line(
    sentence: str, date: str, line: str
) -> None:
    at = sentence.index(date)
    assert summarise(sentence, begin="2026-05-17", date_span=(at, at + len(date))) == line


@pytest.mark.parametrize(
    ("sentence", "date", "line"),
    [
        # a clause joined by a semicolon is the line of its own date alone
        (
            "The rebels said in March they would join the talks; the government has "
            "refused to sit down with them.",
            "in March",
            "In March, the rebels said they would join the talks.",
        ),
        (
            "The mill shut its gates on 3 March; talks on reopening it have stalled.",
            "on 3 March",
            "In March, the mill shut its gates.",
        ),
        # a clause of the same time is the same story: the line keeps it
        (
            "The mill shut its gates on 3 March; hundreds of workers lost their jobs.",
            "on 3 March",
            "In March, the mill shut its gates; hundreds of workers lost their jobs.",
        ),
        # not a part whose subject is a pronoun of the part before
        (
            "Exports rose 3% in February; in March they fell by 1% as demand weakened.",
            "in March",
            "In March, exports rose 3% in February; they fell by 1% as demand weakened.",
        ),
    ],
)
def test_a_semicolon_clause_holding_the_date_is_the_line(
    sentence: str, date: str, line: str
) -> None:
    at = sentence.index(date) + 3
    span = (at, at + len(date) - 3)
    assert summarise(sentence, begin="2025-03-01", end="2025-03-31", date_span=span) == line


@pytest.mark.parametrize(
    ("sentence", "date", "line"),
    [
        (
            "The ministry did not immediately comment, but two officials said the convoy "
            "had turned back on Tuesday.",
            "Tuesday",
            "On 4 March, two officials said the convoy had turned back.",
        ),
        (
            "A spokeswoman for the airline declined to comment, while pilots said on Tuesday "
            "that the strike would go ahead.",
            "Tuesday",
            "On 4 March, pilots said that the strike would go ahead.",
        ),
        # the silence dated by the day itself stays: it is what the sentence tells
        (
            "The ministry declined to comment on Tuesday, but officials said the convoy "
            "had turned back.",
            "Tuesday",
            "On 4 March, the ministry declined to comment, but officials said the convoy "
            "had turned back.",
        ),
    ],
)
def test_who_kept_silent_opens_no_line(sentence: str, date: str, line: str) -> None:
    at = sentence.index(date)
    assert summarise(sentence, begin="2025-03-04", date_span=(at, at + len(date))) == line


def test_a_relative_clause_on_the_part_of_a_happening_is_told_of_the_happening(nlp) -> None:
    from backstory.timelines.summaries import subject_relative_clause

    s = "Ministers signed the text at the close of a two-day summit that opened on 4 June."
    start = s.index("4 June")
    found = subject_relative_clause(s, (start, start + 6), lambda: nlp)
    assert found is not None and found[0] == "A two-day summit opened on 4 June."


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "it" after a sentence whose subject is a happening named with "the"
        (
            "The civil war in the north broke out in March 2019. It has displaced "
            "two million people.",
            "the civil war in the north",
        ),
        ("The earthquake struck at dawn on Sunday. It destroyed 4,000 homes.", "the earthquake"),
        # a thing named with "the" that is the only thing the sentence names
        ("The memo was leaked on Monday. It named three officials.", "the memo"),
        # not when the sentence names another thing "it" could be, nor an expletive
        ("The ministry condemned the attack on Monday. It killed 12 people.", None),
        ("The flood peaked on Monday. It emerged that the dam had been weakened.", None),
    ],
)
def test_it_after_a_happening_is_that_happening(nlp, text: str, phrase: str | None) -> None:
    from backstory.timelines.antecedents import earlier_antecedent

    sentence = text[text.index("It ") :]
    found = earlier_antecedent(text, text.index(sentence), sentence, nlp)
    assert (found[0] if found else None) == phrase


def test_a_state_that_lasts_until_a_day_is_told_until_it(nlp) -> None:
    s = "The coastal road will stay closed until Sunday, the regional council said."
    at = s.index("Sunday")
    assert summarise(s, begin="2026-03-15", date_span=(at, at + 6)) == (
        "Until 15 March, the coastal road will stay closed, the regional council said."
    )
    # a trial adjourned until a day is a moving, no state that lasts to it
    s = "The judge adjourned the trial until 5 May."
    at = s.index("5 May")
    assert not summarise(s, begin="2026-05-05", date_span=(at, at + 5)).startswith("Until")


def test_a_bound_after_a_closed_clause_of_time_is_the_main_clause_s() -> None:
    from backstory.timelines.summaries import time_clause

    s = (
        "The mine stays shut from 2 June, when inspectors found cracks in a shaft, "
        "until 30 September."
    )
    at = s.index("30 September")
    assert time_clause(s, (at, at + 12), "2026-06-10T09:00") is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "it" inside what a thing said is that thing
        (
            "The regulator said it would fine the bank in March.",
            "the regulator",
        ),
        # a person is no "it", nor are people
        ("Ms Okafor said it would take weeks.", None),
        ("Officials said it would reopen in March.", None),
    ],
)
def test_it_in_what_a_thing_said_is_that_thing(nlp, text: str, phrase: str | None) -> None:
    at = text.index("it ")
    assert antecedent_phrase(text[:at].strip(), text[at:], nlp) == phrase


def test_an_honorific_opening_the_line_keeps_its_capital() -> None:
    s = "Mr Haddad, a veteran opposition figure, died on Sunday."
    at = s.index("Sunday")
    assert summarise(s, begin="2025-11-02", date_span=(at, at + 6)) == (
        "On 2 November, Mr Haddad, a veteran opposition figure, died."
    )


def test_a_weekday_owning_a_noun_is_written_as_its_date_before_the_noun() -> None:
    from backstory.timelines.summaries import absolute_days

    s = (
        "The two parties will hold coalition talks on 2 March after neither won a majority "
        "in Sunday's election, officials said on Monday."
    )
    assert absolute_days(s, "2026-02-24T08:00", None)[0] == (
        "The two parties will hold coalition talks on 2 March after neither won a majority "
        "in the 22 February election, officials said on 23 February."
    )
