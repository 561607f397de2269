"""Rules mended on the eleventh session's development articles (dev240, dev12), on invented
texts."""

from __future__ import annotations

from _voices_support import quotes_of_text

TITLE = "Harbour vote\n\n"


def test_an_accusation_after_a_report_is_a_report_of_its_own() -> None:
    quotes = quotes_of_text(TITLE + "In a post on Friday, Mayor Ada Lind wrote that the new toll "
                            "was a disaster for skippers and accused Tom Berg of having a hidden "
                            "plan for the pier.\n")
    assert quotes == {"the new toll was a disaster for skippers": ("indirect", "Ada Lind"),
                      "having a hidden plan for the pier": ("indirect", "Ada Lind")}


def test_a_participle_cue_after_a_report_opens_a_second_report() -> None:
    for participle in ("adding that", "claiming"):
        quotes = quotes_of_text(TITLE + f"Ada Lind said the new toll was a disaster for "
                                f"skippers, {participle} the board had ignored every warning "
                                "from the unions.\n")
        assert quotes == {"the new toll was a disaster for skippers": ("indirect", "Ada Lind"),
                          "the board had ignored every warning from the unions":
                              ("indirect", "Ada Lind")}, participle


def test_and_added_before_a_quotation_mark_opens_a_direct_quote() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind said the plan is “a good start,” and added, “I am "
                            "not hopeful that much will change this year.”\n")
    assert quotes == {"the plan is “a good start": ("indirect", "Ada Lind"),
                      "I am not hopeful that much will change this year.":
                          ("direct", "Ada Lind")}


def test_an_adverb_and_comma_at_the_start_of_a_subordinate_report() -> None:
    quotes = quotes_of_text(TITLE + "Although harbour officials have said that locally, the risk "
                            "is still quite small, they have also said no skipper is fully safe "
                            "from the storm.\n")
    assert quotes == {"locally, the risk is still quite small": ("indirect", "harbour officials"),
                      "no skipper is fully safe from the storm":
                          ("indirect", "harbour officials")}


def test_an_adverb_after_but_before_a_described_speaker() -> None:
    quotes = quotes_of_text(TITLE + "But now the skipper insists he was not trying to discredit "
                            "the mayor.\n")
    assert quotes == {"he was not trying to discredit the mayor": ("indirect", "the skipper")}


def test_drafts_stories_and_sites_speak() -> None:
    quotes = quotes_of_text(TITLE + "The final draft said she was “extremely careless.” The story "
                            "suggests the ferry may have sunk during the storm. The site notes "
                            "that almost 300 skippers have been fined this year.\n")
    assert quotes == {"she was “extremely careless": ("indirect", "the final draft"),
                      "the ferry may have sunk during the storm": ("indirect", "the story"),
                      "almost 300 skippers have been fined this year": ("indirect", "the site")}


def test_first_between_the_speaker_and_the_verb() -> None:
    quotes = quotes_of_text(TITLE + "Tom Berg first said he was “disappointed and unimpressed,” "
                            "about the whole vote.\n")
    assert quotes == {"he was “disappointed and unimpressed,” about the whole vote":
                      ("indirect", "Tom Berg")}


def test_pointed_out_takes_a_clause_without_that_but_pointed_to_does_not() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind pointed out the board had never met the skippers. "
                            "Tom Berg pointed to the pier and walked away from the crowd.\n")
    assert quotes == {"the board had never met the skippers": ("indirect", "Ada Lind")}


def test_a_one_word_name_before_a_title_colon_speaks_when_it_speaks_in_the_body() -> None:
    quotes = quotes_of_text("Seal: I was not attacking the mayor in my post\n\nThe singer Seal "
                            "posted a photo on Monday. Seal said the post was a joke.\n")
    assert quotes["I was not attacking the mayor in my post"] == ("indirect", "Seal")
    quotes = quotes_of_text("Lind: The ferry will run again by May\n\nThe ferry stopped on "
                            "Monday.\n")
    assert quotes == {}


def test_a_title_in_capitals_is_not_a_person_and_an_occupation_is_a_role() -> None:
    quotes = quotes_of_text(TITLE + "Singer Tom Berg played the pier on Monday. The Sail With a "
                            "Smile star came under fire after the show.\n\n“I am finished with "
                            "the harbour and with all of you,” he said. The singer said the "
                            "board had lied to him.\n")
    assert quotes["I am finished with the harbour and with all of you,"] == ("direct", "Tom Berg")
    assert quotes["the board had lied to him"] == ("indirect", "Tom Berg")


def test_a_to_clause_starts_at_to_and_ends_before_an_alleging() -> None:
    quotes = quotes_of_text(TITLE + "The guild was urging skippers to vote against the toll, "
                            "alleging “layers of corruption” on the board.\n")
    assert quotes["to vote against the toll"] == ("indirect", "the guild")


def test_notes_and_explains_as_inverted_cues() -> None:
    quotes = quotes_of_text(TITLE + "The Gazette looked at the new toll on Monday.\n\nThis toll "
                            "hits skippers who sail alone at night, notes HarbourWatch.org. It "
                            "only hits them because of the night rule, it explains. His notes "
                            "show the toll was high.\n")
    assert quotes == {"This toll hits skippers who sail alone at night":
                      ("indirect", "HarbourWatch"),
                      "It only hits them because of the night rule": ("indirect", "HarbourWatch")}


def test_a_plural_verb_in_a_cue_inside_the_sentence() -> None:
    quotes = quotes_of_text(TITLE + "The toll, critics say, is far too high for the poor.\n")
    assert quotes == {"The toll, critics say, is far too high for the poor": ("indirect", "critics")}


def test_describes_how_cry_that_and_some_say() -> None:
    quotes = quotes_of_text(TITLE + "In it, a skipper describes how the guards would line up the "
                            "boats before dawn. The mayor described evidence he had seen that "
                            "showed the toll was a fraud. Skippers are mad. Some even say they are "
                            "not going to take it anymore. They cry that the toll is attempting "
                            "to ruin the poor.\n")
    assert quotes["the guards would line up the boats before dawn"] == ("indirect", "a skipper")
    assert quotes["they are not going to take it anymore"] == ("indirect", "Some")
    assert quotes["the toll is attempting to ruin the poor"][0] == "indirect"
    assert not any(text.startswith(("showed", "the toll was a fraud")) for text in quotes)


def test_told_back_by_the_party_contacted_for_comment() -> None:
    quotes = quotes_of_text(TITLE + "We reached out to the Skippers Guild for comment and were "
                            "told that their board is not yet ready to speak. Ada Lind was asked "
                            "why the toll rose and was told that nobody knew.\n")
    assert quotes == {"their board is not yet ready to speak": ("indirect", "the Skippers Guild")}


def test_contending_and_warning_someone_that() -> None:
    quotes = quotes_of_text(TITLE + "The skippers met Tom Berg on Monday.\n\nBerg is contending "
                            "the jury should have been told that a short stay is no crime. The "
                            "Coast Guard is warning skippers in the bay that the toll will rise in "
                            "May.\n")
    assert quotes == {
        "the jury should have been told that a short stay is no crime": ("indirect", "Tom Berg"),
        "the toll will rise in May": ("indirect", "Coast Guard")}


def test_implored_with_a_quoted_object_and_and_then_he_ends_it() -> None:
    quotes = quotes_of_text(TITLE + "The skippers met Tom Berg on Monday.\n\nIn a post, Berg "
                            "implored “every single skipper” to stay in port on Friday, and then "
                            "he sailed out himself. Ada Lind begged the board to keep the pier "
                            "open.\n")
    assert quotes == {"to stay in port on Friday": ("indirect", "Tom Berg"),
                      "to keep the pier open": ("indirect", "Ada Lind")}


def test_posted_that_testifying_that_and_a_report_after_a_subordinator() -> None:
    quotes = quotes_of_text(TITLE + "The skippers of the harbour met with Tom Berg and with Ada "
                            "Lind on Monday to talk about the toll.\n\nBerg posted on his "
                            "official Twitter account Wednesday that deputies will "
                            "check papers at the shelters. Berg posted a video that showed the "
                            "pier on fire. Lind ducked the blame, testifying to Congress that she "
                            "was not in charge of the pier. The crews stood still after several "
                            "owners threatened to fire anyone who knelt.\n")
    assert quotes == {"deputies will check papers at the shelters": ("indirect", "Tom Berg"),
                      "she was not in charge of the pier": ("indirect", "Ada Lind"),
                      "to fire anyone who knelt": ("indirect", "several owners")}


def test_a_passive_description_is_no_cue_and_for_x_to_say_reports_nobody() -> None:
    quotes = quotes_of_text(TITLE + "The guild was outraged when its leaders were described as "
                            "“pirates”. I oppose the toll because it is a step for the board to "
                            "say they need a list of every skipper.\n")
    assert quotes == {}


def test_claim_nouns_after_more_verbs_recalls_how_and_at_least_n_sources() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind released an unprecedented warning that the guards "
                            "were about to start arresting skippers. Nine ports are sounding "
                            "warnings that the storm is spreading fast. The deal was weak, though "
                            "at least two sources added that the proof was not conclusive. Lind "
                            "recalls how the board tossed her aside in May.\n")
    assert quotes == {
        "the guards were about to start arresting skippers": ("indirect", "Ada Lind"),
        "the storm is spreading fast": ("indirect", "Nine ports"),
        "the proof was not conclusive": ("indirect", "at least two sources"),
        "the board tossed her aside in May": ("indirect", "Ada Lind")}


def test_a_statement_set_out_over_paragraphs_without_reopening_marks() -> None:
    quotes = quotes_of_text(TITLE + "The harbour firm issued a statement after the vote on "
                            "Monday.\n\nHere is the statement by Chairman and CEO Tom Berg:\n\n“The "
                            "decision to close the pier is harmful and sets our town back.\n\n"
                            "Skippers are our friends and our neighbours.\n\nWe hope that the board "
                            "will think again.”\n\nThe vote was close.\n")
    assert quotes == {"The decision to close the pier is harmful and sets our town back.\n\n"
                      "Skippers are our friends and our neighbours.\n\nWe hope that the board "
                      "will think again.": ("direct", "Tom Berg")}


def test_an_unclosed_quote_does_not_swallow_the_next_quoted_paragraph() -> None:
    quotes = quotes_of_text(TITLE + "Tom Berg spoke to the crowd on Monday:\n\n“The pier will "
                            "stay open for as long as I am mayor of this town.\n\nThe vote was "
                            "close.\n\n“We are done with the toll,” said Ada Lind on Tuesday.\n")
    assert quotes["We are done with the toll,"] == ("direct", "Ada Lind")
    assert not any("The vote was close" in text for text in quotes)


def test_a_second_predicate_with_an_auxiliary_keeps_the_subject() -> None:
    quotes = quotes_of_text(TITLE + "The skippers of the harbour met with Tom Berg on Monday to "
                            "talk.\n\nBerg has denied any deal with the board and has called the "
                            "inquiry “a witch hunt.” He denied any bribe and has also said the "
                            "inquiry is a sham from the start.\n")
    assert quotes == {"a witch hunt.": ("direct", "Tom Berg"),
                      "the inquiry is a sham from the start": ("indirect", "Tom Berg")}


def test_the_n_year_old_with_more_words_is_the_person_the_text_is_about() -> None:
    quotes = quotes_of_text(TITLE + "Harbour master Tom Berg took the strongest stance. The "
                            "72-year-old Hall of Fame skipper said that anybody who skips the toll "
                            "should be thrown off the pier.\n")
    assert quotes == {"anybody who skips the toll should be thrown off the pier":
                      ("indirect", "Tom Berg")}


def test_a_dateline_is_not_the_subject_of_a_second_predicate() -> None:
    quotes = quotes_of_text(TITLE + "TARLAND — Mayor Tom Berg on Friday called the toll a "
                            "disaster and insisted the board was lying to the town.\n")
    assert quotes == {"the board was lying to the town": ("indirect", "Tom Berg")}


def test_according_to_x_colon_before_a_quote() -> None:
    intro = TITLE + "The skippers of the harbour met with Tom Berg on Monday to talk about it.\n\n"
    quotes = quotes_of_text(intro + "Who paid?\n\nAccording to Berg:\n\n“Rather than the board, "
                            "the guild paid for the whole pier.”\n")
    assert quotes == {"Rather than the board, the guild paid for the whole pier.":
                      ("direct", "Tom Berg")}
    quotes = quotes_of_text(intro + "According to Berg: “Rather than the board, the guild paid "
                            "for the whole pier.”\n")
    assert quotes == {"Rather than the board, the guild paid for the whole pier.":
                      ("direct", "Tom Berg")}


def test_informed_x_a_relative_with_have_all_said_and_a_closed_which_clause() -> None:
    quotes = quotes_of_text(TITLE + "The skippers of the harbour met with Tom Berg on Monday to "
                            "talk about the toll.\n\nBerg informed the committee he was willing to "
                            "testify on Monday. Senators Ada Lind and Tom Berg, who have all said "
                            "the skippers need to be heard, voted no. The concerns, which the "
                            "department says can be tied to the guild, were sent to the police.\n")
    assert quotes["he was willing to testify on Monday"] == ("indirect", "Tom Berg")
    assert quotes["the skippers need to be heard"][0] == "indirect"
    assert quotes["can be tied to the guild"] == ("indirect", "the department")


def test_noting_comma_before_a_quotation_mark_and_recommended_and_affidavits() -> None:
    quotes = quotes_of_text(TITLE + "Tom Berg called on the board to act and close the pier, "
                            "noting, “you cannot sail a boat without a crew.” The Coast Guard "
                            "recommended anyone sailing to Tarland should reconsider their plans. "
                            "The board recommended a new pier for the town. A clerk signed an "
                            "affidavit affirming that she had seen the staff taking bribes.\n")
    assert quotes == {
        "to act and close the pier": ("indirect", "Tom Berg"),
        "you cannot sail a boat without a crew.": ("direct", "Tom Berg"),
        "anyone sailing to Tarland should reconsider their plans": ("indirect", "Coast Guard"),
        "she had seen the staff taking bribes": ("indirect", "an affidavit")}


def test_a_plural_noun_before_a_verb_is_not_a_cue() -> None:
    quotes = quotes_of_text(TITLE + "Internal harbour board reports show the posts lacked plans "
                            "in case of a storm. Other harbour board reports say the posts lacked "
                            "staff in case of a storm.\n")
    assert quotes == {"the posts lacked staff in case of a storm":
                      ("indirect", "Other harbour board reports")}


def test_an_ad_speaks() -> None:
    quotes = quotes_of_text(TITLE + "Tom Berg asks skippers what they have to lose. Lind’s ad "
                            "says: “Everything.”\n")
    assert quotes["Everything."] == ("direct", "Lind’s ad")


def test_a_label_in_a_relative_clause_is_the_antecedents() -> None:
    quotes = quotes_of_text(TITLE + "The skippers of the harbour met with Tom Berg on Monday to "
                            "talk about the toll.\n\nMany fans have applauded Berg, who refers to "
                            "himself as “the toughest skipper on the coast,” for his stand.\n")
    assert quotes == {"the toughest skipper on the coast,": ("direct", "Tom Berg")}


def test_the_closing_mark_of_a_fragment_is_not_part_of_the_speaker() -> None:
    quotes = quotes_of_text(TITLE + "The mismanagement created “conditions ripe for fraud,” the "
                            "audit said in May.\n")
    assert quotes == {"The mismanagement created “conditions ripe for fraud": ("indirect", "the audit")}


def test_contractions_are_pronouns_not_names() -> None:
    quotes = quotes_of_text(TITLE + "Harbour officials said on Monday that the toll is fair. "
                            "Although they have said the "
                            "risk is small, they’ve also said no skipper is fully safe from the "
                            "storm. What’s worrisome is the toll.\n")
    assert quotes["no skipper is fully safe from the storm"] == ("indirect", "Harbour officials")
    assert not any(name and "’" in name for _, name in quotes.values())


def test_a_possessed_document_speaks_for_its_owner() -> None:
    quotes = quotes_of_text(TITLE + "Mayor Tom Berg spoke on Monday about the toll and the pier."
                            "\n\nBerg’s tweets on Friday said that the pier would close in May for "
                            "good.\n")
    assert quotes == {"the pier would close in May for good": ("indirect", "Tom Berg")}


def test_titles_and_openers_are_cut_from_names() -> None:
    from slant.voices.names import find_names

    text = ("Title\n\nFollowing Jacoby Jones, the whole crew left the harbour in the morning.\nThe "
            "German Cardinal Reinhard Marx said that there was nothing more to be done.\nThe "
            "congressman Rob Bishop spoke to the crowd about the pier and the toll.\n")
    assert [(m.name, m.title) for m in find_names(text)] == [
        ("Jacoby Jones", None), ("Reinhard Marx", "German Cardinal"), ("Rob Bishop", None)]


def test_a_title_case_quote_after_the_names_a_title_even_with_a_cue() -> None:
    quotes = quotes_of_text(TITLE + "Three bishops have signed the “Profession of Immutable Truths "
                            "about Sacred Harbours,” the Gazette said. The mayor referred to the "
                            "guild as the “Great Pirates.”\n")
    assert "Profession of Immutable Truths about Sacred Harbours," not in quotes
    assert quotes["Great Pirates."][0] == "direct"


def test_asked_to_without_the_person_asked() -> None:
    quotes = quotes_of_text(TITLE + "During the interview, the harbour master asked to see the "
                            "skipper’s papers to check his travel claims.\n")
    assert quotes == {"to see the skipper’s papers to check his travel claims":
                      ("indirect", "the harbour master")}


def test_a_role_before_the_name_and_and_are_calling_for() -> None:
    quotes = quotes_of_text(TITLE + "The skippers met on Monday to talk about the toll.\n\nIrish "
                            "member Ada Lind, another victim, resigned in March and said harbour "
                            "clerks had refused to act. Some members of the guild said that the "
                            "apology was weak and are calling for Lind to be held to account.\n")
    assert quotes["harbour clerks had refused to act"] == ("indirect", "Ada Lind")
    assert quotes["the apology was weak"][0] == "indirect"
