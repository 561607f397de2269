"""Reported-speech rules on short invented texts: participles ('adding that'), relative
clauses ('who says'), semicolons between two speakers, a cue inside the clause ('X, he said,
Y'), headline sources on either side of a colon, acronyms as speakers, and verbs that need a
clause after them ('denied the attack took place', not 'denied the allegations')."""

from __future__ import annotations

from _voices_support import quotes_of_text

_quotes = quotes_of_text


def test_a_participle_takes_the_speaker_of_the_main_clause() -> None:
    quotes = _quotes("Ferry Row\n\n“I have never seen the harbour this empty in my life,” said "
                     "Oskar Lind, adding that the night ferry had not sailed for a week.\n")
    assert quotes["the night ferry had not sailed for a week"] == ("indirect", "Oskar Lind")


def test_a_progressive_reporting_verb_takes_its_own_subject() -> None:
    quotes = _quotes("Ferry Row\n\nOne councillor is hinting that the port authority hid "
                     "the real cost of the new pier.\n")
    assert quotes["the port authority hid the real cost of the new pier"][0] == "indirect"


def test_who_says_gives_the_clause_to_the_antecedent_and_stops_at_the_comma() -> None:
    quotes = _quotes("Ferry Row\n\nMira Holt, the deckhand who says she saw the collision, "
                     "told the inquiry that the radar had been switched off.\n")
    assert quotes["she saw the collision"] == ("indirect", "Mira Holt")
    assert quotes["the radar had been switched off"] == ("indirect", "Mira Holt")


def test_which_said_gives_the_clause_to_the_organisation() -> None:
    quotes = _quotes("Ferry Row\n\nThe charge was added after protests by the Harbour Guild, "
                     "which said that leaving it out would cover up the owners' neglect.\n")
    assert quotes["leaving it out would cover up the owners' neglect"][0] == "indirect"


def test_a_semicolon_separates_two_reported_clauses_of_two_speakers() -> None:
    quotes = _quotes("Ferry Row\n\nThe owners asserted they were clearing the slipway of "
                     "debris; the harbour police maintained they were dumping oil at night.\n")
    assert quotes["they were clearing the slipway of debris"][0] == "indirect"
    assert quotes["they were dumping oil at night"] == ("indirect", "the harbour police")


def test_a_cue_inside_the_clause_reports_the_whole_sentence() -> None:
    quotes = _quotes("Ferry Row\n\nDetective Ada Brun spoke to reporters on the quay. "
                     "Smugglers, she said, had used the night ferry for months.\n")
    assert quotes["Smugglers, she said, had used the night ferry for months"] == (
        "indirect", "Ada Brun")


def test_an_inverted_cue_with_a_long_source_and_an_ellipsis() -> None:
    quotes = _quotes("Ferry Row\n\nAfter joining the crew, he agreed to carry the parcels, "
                     "prosecutors said….\nThe hull will rust for decades on the seabed, "
                     "engineers have reported in a paper for a shipping journal.\n")
    assert quotes["After joining the crew, he agreed to carry the parcels"] == (
        "indirect", "prosecutors")
    assert quotes["The hull will rust for decades on the seabed"] == ("indirect", "engineers")


def test_headline_sources_on_either_side_of_a_colon() -> None:
    assert _quotes("Next storm on the coast could be 'worse': WMO\n\nText follows here.\n")[
        "Next storm on the coast could be 'worse'"] == ("indirect", "WMO")
    assert _quotes("Ferry Mom: My Son Was Thrown Off The Boat For A Hat\n\nText.\n")[
        "My Son Was Thrown Off The Boat For A Hat"] == ("indirect", "Ferry Mom")
    assert _quotes("Kestrel: Space Rock Still Spinning After Crash\n\nText here.\n") == {}


def test_an_acronym_that_spells_a_word_is_a_speaker() -> None:
    quotes = _quotes("Ferry Row\n\nWHO said Tuesday that it is sending doctors to the "
                     "island clinic.\n")
    assert quotes["it is sending doctors to the island clinic"] == ("indirect", "WHO")


def test_a_plural_group_at_the_start_of_a_sentence_is_a_speaker() -> None:
    quotes = _quotes("Ferry Row\n\nWitnesses said the captain left the bridge before the "
                     "crash.\nScientists say the bay will freeze early this winter.\n")
    assert quotes["the captain left the bridge before the crash"] == ("indirect", "Witnesses")
    assert quotes["the bay will freeze early this winter"] == ("indirect", "Scientists")


def test_denied_needs_a_clause_after_it() -> None:
    quotes = _quotes("Ferry Row\n\nThe sailors all denied the collision took place, including "
                     "the cook.\nThe mayor denied the allegations against her office.\n"
                     "The skipper mentioned how several passengers were warned before the "
                     "storm.\n")
    assert quotes["the collision took place, including the cook"][0] == "indirect"
    assert not any(text.startswith("the allegations") for text in quotes)
    assert quotes["several passengers were warned before the storm"][0] == "indirect"


def test_a_lower_case_role_before_a_name_after_said() -> None:
    quotes = _quotes("Ferry Row\n\n“The hull simply cracked in two,” said witness Tomas Rilke.\n"
                     "“The harbour was silent for an hour,” said guild president Ona Vale.\n")
    assert quotes["The hull simply cracked in two,"] == ("direct", "Tomas Rilke")
    assert quotes["The harbour was silent for an hour,"] == ("direct", "Ona Vale")


def test_a_name_with_its_university_is_the_person() -> None:
    quotes = _quotes("Storms\n\nThe storm faded faster than expected. “Nobody predicted a "
                     "collapse this quick,” said Maren J. Holt of the University of Tarland at "
                     "Ostby.\n")
    assert quotes["Nobody predicted a collapse this quick,"] == ("direct", "Maren J. Holt")


def test_a_name_inside_a_relative_clause_is_not_the_speaker() -> None:
    quotes = _quotes("Ferry Row\n\nA ferry worker who admires Captain Ivo Sarn says the crew "
                     "was never paid for the winter.\n")
    assert quotes["the crew was never paid for the winter"] == (
        "indirect", "a ferry worker")


def test_he_goes_to_the_speaker_of_the_previous_sentence() -> None:
    quotes = _quotes("Ferry Row\n\nDuring a talk with host Pia Lund on the radio, Mayor Eino "
                     "Varg said the ferry would sail again in May.\nSmugglers, he said, had used "
                     "the night crossing for years.\n")
    assert quotes["Smugglers, he said, had used the night crossing for years"] == (
        "indirect", "Eino Varg")


def test_labels_quoted_after_describing_and_calling_take_the_main_speaker() -> None:
    quotes = _quotes("Fever\n\nSeventeen people in the north have died from fever, the health "
                     "ministry said on Friday, describing the outbreak as a \"grave danger.\"\n"
                     "The guards described the smuggler as a “ghost” and a “drifter.”\n")
    assert quotes["Seventeen people in the north have died from fever"] == (
        "indirect", "the health ministry")
    assert quotes["grave danger."] == ("direct", "the health ministry")
    assert quotes["ghost"] == ("direct", "the guards")


def test_said_a_but_warned_b_and_the_claim_that() -> None:
    quotes = _quotes("Fever\n\nDr Ilse Marr said the fever was under control, but warned the "
                     "next wave would be stronger.\n“I am no alarmist, but it does not add up,” "
                     "said Ilse Marr, before making the startling claim that the wells were "
                     "poisoned.\n")
    assert quotes["the fever was under control"] == ("indirect", "Ilse Marr")
    assert quotes["the next wave would be stronger"] == ("indirect", "Ilse Marr")
    assert quotes["the wells were poisoned"] == ("indirect", "Ilse Marr")


def test_a_relative_clause_in_the_subject_stops_at_the_main_verb() -> None:
    quotes = _quotes("Fever\n\nA caller to the night radio show who says he lived next to "
                     "gunman Ivo Sarn asserts that Sarn could not have fired the shots.\n")
    assert quotes["he lived next to gunman Ivo Sarn"][0] == "indirect"
    assert quotes["Sarn could not have fired the shots"][0] == "indirect"


def test_an_appositive_subject_of_told_is_not_an_inverted_clause() -> None:
    quotes = _quotes("Fever\n\nThe wells were closed.\nMarr, who is a water engineer at the "
                     "Ostra Institute, told the Daily Star: “If it spreads we are in trouble.”\n"
                     "About half of the wells were dug without a permit, The Harbour Herald "
                     "reported Wednesday, which could mean hundreds of wells.\n")
    assert not any(text.startswith("Marr, who") for text in quotes)
    assert quotes["If it spreads we are in trouble."][1] != "Daily Star"
    assert quotes["About half of the wells were dug without a permit"] == (
        "indirect", "Harbour Herald")


def test_wrote_needs_a_clause_not_a_noun_phrase() -> None:
    quotes = _quotes("Fever\n\nIlse Marr wrote opinion columns for the Harbour Herald about "
                     "the wells.\nIlse Marr wrote the wells had been poisoned.\n")
    assert not any(text.startswith("opinion columns") for text in quotes)
    assert quotes["the wells had been poisoned"] == ("indirect", "Ilse Marr")


def test_a_second_quoted_label_and_a_with_clause_label() -> None:
    quotes = _quotes("Fever\n\nThe guards described the driver as a “nomad” and a “drifter,” "
                     "who lived in many towns.\nThe motive is unclear, with one source calling "
                     "the driver a “riddle” still.\n")
    assert quotes["nomad"] == ("direct", "the guards")
    assert quotes["drifter,"] == ("direct", "the guards")
    assert quotes["riddle"] == ("direct", "one source")


def test_a_name_with_its_affiliation_and_place_before_the_verb() -> None:
    quotes = _quotes("Storms\n\nThe storm faded.\n“We have no idea how these storms form,” Ana "
                     "Maria Lind of the University of Ostra in Tarland explains.\n")
    assert quotes["We have no idea how these storms form,"] == ("direct", "Ana Maria Lind")


def test_a_document_is_a_speaker() -> None:
    quotes = _quotes("Storms\n\n“Funds will pay for repairs to the sea wall,” Lind’s online "
                     "petition says.\n")
    assert quotes["Funds will pay for repairs to the sea wall,"][1] is not None


def test_to_clauses_after_vow_and_urge_and_wh_clauses_after_ask() -> None:
    quotes = _quotes("Harbour\n\nThe mayor vowed to close the harbour by May.\nShe urged the "
                     "council to reject the canal plan.\nShe asked whether the plan was legal.\n"
                     "She asked about the plan.\n")
    assert quotes["to close the harbour by May"] == ("indirect", "the mayor")
    assert quotes["to reject the canal plan"][0] == "indirect"
    assert quotes["the plan was legal"][0] == "indirect"
    assert len(quotes) == 3


def test_the_words_before_that_must_belong_to_the_verb() -> None:
    quotes = _quotes("Harbour\n\nThe guild and the press have said radar logs show that the "
                     "ferry was off course.\nThe judge said after concluding that the permit "
                     "was void that the case was closed.\nThe skipper's claims are certain to "
                     "draw attention given that no motive has been found.\nPolice had not "
                     "mentioned if the captain left a note.\nMany moved to the United States "
                     "only so that they can fish.\n")
    assert quotes["radar logs show that the ferry was off course"][0] == "indirect"
    assert not any(text.startswith(("no motive", "the captain left", "they can fish"))
                   for text in quotes)


def test_cited_as_saying_accused_of_and_a_relative_subject() -> None:
    quotes = _quotes("Harbour\n\nThe Gazette cited two unnamed sources as saying the mayor met "
                     "the smugglers in 2013.\nProsecutors accused Lind of lying repeatedly over "
                     "the last year.\nThe young deckhand who sank the ferry told coast guards "
                     "that he was trained at sea.\n")
    assert quotes["the mayor met the smugglers in 2013"] == ("indirect", "two unnamed sources")
    assert quotes["lying repeatedly over the last year"] == ("indirect", "Prosecutors")
    assert quotes["he was trained at sea"] == ("indirect", "the young deckhand")


def test_an_opener_before_the_subject_and_an_appositive_subject_of_said() -> None:
    quotes = _quotes("Harbour\n\nIn a statement, Lind called the story “totally false” and said "
                     "he would take the matter to court.\nLind’s lawyer, Carlos Vey, said the "
                     "Gazette report was false.\nThe ministry now says 23 boats have sunk off the "
                     "north coast.\nHer fear of the sea made her quit the crew, her mother told the "
                     "Atlanta Journal.\n")
    assert quotes["he would take the matter to court"] == ("indirect", "Lind")
    assert quotes["the Gazette report was false"] == ("indirect", "Carlos Vey")
    assert quotes["23 boats have sunk off the north coast"] == ("indirect", "the ministry")
    assert quotes["Her fear of the sea made her quit the crew"] == ("indirect", "her mother")


def test_chanted_labels_cited_titles_and_relative_that() -> None:
    quotes = _quotes("Harbour\n\nThe crowd outside the port chanted “Down with the canal” in "
                     "the rain.\nLind has accused the guild of “dirty deals” and called the port "
                     "an “open sewer.”\n“Ferry Captain Sentenced to Ten Years,” by Jan Ek, "
                     "Harbour News.\nLind said in a statement that was issued by the guild "
                     "that the canal would close.\nThe council announced Lind's hire on May 2, "
                     "2016, and he served until June.\n")
    assert quotes["Down with the canal"][0] == "direct"
    assert quotes["open sewer."] == ("direct", "Lind")
    assert not any(text.startswith(("Ferry Captain", "was released", "Lind's hire"))
                   for text in quotes)


def test_saying_colon_and_added_comma_cues_and_a_statement_as_its_owner() -> None:
    quotes = _quotes("Harbour\n\nThe Harbour Guild endorsed Lind.\n“We take safety quite "
                     "seriously,” the Harbour Guild’s statement read.\nLind defended the plan in "
                     "an interview, saying: “The canal will bring work to every village here.”\n"
                     "Lind blasted the council and added, “They have wasted ten years of our "
                     "time.”\n")
    assert quotes["We take safety quite seriously,"] == ("direct", "Harbour Guild")
    assert quotes["The canal will bring work to every village here."] == ("direct", "Lind")
    assert quotes["They have wasted ten years of our time."] == ("direct", "Lind")


def test_coordinated_verbs_find_their_subject() -> None:
    quotes = _quotes("Harbour\n\nThe sailor’s brother has rejected her story and said she had "
                     "rung the bell first.\nQuestions were raised after Sheriff Ivo "
                     "Sarn revised the log and said the ferry had left at nine.\nProsecutors, who "
                     "pushed for ten years, accused Lind of lying about the cargo.\nThe full video "
                     "shows Lind saying that the guild paid for the boats.\n")
    assert quotes["she had rung the bell first"][0] == "indirect"
    assert quotes["she had rung the bell first"][1] is not None
    assert quotes["the ferry had left at nine"] == ("indirect", "Ivo Sarn")
    assert quotes["lying about the cargo"] == ("indirect", "Prosecutors")
    assert quotes["the guild paid for the boats"] == ("indirect", "Lind")


def test_a_clause_before_a_label_is_not_a_speaker() -> None:
    quotes = _quotes("Harbour\n\nAda Lind, whom the mayor's supporters have taken to calling "
                     "“the guild's little helper”, said the canal was a mistake.\n")
    assert quotes.get("the guild's little helper", ("direct", None))[1] is None
    assert quotes["the canal was a mistake"] == ("indirect", "Ada Lind")


def test_transcript_lines_and_a_second_label_participle() -> None:
    quotes = _quotes("Harbour\n\nLind spoke for an hour, saying the guild had “sold the river” "
                     "and praising the fishermen as “true heroes.”\nThe clip shows the rally.\n"
                     "Ada Lind [in Ostran]: \"Down with the dam\"\nAudience: \"Down with it\"\n")
    assert quotes["Down with the dam"] == ("direct", "Ada Lind")
    assert quotes["Down with it"] == ("direct", "Audience")
    assert quotes["true heroes."][1] is not None


def test_colon_reports_call_on_and_more_author_tails() -> None:
    quotes = _quotes("Harbour\n\nThe Gazette reports: To reach the coast, migrants must cross two "
                     "rivers.\nAda Lind called on the council to close the canal before winter.\nLind "
                     "called the plan a disgrace.\nThe sailor told officials that he was trained "
                     "at sea, but was hired anyway.\nThe sheriff revised the log and said the ferry "
                     "left at nine which means the guard was late.\n")
    assert quotes["To reach the coast, migrants must cross two rivers"][0] == "indirect"
    assert quotes["to close the canal before winter"][0] == "indirect"
    assert quotes["he was trained at sea"][0] == "indirect"
    assert quotes["the ferry left at nine"][0] == "indirect"
    assert not any(text.startswith("the plan a disgrace") for text in quotes)


def test_speakers_after_catenatives_relatives_dashes_and_it() -> None:
    quotes = _quotes("Harbour\n\n“The gates were locked,” Ada Lind attempted to explain.\n"
                     "“Nobody knew about the cargo,” the source, who’s familiar with the guild, "
                     "told the Gazette.\n“The harbour is a dead zone”\n– Ivo Sarn\n"
                     "Ten boats have sunk, the harbour authority said on Monday.\n\"The storms will "
                     "return next week,\" it said.\n")
    assert quotes["The gates were locked,"] == ("direct", "Ada Lind")
    assert quotes["Nobody knew about the cargo,"] == ("direct", "the source")
    assert quotes["The harbour is a dead zone"] == ("direct", "Ivo Sarn")
    assert quotes["The storms will return next week,"] == ("direct", "the harbour authority")


def test_inverted_cues_with_a_long_role_and_a_clause_after_but() -> None:
    quotes = _quotes("Harbour\n\nThe ferry had carried grain since 1987, said Ada Lind, head of "
                     "the harbour office in the northern district of Ostra.\nThe boats had left "
                     "the port before noon, Lind said, but their cargo was never found.\nAnd the "
                     "water is rising every week, said Ivo Sarn, a pilot of the canal company.\n")
    assert quotes["The ferry had carried grain since 1987"] == ("indirect", "Ada Lind")
    assert quotes["The boats had left the port before noon"] == ("indirect", "Ada Lind")
    assert quotes["their cargo was never found"] == ("indirect", "Ada Lind")
    assert quotes["the water is rising every week"] == ("indirect", "Ivo Sarn")
    assert not any(text.startswith(("Ada Lind, head", "Ivo Sarn, a pilot")) for text in quotes)


def test_a_second_cue_with_its_own_subject_ends_the_first_clause() -> None:
    quotes = _quotes("Harbour\n\nThe wardens replied that the night shift had ended at six, "
                     "but Ada Lind continued to claim that the gate was locked on purpose.\n")
    assert quotes["the night shift had ended at six"] == ("indirect", "the wardens")
    assert quotes["the gate was locked on purpose"] == ("indirect", "Ada Lind")


def test_passive_told_by_as_reported_by_and_more_clause_verbs() -> None:
    quotes = _quotes("Harbour\n\nLind has been told by the harbour office lawyers that the "
                     "ledgers are sealed for a decade.\nAs reported by The Ostra Gazette, the "
                     "canal will close for two months.\nThe wardens called upon sailors to report "
                     "every leak.\nAda Lind encouraged the crews to stay in port until Friday.\n"
                     "The council admitted to hiding the reports for a year.\nPort wardens have "
                     "since said the pilot will keep his licence.\nSome pilots are even warning "
                     "that the fog will return.\nThe mission said it could not explain the leak at "
                     "the dock.\nThe Gazette added:Ferry tickets sold out within an hour.\n")
    assert quotes["the ledgers are sealed for a decade"] == (
        "indirect", "the harbour office lawyers")
    assert quotes["the canal will close for two months"][0] == "indirect"
    assert quotes["to report every leak"][0] == "indirect"
    assert quotes["to stay in port until Friday"] == ("indirect", "Ada Lind")
    assert quotes["hiding the reports for a year"][0] == "indirect"
    assert quotes["the pilot will keep his licence"] == ("indirect", "Port wardens")
    assert quotes["the fog will return"] == ("indirect", "Some pilots")
    assert quotes["it could not explain the leak at the dock"][0] == "indirect"
    assert quotes["Ferry tickets sold out within an hour"][0] == "indirect"


def test_manner_verbs_and_more_headline_verbs() -> None:
    quotes = _quotes("Wardens Warn That The Canal Could Flood By Spring\n\n\"I have grown used to "
                     "being ignored at the harbour,\" Ada Lind whines.\nThe harbour master conceded "
                     "that the ferry was late.\n")
    assert quotes["The Canal Could Flood By Spring"] == ("indirect", "Wardens")
    assert quotes["I have grown used to being ignored at the harbour,"] == ("direct", "Ada Lind")
    assert quotes["the ferry was late"] == ("indirect", "the harbour master")
    gerund = _quotes("Ostra Admits To Hiding The Harbour Reports\n\nBody of the story.\n")
    assert gerund["Hiding The Harbour Reports"][0] == "indirect"
    noun = _quotes("Lawmaker makes shocking claim about the canal\n\nBody of the story.\n")
    assert not noun


def test_clauses_opening_with_a_quoted_term_and_cues_after_according_to() -> None:
    quotes = _quotes("Harbour\n\nTwo nurses are warning that “the wards are full” of sick "
                     "sailors.\nAda Lind claimed that “the canal is finished” on Sunday during a "
                     "visit.\nCrews were paid on time under the old rules according to the ledger, "
                     "Lind said.\nMayor Ivo Sarn, who had called for the pilots to lose their "
                     "licences, said: \"The rules are clear.\"\nHarbour officials at the time "
                     "assured the sailors that ferries would run daily.\n")
    assert quotes["“the wards are full” of sick sailors"] == ("indirect", "Two nurses")
    assert quotes["the canal is finished"][0] == "direct"
    assert quotes["Crews were paid on time under the old rules according to the ledger"] == (
        "indirect", "Ada Lind")
    assert quotes["the pilots to lose their licences"][0] == "indirect"
    assert quotes["The rules are clear."] == ("direct", "Ivo Sarn")
    assert quotes["ferries would run daily"] == ("indirect", "Harbour officials")
