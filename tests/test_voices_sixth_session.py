"""Reported-speech cues found on the sixth session's development articles, on invented texts."""

from __future__ import annotations

from _voices_support import find_quote, quotes_of_text

TITLE = "Harbour vote\n\n"


def test_and_said_after_a_first_predicate_of_a_pronoun_reports_with_that_speaker() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind spoke first. In the process, however, she "
                            "misquoted the mayor and said the ferry left from Dover in May.\n")
    assert find_quote(quotes, "the ferry left from Dover") == ("indirect", "Ada Lind")


def test_a_noun_phrase_after_denied_is_no_report_when_and_said_follows() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind denied any link to the fraud and said she merely "
                            "signed the forms.\n")
    assert find_quote(quotes, "she merely signed") == ("indirect", "Ada Lind")
    assert not any(text.startswith("any link") for text in quotes)


def test_a_coordinated_subject_inside_the_report_does_not_end_it() -> None:
    quotes = quotes_of_text(TITLE + "Ivo Sarn said that it was a view that Lind and her lawyers "
                            "have stated before.\n")
    assert "it was a view that Lind and her lawyers have stated before" in quotes


def test_an_authors_contrast_in_fact_ends_the_report() -> None:
    quotes = quotes_of_text(TITLE + "Ivo Sarn said the mayor had resigned, though in fact she "
                            "remains in office.\n")
    assert "the mayor had resigned" in quotes


def test_a_relative_claim_runs_past_an_age_appositive() -> None:
    quotes = quotes_of_text(TITLE + "The skipper, Ada Lind, who claims Tom Berg, 53, rammed her "
                            "boat years ago, spoke on Monday.\n")
    assert find_quote(quotes, "Tom Berg, 53, rammed her boat years ago") == (
        "indirect", "Ada Lind")


def test_a_document_is_the_speaker_of_which_says() -> None:
    quotes = quotes_of_text(TITLE + "Critics cited his web page, which says he worked for Acme "
                            "in Ohio for two years.\n")
    assert find_quote(quotes, "he worked for Acme") == ("indirect", "his web page")


def test_went_on_to_reiterate_that_reports_speech() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind went on to reiterate that her story has nothing "
                            "to do with money.\n")
    assert find_quote(quotes, "her story has nothing") == ("indirect", "Ada Lind")


def test_a_label_after_blasting_as_is_the_subjects() -> None:
    quotes = quotes_of_text(TITLE + "But Liberals, including Ann Lee, are blasting the levy as a "
                            "“clear abuse of power.”\n")
    assert find_quote(quotes, "clear abuse of power") == ("direct", "Liberals")


def test_a_topic_heading_before_a_colon_is_no_speaker() -> None:
    quotes = quotes_of_text(TITLE + "Ivo Sarn gave many speeches on the harbour.\n"
                            "On taxes: “They call it a levy, I call it theft from every "
                            "skipper.”\n")
    speaker = find_quote(quotes, "They call it a levy")[1]
    assert speaker != "On taxes"


def test_the_nominee_is_a_speaker_description() -> None:
    quotes = quotes_of_text(TITLE + "“This alleged meeting never took place,” the nominee said "
                            "on Sunday.\n")
    assert find_quote(quotes, "This alleged meeting") == ("direct", "the nominee")


def test_a_tweet_signature_after_a_quote_names_its_speaker() -> None:
    quotes = quotes_of_text(TITLE + "The row went online.\n"
                            "“The harbour vote was rigged from the very start.” — Ivo Sarn "
                            "(@ivosarn) August 1, 2018\n")
    assert find_quote(quotes, "The harbour vote was rigged") == ("direct", "Ivo Sarn")
