/// The word lists the speaker rules read. Lower-case unless said otherwise.
enum Lexicon {
    /// Speech verbs in every form news uses (`said`, `says`, `will say`, `has told` …).
    static let cueVerbs: Set<String> = {
        let verbs: [(String, [String])] = [
            ("say", ["says", "said", "saying"]), ("tell", ["tells", "told", "telling"]),
            ("add", ["adds", "added", "adding"]), ("ask", ["asks", "asked", "asking"]),
            ("state", ["states", "stated", "stating"]), ("note", ["notes", "noted", "noting"]),
            ("stress", ["stresses", "stressed", "stressing"]), ("warn", ["warns", "warned", "warning"]),
            ("insist", ["insists", "insisted", "insisting"]), ("argue", ["argues", "argued", "arguing"]),
            ("explain", ["explains", "explained", "explaining"]), ("write", ["writes", "wrote", "writing", "written"]),
            ("post", ["posts", "posted", "posting"]), ("reply", ["replies", "replied", "replying"]),
            ("acknowledge", ["acknowledges", "acknowledged", "acknowledging"]),
            ("claim", ["claims", "claimed", "claiming"]), ("urge", ["urges", "urged", "urging"]),
            ("vow", ["vows", "vowed", "vowing"]), ("declare", ["declares", "declared", "declaring"]),
            ("continue", ["continues", "continued", "continuing"]), ("tweet", ["tweets", "tweeted", "tweeting"]),
            ("announce", ["announces", "announced", "announcing"]), ("recall", ["recalls", "recalled", "recalling"]),
            ("observe", ["observes", "observed", "observing"]), ("remark", ["remarks", "remarked", "remarking"]),
            ("respond", ["responds", "responded", "responding"]), ("concede", ["concedes", "conceded", "conceding"]),
            ("admit", ["admits", "admitted", "admitting"]), ("suggest", ["suggests", "suggested", "suggesting"]),
            ("predict", ["predicts", "predicted", "predicting"]), ("caution", ["cautions", "cautioned", "cautioning"]),
            ("complain", ["complains", "complained", "complaining"]), ("insist", []),
            ("maintain", ["maintains", "maintained"]), ("counter", ["counters", "countered"]),
            ("promise", ["promises", "promised"]), ("pledge", ["pledges", "pledged"]),
            ("demand", ["demands", "demanded"]), ("confirm", ["confirms", "confirmed"]),
            ("deny", ["denies", "denied"]), ("report", ["reports", "reported"]), ("write", []),
            ("exclaim", ["exclaims", "exclaimed"]), ("joke", ["jokes", "joked"]), ("quip", ["quips", "quipped"]),
            ("shout", ["shouts", "shouted"]), ("tell", []), ("comment", ["comments", "commented"]),
            ("emphasize", ["emphasizes", "emphasized", "emphasises", "emphasised"]), ("agree", ["agrees", "agreed"]),
            ("call", ["calls", "called", "calling"]), ("describe", ["describes", "described", "describing"]),
            ("dub", ["dubs", "dubbed"]), ("brand", ["brands", "branded"]), ("term", ["terms", "termed"]),
            ("put", ["puts"]), ("wonder", ["wonders", "wondered"]), ("reiterate", ["reiterates", "reiterated"]),
            ("assert", ["asserts", "asserted"]), ("allege", ["alleges", "alleged"]),
            ("conclude", ["concludes", "concluded"]), ("mention", ["mentions", "mentioned"]),
            ("answer", ["answers", "answered"]), ("reply", []), ("retort", ["retorts", "retorted"]),
            ("add", []), ("scoff", ["scoffs", "scoffed"]), ("insist", []), ("quote", ["quoted"]),
            ("read", ["reads"]), ("testify", ["testifies", "testified"]), ("boast", ["boasts", "boasted"]),
            ("lament", ["laments", "lamented"]), ("concur", ["concurs", "concurred"]), ("whisper", ["whispered"]),
            ("echo", ["echoes", "echoed"]), ("bark", ["barked"]), ("beam", ["beamed"]), ("boom", ["boomed"]),
            ("reveal", ["reveals", "revealed"]), ("snap", ["snapped"]), ("yell", ["yelled"]), ("scream", ["screamed"]),
            ("cry", ["cried"]), ("muse", ["mused"]), ("gush", ["gushed"]), ("sigh", ["sighed"]), ("plead", ["pleaded"]),
            ("grumble", ["grumbled"]), ("recount", ["recounts", "recounted"]), ("elaborate", ["elaborated"]),
            ("clarify", ["clarified"]), ("contend", ["contends", "contended"]), ("opine", ["opined"]),
            ("interject", ["interjected"]), ("assure", ["assured"]), ("reassure", ["reassured"]),
            ("thunder", ["thundered"]), ("fume", ["fumed"]), ("marvel", ["marveled", "marvelled"]),
            ("chide", ["chided"]), ("scold", ["scolded"]), ("inform", ["informed"]), ("email", ["emailed"]),
            ("text", ["texted"]), ("lecture", ["lectured"]), ("reason", ["reasoned"]), ("tout", ["touted"]),
            ("charge", ["charged"]), ("stress", []), ("proclaim", ["proclaims", "proclaimed"]),
            ("affirm", ["affirms", "affirmed"]), ("underline", ["underlines", "underlined"]),
            ("underscore", ["underscores", "underscored"]),
        ]
        // Bare forms that are mostly nouns in news (`the report`, `a claim`, `the state`) are no cue.
        let nouns: Set<String> = [
            "report", "post", "tweet", "comment", "claim", "answer", "quote", "state", "note", "call", "demand",
            "promise", "pledge", "vow", "remark", "joke", "counter", "term", "brand", "put", "read", "stress", "quip",
            "shout", "scoff", "retort", "concur", "whisper", "reports", "posts", "claims", "notes", "states", "calls",
            "demands", "promises", "remarks", "terms", "brands", "reads", "comments", "answers", "quotes",
        ]
        return Set(verbs.flatMap { [$0.0] + $0.1 }).subtracting(nouns)
    }()

    /// Verbs that make a short quotation inside the writer's sentence the subject's words without being speech
    /// verbs themselves: `defended his comments as “sarcastic”`, `dismissed the report as “fiction”`, `warned
    /// of “grave” consequences` (warn is a cue already). They attribute fragments, never a full quotation.
    static let evaluativeVerbs: Set<String> = [
        "defend", "defends", "defended", "blame", "blames", "blamed", "accuse", "accuses", "accused", "criticize",
        "criticizes", "criticized", "criticise", "criticises", "criticised", "condemn", "condemns", "condemned",
        "dismiss", "dismisses", "dismissed", "praise", "praises", "praised", "label", "labels", "labeled",
        "labelled", "characterize", "characterizes", "characterized", "characterised", "portray", "portrays",
        "portrayed", "deride", "derides", "derided", "denounce", "denounces", "denounced", "slam", "slams",
        "slammed", "blast", "blasts", "blasted", "hail", "hails", "hailed", "welcome", "welcomes", "welcomed",
        "reject", "rejects", "rejected", "refer", "refers", "referred", "decry", "decries", "decried",
        "lambaste", "lambasted", "applaud", "applauds", "applauded", "mock", "mocks", "mocked", "question",
        "questioned", "promise", "promised", "pledged", "vowed", "demanded", "hope", "hopes", "hoped", "want",
        "wants", "wanted", "expect", "expects", "expected", "see", "sees", "saw", "consider", "considers",
        "considered", "view", "views", "viewed", "talk", "talks", "talked", "speak", "speaks", "spoke",
        "invoke", "invokes", "invoked", "cite", "cites", "cited", "seek", "seeks", "sought", "predicted",
        "wrote", "termed", "deemed", "deem", "deems", "branded", "calls", "called", "described",
        "defending", "blaming", "accusing", "criticizing", "criticising", "condemning", "dismissing", "praising",
        "labeling", "labelling", "characterizing", "portraying", "deriding", "denouncing", "slamming", "blasting",
        "hailing", "welcoming", "rejecting", "referring", "mocking", "questioning", "promising", "pledging",
        "vowing", "demanding", "hoping", "invoking", "citing", "seeking", "predicting", "branding", "describing",
        "calling", "coached", "vented", "proposed", "thanked", "urged", "asked", "insisted", "argued", "lamented",
        "found", "finds", "estimated", "concluded", "reported",
    ]

    /// `went on`, `shot back`: a verb that is a cue only with its particle.
    static let particleCues: [String: Set<String>] = [
        "went": ["on"], "goes": ["on"], "shot": ["back"], "fired": ["back"], "hit": ["back"], "chimed": ["in"],
        "pointed": ["out"], "weighed": ["in"], "summed": ["up"], "spoke": ["out", "up"], "cut": ["in"],
    ]

    /// Cues that take a quoted fragment as their object (`called the talks “useful”`): the quotation is
    /// attributed but usually partial.
    static let namingVerbs: Set<String> = [
        "nickname", "nicknamed", "call", "calls", "called", "calling", "describe", "describes", "described",
        "describing", "dub", "dubs",
        "dubbed", "brand", "brands", "branded", "term", "terms", "termed",
    ]

    /// Words between a subject and its cue: `has said`, `will tell`, `also said`.
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "will", "would", "was", "is", "also", "later", "then", "again", "once", "repeatedly",
        "earlier", "previously", "has also", "reportedly", "publicly", "privately", "simply", "just", "further",
        "further", "quickly", "bluntly", "flatly", "recently", "told", "may", "might", "could", "did", "does",
    ]

    /// Time words between a subject and its cue: `said on Thursday`, `on Monday called`.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "separately", "later", "earlier", "afterwards", "week", "month", "year", "morning", "evening",
        "night", "afternoon", "weekend",
    ]

    static let malePronouns: Set<String> = ["he", "him", "his"]
    static let femalePronouns: Set<String> = ["she", "her", "hers"]
    static let pluralPronouns: Set<String> = ["they", "we"]

    /// Capitalised words that do not start a name (sentence starts, months, days).
    static let notNames: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "If", "When", "While",
        "After", "Before", "In", "On", "At", "For", "From", "To", "With", "By", "As", "Of", "According", "Asked",
        "Still", "However", "Meanwhile", "Some", "Many", "Most", "No", "Not", "Since", "Although", "Though", "Now",
        "Then", "What", "Why", "How", "Who", "Where", "Which", "Under", "Over", "Speaking", "Both", "All", "Each",
        "Every", "Such", "One", "Two", "Three", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Tomorrow",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Q", "A", "Yes", "Well", "Thank",
        "Thanks", "Okay", "OK", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Would", "Can",
        "Could", "Should", "Mr", "Mrs", "Ms", "Dr", "Also", "Only", "Just", "Even", "Despite", "During", "Without",
        "Within", "Among", "Between", "Against", "Through", "Because", "Unless", "Until", "Instead", "Other",
        "Another", "More", "Much", "Any", "Few", "Several", "Nor", "Whether", "Once", "Twice", "Again",
        "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Dozens", "Hundreds", "Thousands",
        "Millions", "Like", "Unlike", "Just", "Perhaps", "Maybe", "Indeed", "Instead", "Hastily", "Later", "First",
    ]

    /// Honorifics before a name, with the gender they tell (`nil`: either).
    static let honorifics: [String: Gender?] = [
        "Mr": .male, "Mr.": .male, "Mrs": .female, "Mrs.": .female, "Ms": .female, "Ms.": .female,
        "Miss": .female, "Madam": .female, "Sir": .male, "Lady": .female, "Lord": .male, "Dr": nil, "Dr.": nil,
        "Prof": nil, "Prof.": nil, "Gen": nil, "Gen.": nil, "Lt": nil, "Lt.": nil, "Col": nil, "Col.": nil,
        "Maj": nil, "Maj.": nil, "Capt": nil, "Capt.": nil, "Adm": nil, "Adm.": nil, "Sgt": nil, "Sgt.": nil,
        "Sen": nil, "Sen.": nil, "Rep": nil, "Rep.": nil, "Gov": nil, "Gov.": nil, "Amb": nil, "Amb.": nil,
        "Rev": nil, "Rev.": nil, "King": .male, "Queen": .female, "Prince": .male, "Princess": .female,
        "Pope": .male, "Sheikh": .male,
    ]

    /// The role an honorific gives (`Gen. Arne Holmsted` is `the general`).
    static let honorificRoles: [String: String] = [
        "Gen": "general", "Gen.": "general", "Maj": "major general", "Maj.": "major general", "Col": "colonel",
        "Col.": "colonel", "Lt": "lieutenant", "Lt.": "lieutenant", "Adm": "admiral", "Adm.": "admiral",
        "Sen": "senator", "Sen.": "senator", "Rep": "representative", "Rep.": "representative", "Gov": "governor",
        "Gov.": "governor", "Amb": "ambassador", "Amb.": "ambassador", "Prof": "professor", "Prof.": "professor",
        "Capt": "captain", "Capt.": "captain", "King": "king", "Queen": "queen", "Pope": "pope",
    ]

    /// Lower-case particles inside a name (`Ursula von der Leyen`), when a capitalised word follows.
    static let nameParticles: Set<String> = ["de", "van", "von", "der", "al", "bin", "da", "di", "la", "le", "du"]

    /// Role words: `Palace spokesman Ilya Marevsky`, `the foreign minister`, `a senior adviser`.

    static let roleWords: Set<String> = [
        "president", "vice", "prime", "minister", "ministers", "spokesman", "spokeswoman", "spokesperson", "envoy",
        "aide", "adviser", "advisor", "ambassador", "secretary", "secretary-general", "chancellor", "general",
        "commander", "leader", "chief", "negotiator", "diplomat", "official", "analyst", "mediator", "deputy",
        "foreign", "defence", "defense", "interior", "finance", "economy", "trade", "justice", "senior", "special",
        "chief", "head", "director", "governor", "mayor", "senator", "representative", "congressman",
        "congresswoman", "lawmaker", "speaker", "chairman", "chairwoman", "chair", "premier", "monarch", "king",
        "queen", "emir", "sheikh", "commissioner", "coordinator", "representative", "attorney", "judge", "press",
        "palace", "kremlin", "white", "house", "state", "department", "government", "party", "opposition",
        "military", "army", "navy", "staff", "security", "national", "top", "former", "acting", "deputy", "policy",
        "foreign-policy", "economist", "expert", "researcher", "professor", "chief-of-staff", "presidential",
        "parliamentary", "union", "bloc", "mission", "monitoring", "council", "general-secretary", "colonel",
        "lieutenant", "major", "captain", "sergeant", "admiral", "brigadier", "marshal", "commissioner",
        "civic", "renewal", "delegation", "lead", "chief-of-staff", "economics", "minister-president",
        "boss", "member", "delegate", "manager", "host", "commentator", "strategist", "anchor", "candidate",
        "nominee", "activist", "founder", "executive", "officer", "editor", "columnist", "correspondent",
        "lawyer", "prosecutor", "campaign", "consultant", "pollster", "operative", "organizer", "crown",
        "prince", "supreme", "emir", "sultan", "general", "majority", "minority", "whip", "house", "senate",
        "ombudsman", "ombudswoman", "ombudsperson", "rights",
    ]

    /// Role nouns that name a post (the head of a role phrase).
    static let roleHeads: Set<String> = [
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "aide", "adviser", "advisor",
        "ambassador", "secretary", "secretary-general", "chancellor", "general", "commander", "leader", "chief",
        "negotiator", "diplomat", "official", "analyst", "mediator", "governor", "mayor", "senator", "chairman",
        "chairwoman", "chair", "premier", "king", "queen", "emir", "commissioner", "coordinator", "attorney",
        "judge", "economist", "expert", "researcher", "professor", "head", "director", "speaker",
        "representative", "lawmaker", "colonel", "lieutenant", "major", "captain", "sergeant", "admiral",
        "brigadier", "marshal", "boss", "delegate", "manager", "host", "commentator", "strategist", "anchor",
        "candidate", "nominee", "founder", "executive", "officer", "editor", "columnist", "correspondent",
        "lawyer", "prosecutor", "consultant", "pollster", "prince", "sultan", "whip", "member", "ombudsman",
        "ombudswoman", "ombudsperson",
    ]

    /// Lower-case words that may stand between a qualifier and a name (`Talgöz campaign spokesman Vera
    /// Solnik`, `Serin delegate Oleh Tarnak`) are any words but these.
    static let phraseBreakers: Set<String> = [
        "and", "or", "but", "that", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "as", "from",
        "who", "which", "when", "while", "if", "is", "was", "are", "were", "be", "been", "has", "have", "had", "not",
        "will", "would", "it", "he", "she", "they", "we", "his", "her", "their", "its", "this", "these", "than",
    ]

    static let femaleRoles: Set<String> = ["spokeswoman", "chairwoman", "queen", "congresswoman"]
    static let maleRoles: Set<String> = ["spokesman", "chairman", "king", "congressman"]

    /// Last words of organisation names: `Valdoran Foreign Ministry`, `State Department`, `Amber Palace`.
    static let organizationHeads: Set<String> = [
        "Ministry", "Department", "Office", "Palace", "Union", "Council", "Commission", "Agency", "Party",
        "Government", "Kremlin", "Pentagon", "Embassy", "Mission", "Committee", "Organization", "Organisation",
        "Bank", "Court", "Parliament", "Congress", "Senate", "Army", "Police", "Service", "Secretariat",
        "Assembly", "Cabinet", "Presidency", "Administration", "Front", "Movement", "Alliance", "Federation",
        "Institute", "Centre", "Center", "Fund", "Authority", "Command", "Forces", "Guard", "House", "Bureau",
        "Post", "Times", "Journal", "Tribune", "Herald", "Gazette", "Telegraph", "Guardian", "Economist",
        "Directorate", "Coalition", "League", "Association", "Group", "Corporation", "Company", "Inc", "Court",
    ]

    /// Lower-case nouns that make an organisation of a phrase: `Casmira’s foreign ministry`, `the bloc’s members`.
    static let organizationNouns: Set<String> = [
        "ministry", "government", "office", "embassy", "palace", "bloc", "union", "council", "parliament",
        "army", "military", "delegation", "members", "administration", "presidency", "cabinet", "secretariat",
        "mission", "command", "department", "agency", "commission", "committee", "kremlin", "authorities",
        "governments", "service", "press",
    ]

    /// The words that tell one minister from another (`foreign`, `prime`, `defence`).
    static let portfolios: Set<String> = [
        "foreign", "prime", "defence", "defense", "interior", "finance", "economy", "trade", "justice", "health",
        "education", "agriculture", "energy", "home", "environment", "culture", "transport", "labour", "labor",
    ]

    /// What an organisation issues: `the statement said` speaks for the organisation that issued it.
    static let statementNouns: Set<String> = [
        "statement", "communique", "communiqué", "declaration", "readout", "release", "notice", "note",
    ]

    /// Organisations known by one word or an acronym.
    static let organizations: Set<String> = [
        "Kremlin", "Pentagon", "NATO", "UN", "EU", "IAEA", "OSCE", "WHO", "IMF", "OPEC", "ASEAN", "Hamas",
        "Hezbollah", "Taliban", "Interpol", "Reuters", "Congress", "Parliament", "Senate",
    ]

    /// First names whose gender the pronoun rule may use; anything else is of unknown gender.
    static let femaleNames: Set<String> = [
        "Anna", "Maria", "Mary", "Elizabeth", "Hillary", "Nancy", "Angela", "Theresa", "Ursula", "Kamala",
        "Katarina", "Irena", "Marta", "Anaïs", "Nadia", "Olena", "Vesna", "Susan", "Sarah", "Jennifer", "Linda",
        "Karen", "Lisa", "Michelle", "Laura", "Emily", "Julia", "Sophie", "Catherine", "Christine", "Elena",
        "Olga", "Natalia", "Tatiana", "Irina", "Svetlana", "Yulia", "Maria", "Ana", "Isabel", "Carmen", "Nicola",
        "Jacinda", "Condoleezza", "Madeleine", "Samantha", "Nikki", "Kirsten", "Elizabeth", "Janet", "Margaret",
        "Helen", "Amy", "Rachel", "Rebecca", "Jessica", "Ashley", "Stephanie", "Nicole", "Heather", "Ruth",
        "Claire", "Diane", "Patricia", "Barbara", "Dianne", "Debbie", "Marsha", "Lindsey", "Federica", "Kaja",
        "Annalena", "Liz", "Penny", "Priti", "Suella", "Yvette", "Harriet", "Tessa", "Jean", "Alice", "Emma",
        "Hannah", "Kate", "Katherine", "Kathleen", "Valerie", "Victoria", "Nina", "Lena", "Eva", "Ivana",
        "Jana", "Zuzana", "Agnieszka", "Beata", "Dorota", "Oksana", "Iryna", "Maryna", "Halyna", "Lyudmila",
        "Mira", "Leila", "Vera", "Halina", "Lidia", "Lydia", "Kateryna", "Mirela", "Sabine", "Elif", "Hanne",
        "Oksana", "Ivanka", "Tulsi", "Gina", "Kristi", "Dana", "Hope", "Sheila", "Tammy", "Jeanne", "Joni", "Carly",
        "Fatima", "Aisha", "Amina", "Mariam", "Sara", "Samira", "Yasmin", "Hina", "Benazir",
        "Aung", "Tsai", "Megawati", "Marine", "Ségolène", "Giorgia", "Mette", "Sanna", "Magdalena",
    ]

    static let maleNames: Set<String> = [
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Donald", "Barack", "George", "Bill", "Joe", "Mike", "Vladimir", "Dmitry", "Sergei", "Sergey", "Yuri",
        "Ilya", "Anton", "Pavel", "Oleksiy", "Oleksii", "Stepan", "Demir", "Rémi", "Arne", "Rostyslav", "Volodymyr",
        "Emmanuel", "Boris", "Tony", "Gordon", "David", "Jay", "Josh", "Robert", "Ben", "Marco", "Ted", "Jeb",
        "Bernie", "Paul", "Mitch", "Harry", "Chuck", "Kevin", "Jim", "Tim", "Tom", "Jack", "Steve", "Steven",
        "Peter", "Mark", "Matthew", "Andrew", "Daniel", "Christopher", "Anthony", "Brian", "Eric", "Ali",
        "Mohammed", "Muhammad", "Ahmed", "Hassan", "Hussein", "Abdullah", "Recep", "Benjamin", "Xi", "Li", "Kim",
        "Shinzo", "Narendra", "Olaf", "Gerhard", "Helmut", "Nicolas", "Jacques", "François", "Silvio", "Mario",
        "Matteo", "Pedro", "Luiz", "Jair", "Justin", "Stephen", "Hugo", "Nicolás", "Fidel", "Raúl", "Ehud",
        "Ariel", "Mahmoud", "Yasser", "Bashar", "Hosni", "Muammar", "Saddam", "Nouri", "Hamid", "Ashraf",
        "Ashton", "Denis", "Denys", "Andriy", "Petro", "Viktor", "Alexander", "Alexei", "Alexey", "Nikolai",
        "Igor", "Oleg", "Mikhail", "Andrei", "Ivan", "Dmytro", "Mykola", "Taras", "Ruslan", "Aleksandar",
        "Recep", "Ahmet", "Mevlüt", "Hakan", "Ibrahim", "Bruno", "Carlos", "Jorge", "Luis", "Juan", "José",
        "Antonio", "Francisco", "Manuel", "Rex", "Lloyd", "Antony", "Jake", "Sullivan", "Ron", "Rick", "Rand",
        "Newt", "Dick", "Al", "Howard", "Martin", "Henry", "Jeremy", "Keir", "Rishi", "Nigel", "Ed",
        "Nick", "Hilary", "Ken", "Gerry", "Jeffrey", "Lord", "Prince", "Hamad", "Tamim", "Salman", "Mohammad",
        "Javad", "Hassan", "Ebrahim", "Ayatollah", "Kofi", "Ban", "António", "Jens", "Anders", "Javier", "Josep",
        "Charles", "Herman", "Jean-Claude", "Donald", "Mark", "Karl", "Frank-Walter", "Heiko", "Sigmar",
    ]
}

/// Grammatical gender as far as the pronoun rule needs it.
enum Gender: Sendable {
    case male, female
}
