"""Rules mended on the tenth session's development articles (dev10, news from outside PTC),
on invented texts."""

from __future__ import annotations

from _voices_support import quotes_of_text

TITLE = "Harbour vote\n\n"


def test_the_speakers_next_act_after_a_report_is_not_part_of_it() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind predicted that the ferries would run late all "
                            "winter, and mocked the board for its silence.\n")
    assert quotes == {"the ferries would run late all winter": ("indirect", "Ada Lind")}


def test_a_call_after_a_report_ends_it_and_is_a_report_of_its_own() -> None:
    quotes = quotes_of_text(TITLE + "Mayor Ada Lind admitted that the ferry plan is not perfect "
                            "and called for both parties to work together on a fix.\n")
    assert quotes["the ferry plan is not perfect"] == ("indirect", "Ada Lind")
    assert quotes["both parties to work together on a fix"] == ("indirect", "Ada Lind")


def test_adding_before_a_quotation_mark_opens_a_direct_quote() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind said that the skipper is “not a friend of mine,” "
                            "adding, “I have never met him.”\n")
    assert quotes == {"the skipper is “not a friend of mine": ("indirect", "Ada Lind"),
                      "I have never met him.": ("direct", "Ada Lind")}


def test_a_list_items_mark_does_not_hide_its_cue() -> None:
    quotes = quotes_of_text(TITLE + "- According to sources, two other skippers escaped the "
                            "inspection\n\n• Tom Berg said the harbour will close in May.\n")
    assert quotes == {"two other skippers escaped the inspection": ("indirect", "sources"),
                      "the harbour will close in May": ("indirect", "Tom Berg")}


def test_an_inverted_cue_with_a_time_phrase_after_it() -> None:
    quotes = quotes_of_text(TITLE + "The harbour board has started cutting the winter "
                            "timetable, the Gazette reported late last month.\n")
    assert quotes == {"The harbour board has started cutting the winter timetable":
                      ("indirect", "Gazette")}


def test_wondered_aloud_if() -> None:
    quotes = quotes_of_text(TITLE + "Tom Berg wondered aloud if the harbour figures had been "
                            "changed.\n")
    assert quotes == {"the harbour figures had been changed": ("indirect", "Tom Berg")}


def test_a_time_clause_after_the_cue_of_a_direct_quote_is_no_report() -> None:
    quotes = quotes_of_text(TITLE + "“We are done,” Ada Lind said shortly after the final vote "
                            "was called.\n")
    assert quotes == {"We are done,": ("direct", "Ada Lind")}


def test_a_shows_name_after_told_is_the_person_addressed() -> None:
    quotes = quotes_of_text(TITLE + "“We are done,” Tom Berg told Around the Harbour on "
                            "Wednesday.\n\nTom Berg told Face the Nation the harbour would close "
                            "in May.\n")
    assert quotes == {"We are done,": ("direct", "Tom Berg"),
                      "the harbour would close in May": ("indirect", "Tom Berg")}


def test_a_verb_form_after_a_preposition_is_a_plural_noun() -> None:
    assert quotes_of_text(TITLE + "Most thefts happened in states that already have strict "
                          "port checks.\n") == {}
    quotes = quotes_of_text(TITLE + "The report states that the harbour will close.\n")
    assert quotes == {"the harbour will close": ("indirect", "the report")}


def test_a_cue_leading_into_the_next_quote_is_not_the_cue_of_the_question_before() -> None:
    quotes = quotes_of_text(TITLE + "Last year, the Gazette’s Tom Berg asked Sen. Ada Lind "
                            "(D-Conn.), “Why are we focusing on the ferry and not the harbour?” "
                            "Lind responded, “We cannot fix everything at once.”\n")
    assert quotes == {
        "Why are we focusing on the ferry and not the harbour?": ("direct", "Tom Berg"),
        "We cannot fix everything at once.": ("direct", "Ada Lind")}


def test_an_opener_and_a_cue_before_a_direct_quote_are_no_parenthetical_report() -> None:
    quotes = quotes_of_text(TITLE + "In May, Tom Berg said, “We are focusing on the ferry.”\n")
    assert quotes == {"We are focusing on the ferry.": ("direct", "Tom Berg")}


def test_an_owner_before_a_name_is_a_name_of_its_own() -> None:
    quotes = quotes_of_text(TITLE + "The Gazette’s Tom Berg said, “We are focusing on the "
                            "ferry.”\n")
    assert quotes == {"We are focusing on the ferry.": ("direct", "Tom Berg")}


def test_a_headline_gives_its_statement_to_a_person_who_speaks_in_the_body() -> None:
    body = "Harbour chief Ada Lind said the plan had failed.\n"
    quotes = quotes_of_text("Lind: Ferry Plan Will Fail Within a Year\n\n" + body)
    assert quotes["Ferry Plan Will Fail Within a Year"] == ("indirect", "Ada Lind")
    quotes = quotes_of_text("Brexit: What Happens to the Ferry Next\n\n" + body)
    assert "What Happens to the Ferry Next" not in quotes


def test_an_audit_is_a_speaker_and_an_aside_may_stand_before_the_verb() -> None:
    quotes = quotes_of_text(TITLE + "The harbour board spent $84 million on the new ferry line, "
                            "a new federal audit said.\n\nHarbour officials, meanwhile, have "
                            "said no public money was spent on the ferry.\n")
    assert quotes == {
        "The harbour board spent $84 million on the new ferry line":
            ("indirect", "a new federal audit"),
        "no public money was spent on the ferry": ("indirect", "Harbour officials")}


def test_this_opens_a_reported_clause_unless_a_time_word_follows() -> None:
    quotes = quotes_of_text(TITLE + "Mrs Lind’s supporters say this is all old news.\n\n"
                            "Ada Lind said this week the ferry would close.\n")
    assert quotes == {"this is all old news": ("indirect", "Mrs Lind’s supporters"),
                      "the ferry would close": ("indirect", "Ada Lind")}


def test_advising_and_estimate_are_cues() -> None:
    quotes = quotes_of_text(TITLE + "The Coast Guard is advising skippers to stay in port if a "
                            "storm warning is issued.\n\nVarious studies estimate that one in "
                            "four ferries is late.\n")
    assert quotes == {"to stay in port if a storm warning is issued": ("indirect", "Coast Guard"),
                      "one in four ferries is late": ("indirect", "Various studies")}


def test_a_report_in_a_subordinate_clause_after_an_opener_ends_at_the_main_clause() -> None:
    quotes = quotes_of_text(TITLE + "On Thursday morning, after the High Court ruled that the "
                            "council cannot use the old rules to close the ferry, Ada Lind – the "
                            "woman behind the case – stood outside and smiled. With a straight "
                            "face she said that the case had nothing to do with the harbour.\n")
    assert quotes == {
        "the council cannot use the old rules to close the ferry": ("indirect", "High Court"),
        "the case had nothing to do with the harbour": ("indirect", "Ada Lind")}
    quotes = quotes_of_text(TITLE + "After the board said the ferry was safe, Ada Lind resigned "
                            "from the council.\n")
    assert quotes == {"the ferry was safe": ("indirect", "the board")}


def test_the_age_description_refers_to_the_person_of_the_story() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind spoke to the Gazette on Thursday. “We are going "
                            "to have to look at the ferry,” the 69-year-old said.\n")
    assert quotes == {"We are going to have to look at the ferry,": ("direct", "Ada Lind")}


def test_two_roles_joined_by_and_before_the_name_after_the_verb() -> None:
    quotes = quotes_of_text(TITLE + "“Without the harbour, the town would have no ferry,” "
                            "tweeted conservative pundit and ferry critic Tom Berg.\n")
    assert quotes == {"Without the harbour, the town would have no ferry,": ("direct", "Tom Berg")}
