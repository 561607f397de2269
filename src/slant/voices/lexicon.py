"""Word lists the rule-based voices layer relies on (all lower case)."""

from __future__ import annotations

# Verbs that report speech or writing, in the forms news text uses them.
REPORTING_VERBS = frozenset(
    """
    said says say saying told tells tell added adds warned warns warning stated states
    claimed claims argued argues noted notes insisted insists explained explains wrote writes
    asserted asserts declared declares announced announces stressed stresses
    emphasised emphasized emphasises emphasizes alleged alleges suggested suggests
    continued continues concluded concludes replied
    replies responded responds asked asks tweeted tweets posted recalled recalls admitted admits
    acknowledged acknowledges denied denies complained complains maintained maintains observed
    remarked reported reports revealed reveals confirmed confirms predicted predicts urged urges
    contended contends testified testifies commented comments countered counters charged charges
    boasted boasts lamented laments cautioned cautions vowed vows promised promises threatened
    threatens explained answered answers thundered fumed quipped agreed agrees
    pledged pledges reads estimated estimates mentioned mentions hinted hints
    warn claim argue insist note predict report suggest allege contend maintain assert explain
    admit deny confirm stress reveal declare read state reiterate detailed details projected advised advises
    demanded demands pointed points accused accuses explain assured assures assure questioned
    wondered encouraged encourages forecasted specified specifies estimate advising
    """.split()
) | frozenset(
    # manner-of-speaking and less common verbs: '"...," Lind whines.' / 'X conceded that ...'
    # (the forms that are rarely plural nouns)
    """
    whined whines bragged brags scoffed scoffs snapped shouted yelled screamed exclaimed exclaims
    joked pleaded begged blasted slammed ranted raged retorted retorts conceded concedes disclosed
    discloses informed informs cried muttered whispered mused muses opined opines speculated
    speculates theorized theorised reasoned objected protested interjected recounted recounts
    proclaimed proclaims affirmed affirms reiterated reiterates repeated underscored underscores
    clarified clarifies elaborated indicated indicates implied implies confessed confesses gushed
    sneered mocked chided scolded lectured griped grumbled groused insinuated insinuates surmised
    hypothesized signaled signalled vented sighed wailed shrieked reassured reassures swore swears
    concurred disputed disputes rebutted queried inquired requested decried decries bemoaned
    bemoans summarized summarised texted emailed messaged retweeted blogged reminded reminds
    ruled expressed voiced announce write affirming notified notifies
    cry cries crying whine implored implores exhorted exhorts recommended recommends
    """.split()
)

# Participles that report speech after a comma or an auxiliary: '..., adding that ...',
# 'one lawmaker is hinting that ...'.
REPORTING_PARTICIPLES = frozenset(
    """
    saying telling adding insisting arguing claiming warning noting explaining stressing
    hinting suggesting asserting declaring announcing alleging admitting acknowledging denying
    confirming predicting promising vowing urging reporting writing stating complaining
    tweeting revealing vowing pledging threatening asking projecting demanding detailing accusing
    encouraging whining bragging boasting joking conceding pleading begging shouting reiterating
    recounting disclosing informing assuring reassuring speculating theorizing protesting
    clarifying confessing lamenting retorting affirming crying describing contending maintaining
    imploring exhorting testifying
    """.split()
)

# Reporting verbs strong enough to introduce indirect speech ("X warned that ...").
# ('described how ...' reports speech; '"...," she described' is no cue of a direct quote)
INDIRECT_VERBS = (REPORTING_VERBS | REPORTING_PARTICIPLES | {"called", "calls", "calling",
                                                             "describes", "described",
                                                             "describe"}) - {
    "answered", "answers", "continued", "read",
    "continues"}

# Auxiliary and modal verbs: a phrase holding one is a clause, not a noun phrase.
AUXILIARY_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                             "would", "can", "could", "should", "may", "might", "must", "do",
                             "does", "did"})

#: Verbs of thinking and feeling: what follows them is a thought, not a quote (ANNOTATING.md).
THINKING_VERBS = frozenset(
    f"{stem}{ending}" for stem, endings in (
        ("think", ("", "s", "ing")), ("believe", ("", "s", "d")), ("feel", ("", "s", "ing")),
        ("hope", ("", "s", "d")), ("fear", ("", "s", "ed")), ("know", ("", "s", "ing")),
        ("expect", ("", "s", "ed")), ("want", ("", "s", "ed")), ("suspect", ("ed",)),
    ) for ending in endings
) | {"thought", "felt", "knew", "believing", "hoping", "fearing", "expecting", "wanting"}

PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUNS_PLURAL = frozenset({"they"})
PRONOUNS_THING = frozenset({"it"})
PRONOUNS_SPEAKER = PRONOUNS_PERSON | PRONOUNS_PLURAL | PRONOUNS_THING | {"i", "we"}

# Capitalised words that are not (the start of) names.
NOT_NAMES = frozenset(
    """
    a an the this that these those there then than but and or nor so yet for if in on at by of to
    from with without as after before when while where whereas why how what who whom whose which
    he she it they we i you his her its their our my your him them us me one some many most all any
    each every both no not never also just only even still however meanwhile moreover furthermore
    indeed instead thus therefore hence although though because since until unless despite yes
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    january february march april may june july august september october november december
    sir madam here now later earlier late early last next first second third
    according like unlike read watch related update updated photo video image source click share
    following including responding speaking listen meet reacting citing quoting
    """.split()
)

# Abbreviated titles whose full stop ends no sentence: 'Dr. Ray', 'Col. Marsh said'.
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Gen", "Sen", "Rep", "Gov", "Prof",
                       "Col", "Lt", "Rev", "Sgt", "Capt")

# Titles written before a name: "President Anna Brask", "Mr Spencer".
# Occupations written before a name as a title: "Singer Seal", "Coach Ed Orgeron".
OCCUPATIONS = frozenset("singer actor actress rapper comedian coach anchor pastor".split())

TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. father sister pope king
    queen prince princess president vice prime minister secretary senator sen sen. rep rep.
    representative congressman congresswoman governor gov gov. mayor judge justice chief general
    gen gen. colonel col col. lieutenant lt lt. captain capt sergeant sgt sheriff director chairman
    chairwoman chair spokesman spokeswoman spokesperson ambassador envoy commissioner chancellor
    attorney deputy foreign defence defense interior home finance former late lead leader officer
    agent detective professor dean bishop archbishop cardinal rabbi imam sheikh ayatollah speaker
    leader sen. chancellor premier minister, drummer soldier private corporal major commander
    admiral marshal state councillor councilor councilman councilwoman alderman
    """.split()
) | OCCUPATIONS

# Words that make a capitalised sequence an organisation.
ORG_WORDS = frozenset(
    """
    ministry department office agency council committee commission party union association guild
    institute university college school times post news journal herald telegraph guardian press
    network channel tv radio inc inc. corp corp. company co co. ltd ltd. group bank court congress
    senate parliament house assembly government administration army navy force forces police
    service services bureau foundation fund organisation organization league federation alliance
    movement front church mosque center centre network watch review magazine tribune gazette
    daily weekly foundation trust board embassy consulate mission authority commission coalition caucus campaign cabinet
    kremlin pentagon nato un eu fbi cia nsa doj dhs ice isis isil taliban hamas hezbollah
    twitter facebook google youtube reuters ap afp bbc cnn msnbc fox nbc abc cbs npr
    """.split()
)

# Countries, regions and cities that a capitalised-sequence finder would otherwise call people.
PLACES = frozenset(
    """
    america united states us u.s. usa uk u.k. britain great britain england scotland wales ireland
    russia ukraine crimea china japan korea north south east west iran iraq syria libya israel
    palestine gaza egypt turkey saudi arabia yemen afghanistan pakistan india france germany italy
    spain poland greece europe asia africa canada mexico brazil venezuela cuba belarus moscow kiev
    kyiv washington london paris berlin brussels beijing tehran damascus baghdad jerusalem
    new york california texas florida virginia ohio michigan chicago los angeles san francisco
    boston seattle detroit atlanta vatican rome hollywood europe eurasia las vegas miami houston
    dallas denver phoenix baltimore philadelphia portland orlando nevada arizona georgia oregon
    pennsylvania minnesota illinois iowa colorado utah
    """.split()
)

# Words that make a capitalised sequence a country or region: "Republic of Ostra".
PLACE_WORDS = frozenset(
    """
    republic kingdom duchy principality emirate emirates province region county city town
    island islands republics territory territories oblast state
    """.split()
)

# Nouns that name a role or a speaking group ("the minister", "officials").
ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson minister envoy ambassador diplomat official officials
    president secretary director leader chief head adviser advisor aide aides source sources
    analyst analysts expert experts lawyer lawyers attorney attorneys prosecutor prosecutors judge
    officer officers researcher researchers professor senator congressman congresswoman governor
    mayor chairman chairwoman chair commissioner chancellor representative representatives
    campaigner campaigners activist activists critic critics supporter supporters author authors
    writer columnist editor reporter journalist historian scientist scientists economist
    economists doctor doctors police investigators investigator witness witnesses neighbour
    neighbor resident residents victim pastor priest bishop cardinal pope bishop statement report
    study letter embassy consulate ministers lawmakers lawmaker legislators politicians politician member members
    administration government agency ministry department court sheriff detective agent agents
    woman man mother father daughter son wife husband friend teacher student students worker
    workers mom dad authorities media petition website memo filing filings documents complaint
    lawsuit indictment tweet notification alert notice advisory announcement message email
    eyewitness eyewitnesses caller callers host person people insider insiders
    nominee candidate suspect accuser defendant plaintiff founder owner manager executive
    employee staffer volunteer organizer organiser veteran survivor relative brother sister
    pilot nurse physician surgeon psychologist psychiatrist cleric preacher theologian scholar
    delegate negotiator inspector
    audit review inquiry probe investigation ruling transcript editorial
    pundit pundits commentator commentators
    site draft story stories singer actor actress rapper comedian coach player blogger
    affidavit declaration motion resolution ad ads video book
    """.split()
)

# Documents and pages that 'say' things for their owner or as themselves: 'J Street's statement
# read', 'the website, which says ...'.
DOCUMENT_NOUNS = frozenset(
    """
    statement report study letter website site page profile memo filing documents document
    complaint lawsuit indictment petition notice advisory announcement message email post
    article editorial column blog tweet release account feed channel affidavit declaration
    motion resolution tweets posts statements letters emails messages reports
    """.split()
)

# Nouns that name a group of people: "Council water ministers", "Teravian officials".
GROUP_NOUNS = frozenset(
    """
    ministers officials leaders lawmakers legislators politicians troops forces soldiers militias
    militants fighters rebels workers activists protesters protestors supporters members
    diplomats generals elites elite media journalists liberals conservatives democrats
    republicans globalists immigrants migrants refugees muslims christians jews people citizens
    voters students teachers police officers agents authorities governments countries nations
    states allies
    """.split()
)

SPEECH_PREPOSITIONS = frozenset({"of", "for", "to", "at", "from", "with", "in", "on", "by"})
