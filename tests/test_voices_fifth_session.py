"""Speaker cues found on the fifth session's development articles, on invented texts."""

from __future__ import annotations

from _voices_support import find_quote, quotes_of_text

TITLE = "Harbour vote\n\n"


def test_a_quote_resumed_after_told_and_a_participle_stays_with_the_teller() -> None:
    quotes = quotes_of_text(TITLE + "“They read the rule as a ban,” Ivo Sarn told Harbour "
                            "Radio, referring to the port board, “but they never enforced it.”\n")
    assert find_quote(quotes, "but they never enforced") == ("direct", "Ivo Sarn")


def test_a_pronoun_after_like_name_is_not_that_name() -> None:
    quotes = quotes_of_text(TITLE + "Ann Lee said the vote was rushed. Like Bo Tarn, she said "
                            "the board ignored the skippers.\n"
                            "“Nobody asked us,” she said.\n")
    assert find_quote(quotes, "the board ignored") == ("indirect", "Ann Lee")
    assert find_quote(quotes, "Nobody asked us") == ("direct", "Ann Lee")


def test_a_paper_that_reported_a_quote_without_a_comma_is_its_speaker() -> None:
    quotes = quotes_of_text(TITLE + "On May 5 the Harbour Gazette reported “the ferry will sail "
                            "again within a week.”\n")
    assert find_quote(quotes, "the ferry will sail") == ("direct", "Harbour Gazette")


def test_an_inverted_cue_may_name_a_person_or_people_familiar_with_something() -> None:
    quotes = quotes_of_text(TITLE + "The ferry will be sold in May, a person familiar with the "
                            "talks said.\n"
                            "The skippers will strike again, her mother told the Harbour Gazette "
                            "in an interview.\n")
    assert find_quote(quotes, "The ferry will be sold") == (
        "indirect", "a person familiar with the talks")
    assert find_quote(quotes, "The skippers will strike") == ("indirect", "her mother")


def test_a_clause_with_a_quoted_fragment_before_an_inverted_cue_is_one_report() -> None:
    quotes = quotes_of_text(TITLE + "The skipper felt \"a sort of vertigo\" from May until the "
                            "end of June, Ann Lee said.\n")
    assert quotes == {
        'The skipper felt "a sort of vertigo" from May until the end of June':
            ("indirect", "Ann Lee")}


def test_a_parenthetical_cue_after_an_adverbial_opener_reports_what_follows() -> None:
    quotes = quotes_of_text(TITLE + "Given the long delays, Ann Lee said, she has stopped "
                            "hoping for a new ferry.\n"
                            "Harbour fees, she said, will double next year.\n")
    assert find_quote(quotes, "she has stopped hoping") == ("indirect", "Ann Lee")
    assert "Harbour fees, she said, will double next year" in quotes


def test_an_unclosed_appositive_keeps_the_name_as_speaker() -> None:
    quotes = quotes_of_text(TITLE + "“We never take it out on kids,” Ivo Sarn, secretary of the "
                            "Harbour Green Party told the Gazette.\n")
    assert find_quote(quotes, "We never take it out") == ("direct", "Ivo Sarn")


def test_a_sentence_ending_in_a_colon_gives_the_quote_its_subject() -> None:
    quotes = quotes_of_text(TITLE + "After a pause, Ann Lind gave the only answer she could: "
                            "“Different times give different answers.”\n"
                            "The harbour board was quick to condemn the skipper:\n"
                            "“We were shocked to see this video.”\n")
    assert find_quote(quotes, "Different times") == ("direct", "Ann Lind")
    assert find_quote(quotes, "We were shocked") == ("direct", "the harbour board")


def test_a_byline_after_the_last_quote_does_not_take_it() -> None:
    quotes = quotes_of_text(TITLE + "“We will wait,” Ivo Sarn said.\n“They gave me their word.”"
                            "\n— Ann Lee\nHarbour Times\n")
    assert find_quote(quotes, "They gave me") == ("direct", "Ivo Sarn")


def test_an_uncued_quote_near_the_last_voiced_quote_keeps_that_voice() -> None:
    quotes = quotes_of_text(TITLE + "“The ferry is safe,” Ann Lind said on Monday. The board "
                            "disagreed. Its report lists nine faults.\n"
                            "For her part, the harbour must “stay open for every skipper who "
                            "needs it.”\n")
    assert find_quote(quotes, "stay open for every") == ("direct", "Ann Lind")
    far = quotes_of_text(TITLE + "“The ferry is safe,” Ann Lind said on Monday.\n"
                         "The board disagreed.\nIts report lists nine faults.\n"
                         "Nine skippers wrote to the board.\n"
                         "The harbour must “stay open for every skipper who needs it.”\n")
    assert find_quote(far, "stay open for every") == ("direct", None)


def test_according_to_after_a_short_opener_reports_the_clause_after_it() -> None:
    quotes = quotes_of_text(TITLE + "At the same time, according to harbour planning papers, most "
                            "of the boats might leave before winter.\n")
    assert find_quote(quotes, "most of the boats") == ("indirect", "harbour planning papers")
    assert not any(text.startswith("At the same time") for text in quotes)


def test_agreed_and_expressed_concern_report_a_clause() -> None:
    quotes = quotes_of_text(TITLE + "Ivo Sarn, a harbour lawyer, agreed that the board cannot stop "
                            "the inquiry.\n"
                            "Ann Lind also expressed concern the skippers were being held with "
                            "violent men.\n"
                            "The two sides agreed to meet again in May.\n")
    assert find_quote(quotes, "the board cannot stop") == ("indirect", "Ivo Sarn")
    assert find_quote(quotes, "the skippers were being held") == ("indirect", "Ann Lind")
    assert len(quotes) == 2


def test_a_department_after_a_title_stays_out_of_the_name() -> None:
    quotes = quotes_of_text(TITLE + "Secretary of Homeland Security Ann Lind expressed confidence "
                            "Wednesday that the harbour could be trusted to investigate.\n")
    assert find_quote(quotes, "the harbour could be trusted") == ("indirect", "Ann Lind")


def test_a_fully_quoted_second_conjunct_is_a_direct_quote_of_its_own() -> None:
    quotes = quotes_of_text(TITLE + "Ann Lind said on May 3 that the skippers need “closer care” "
                            "and “one must also pay the crews before the winter comes.”\n")
    assert find_quote(quotes, "the skippers need") == ("indirect", "Ann Lind")
    assert "the skippers need “closer care”" in quotes
    assert find_quote(quotes, "one must also pay") == ("direct", "Ann Lind")


def test_a_report_inside_an_opening_subordinate_clause_ends_at_the_main_clause() -> None:
    quotes = quotes_of_text(TITLE + "Although the harbour board has said that the ferry logs are "
                            "official records, its lawyer, Ivo Sarn, responded to the claim.\n")
    assert find_quote(quotes, "the ferry logs") == ("indirect", "the harbour board")
    assert "the ferry logs are official records" in quotes


def test_parenthetical_cues_with_an_addressee_or_after_their_verb() -> None:
    quotes = quotes_of_text(TITLE + "Some of these rules, Ivo Sarn told Harbour Radio, give the "
                            "board far too much power.\n"
                            "Conflicting readings of the rules, said the port director, lead "
                            "to chaos on the quays.\n"
                            "Thus, explained the port director, the fees have to be paid in "
                            "May.\n")
    assert find_quote(quotes, "Some of these rules") == ("indirect", "Ivo Sarn")
    assert find_quote(quotes, "Conflicting readings") == ("indirect", "the port director")
    assert find_quote(quotes, "the fees have to be paid") == ("indirect", "the port director")


def test_an_uncued_title_case_quote_is_a_title_not_speech() -> None:
    quotes = quotes_of_text(TITLE + "The guild held a panel on “The Long Night Of The Harbour "
                            "Guild” in May.\n"
                            "Its poster read “Harbour First For Every Skipper”.\n"
                            "A skipper wrote “Sarn is a Pirate” on the quay wall.\n")
    assert "The Long Night Of The Harbour Guild" not in quotes
    assert "Sarn is a Pirate" in quotes
