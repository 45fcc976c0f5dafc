"""Violence, drugs, bullying, hate and sexual requests that need more than a word list.

Threats, weapon and drug requests, insults aimed at a person, statements against a group.
"""

from __future__ import annotations

from app.safety.detectors.rules import PhraseRule, rule, words
from app.safety.verdict import Category, Direction, Severity

_LOW = Severity.LOW
_MED = Severity.MEDIUM
_HIGH = Severity.HIGH

_GAMES = (
    r"\b(?:in|at|on) (?:the )?(?:game|fortnite|minecraft|roblox|mario|chess|checkers|uno|cards"
    r"|football|soccer|basketball|tennis|ping pong|monopoly|mario kart|among us|arsenal|smash"
    r"|a game|video games?|the race|racing|dodgeball|tag|hide and seek)\b|\bin game\b"
)
_VICTIM = words(
    r"you",
    r"him",
    r"her",
    r"them",
    r"everyone",
    r"everybody",
    r"someone",
    r"somebody",
    r"people",
    r"kids",
    r"a person",
    r"teachers?",
    r"(?:that|the|this) (?:\w+ )?(?:kid|boy|girl|guy|teacher|kids|class|principal|bully|people|man"
    r"|woman)",
    r"my (?:brother|sister|mom|dad|teacher|friend|classmate|cousin|family|parents|neighbou?r|cat"
    r"|dog|pet|stepdad|stepmom|sisters?|brothers?|grandma|grandpa|baby \w+|neighbou?rs \w+"
    r"|\w+s (?:dog|cat|pet|hamster|rabbit|bird|brother|sister|mom|dad))",
    r"his \w+",
    r"her \w+",
    r"your (?:throat|face|head|neck|family)",
    r"all of (?:you|them)",
)
_HARM_VERB = words(
    "kill",
    "stab",
    "shoot",
    "murder",
    "hurt",
    "beat up",
    "beat",
    "punch",
    "poison",
    "strangle",
    "choke",
    "burn",
    "torture",
    "slit",
    "slice",
    "smash",
    "bash",
    "drown",
    "kidnap",
    "attack",
    "shoot up",
    "bomb",
    "knife",
    "slap",
    "kick",
    "break",
    "fight",
    "hit",
    "shank",
    "glass",
    "bottle",
    "deck",
    "batter",
    "merk",
    "murk",
)
_WEAPON = words(
    "bomb",
    "bombs",
    "pipe bomb",
    "explosive",
    "explosives",
    "gun",
    "guns",
    "pistol",
    "rifle",
    "weapon",
    "weapons",
    "molotov",
    "grenade",
    "silencer",
    "napalm",
    "tnt",
    "dynamite",
    "knife",
    "knives",
    "poison",
    "flamethrower",
    "glock",
    "ak47",
    "ar15",
    "shank",
    "zip gun",
    "thermite",
    "chlorine gas",
    "mustard gas",
    "poison gas",
    "toxic gas",
    "nerve gas",
    "nerve agent",
    "ricin",
    "sarin",
    "nail bomb",
    "ied",
    "detonator",
    "tannerite",
    "black powder",
    "taser",
    "stun gun",
    "brass knuckles",
    "knuckle duster",
    "switchblade",
    "butterfly knife",
    "zombie knife",
    "machete",
    "crossbow",
    "incendiary",
)
_DRUG = words(
    "weed",
    "marijuana",
    "cannabis",
    "cocaine",
    "crack",
    "meth",
    "heroin",
    "xanax",
    "xans",
    "molly",
    "mdma",
    "ecstasy",
    "lsd",
    "shrooms",
    "magic mushrooms",
    "lean",
    "edibles",
    "vape",
    "vapes",
    "vaping",
    "juul",
    "juuls",
    "dab pen",
    "joint",
    "joints",
    "blunt",
    "blunts",
    "alcohol",
    "beer",
    "beers",
    "vodka",
    "liquor",
    "booze",
    "whiskey",
    "wine",
    "cigarettes",
    "cigarette",
    "cigs",
    "nicotine",
    "drugs",
    "ketamine",
    "fentanyl",
    "percs",
    "percocet",
    "adderall",
    "opioids",
    "tobacco",
    "rum",
    "tequila",
    "spliff",
    "bong",
    "dope",
    "pot",
    "oxy",
    "oxycodone",
    "cough syrup",
    "codeine",
    "acid",
    "coke",
    "drug",
    "vodka",
    "cider",
    "moonshine",
    "zaza",
    "carts",
    "ganja",
    "ket",
    "kush",
    "snus",
    "dmt",
    "edible",
    "xan",
    "zyn",
    "zyns",
    "pingers",
    "addies",
    "nangs",
    "smirnoff",
    "alcopops",
)
_GROUP = words(
    "muslims",
    "muslim people",
    "jews",
    "jewish people",
    "black people",
    "blacks",
    "white people",
    "whites",
    "asians",
    "asian people",
    "chinese people",
    "chinese",
    "mexicans",
    "immigrants",
    "refugees",
    "migrants",
    "gays",
    "gay people",
    "lesbians",
    "trans people",
    "transgender people",
    "disabled people",
    "autistic people",
    "arabs",
    "indians",
    "africans",
    "christians",
    "hindus",
    "sikhs",
    "gypsies",
    "foreigners",
    "latinos",
    "hispanics",
    "catholics",
    "atheists",
    "those people",
    "these people",
    "africans",
    "pakistanis",
    "poles",
    "romanians",
    "russians",
    "mexican people",
    "queers",
    "homosexuals",
    "jewish",
    "muslim",
    "blind people",
    "fat people",
    "ugly people",
    "deaf people",
    "roma",
    "roma people",
    "travellers",
    "somalis",
    "nigerians",
    "polish people",
    "eastern europeans",
    "albanians",
    "turks",
    "kurds",
    "palestinians",
    "israelis",
    "ukrainians",
    "filipinos",
    "vietnamese people",
    "koreans",
    "japanese people",
    "aboriginals",
    "aborigines",
    "indigenous people",
    "native americans",
    "hindus",
    "jewish people",
    "trans",
)
_DEGRADING = words(
    "terrorists",
    "evil",
    "monkeys",
    "apes",
    "animals",
    "vermin",
    "rats",
    "cockroaches",
    "disgusting",
    "dirty",
    "filthy",
    "freaks",
    "stupid",
    "worthless",
    "inferior",
    "subhuman",
    "trash",
    "garbage",
    "criminals",
    "rapists",
    "die",
    "be killed",
    "burn",
    "be banned",
    "banned",
    "be deported",
    "deported",
    "go back",
    "not exist",
    "to hell",
    "go to hell",
    "abomination",
    "an abomination",
    "parasites",
    "diseased",
    "sick",
    "gross",
    "pigs",
    "dogs",
    "savages",
    "less than",
    "ugly",
    "not human",
    "not deserve",
    "do not deserve",
    "be shot",
    "be gassed",
    "wiped out",
    "ruining",
    "destroying",
    "taking over",
    "stealing",
    "invading",
    "taking our jobs",
    "should leave",
    "go home",
    "do not belong",
    "smell",
    "stink",
    "be wiped out",
    "all die",
    "thieves",
    "liars",
    "a disease",
    "a plague",
    "unnatural",
    "bad",
    "dangerous",
    "violent",
    "the worst",
    "the problem",
    "a problem",
    "the enemy",
    "all the same",
    "eat dogs",
    "eat cats",
    "eat bats",
    "wrong",
    "mentally ill",
    "dumb",
    "idiots",
    "lazy",
    "smelly",
    "the worst",
    "not welcome",
    "bad people",
    "a sin",
    "sinners",
    "weird",
    "losers",
    "waste of space",
    "a waste of",
    "a burden",
    "useless",
    "leeches",
    "scroungers",
    "freeloaders",
    "invaders",
    "breed like rats",
    "not welcome here",
)
_INSULT_HIGH = words(
    "ugly",
    "ugliest",
    "fat",
    "fattest",
    "idiot",
    "loser",
    "worthless",
    "pathetic",
    "disgusting",
    "gross",
    "freak",
    "weirdo",
    "moron",
    "useless",
    "trash",
    "garbage",
    "failure",
    "pig",
    "cow",
    "whale",
    "creep",
    "psycho",
    "waste of space",
    "waste of oxygen",
    "mistake",
    "nobody",
    "smelly",
    "stink",
    "stinky",
    "retard",
    "retarded",
    "ugly \\w+",
    "fat \\w+",
    "nothing",
    "a joke",
    "clown",
    "embarrassment",
)
_INSULT_MILD = words(
    "stupid", "stupidest", "dumb", "dumbest", "annoying", "weird", "silly", "dummy"
)
_SOFTENER = (
    r"(?: (?:so|such|a|an|the|really|very|just|fucking|total|complete|literally|always|the most"
    r"|will always be|are|r|big|fat|little|stupid|ugly|dumb|actually|honestly|kind of|pretty|being"
    r"|look|looking|is|ever|smell like|look like|annoying and|and|weird and|mean and)){0,5}"
)

RULES: tuple[PhraseRule, ...] = (
    # Violence
    rule(
        "violence.threat",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:i|we|me)(?: \w+){0,2}? (?:am going to|will|would|going to|want to|plan to|planning "
        r"to"
        r"|might|about to|ready to|will really|gonna|wanna|promise to|am about to|should|swear "
        r"i will)"
        rf" (?:\w+ ){{0,2}}?{_HARM_VERB}(?: up)? {_VICTIM}\b",
        "kill stab shoot murder hurt beat punch poison strangle choke burn torture slit slice fight"
        " hit shank glass bottle deck batter merk murk"
        " smash bash drown kidnap attack bomb knife slap kick break",
        unless=_GAMES + r"|\b(?:kill|beat|break) (?:it|the record|my record|the lights|time)\b"
        r"|\bbeat (?:you|him|her|them|my \w+) (?:at|in|to)\b|\bkill for\b|\bhurt (?:his|her|your)"
        r" feelings\b|\bburn (?:you|him|her) a (?:cd|copy)\b|\bbreak (?:his|her|my) (?:heart"
        r"|record)\b"
        r"|\bbreak (?:the )?(?:news|ice)\b|\bkick (?:the )?ball\b|\b(?:do not|never|not) want to\b",
    ),
    rule(
        "violence.thinking_of_harming",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:i|im|i am|ive|i have|i keep|i cant stop|i can not stop)(?: \w+){0,2}?"
        r" (?:thinking|thought|dreaming|fantasi[sz]ing|daydreaming) (?:about|of)"
        r" (?:\w+ ){0,2}?(?:hurting|killing|stabbing|shooting|murdering|poisoning|strangling"
        r"|choking|drowning|punching|beating up|beating|burning)"
        rf" {_VICTIM}\b",
        "thinking thought dreaming fantasising fantasizing daydreaming",
        unless=_GAMES + r"|\b(?:feelings|history|movie|book|story|character|zombies?)\b",
    ),
    rule(
        "violence.beat_out_of",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:beat|kick|punch|knock|smack) the (?:crap|shit|hell|living daylights|snot|stuffing"
        r"|heck"
        r"|life) out of (?:you|him|her|them|my|that|this|the|everyone|somebody|someone)\b"
        r"|\b(?:beat|bash|smash|punch|kick) (?:you|him|her|them|his|her) (?:\w+ )?(?:up|in|to death"
        r"|senseless|till|until|so hard)\b(?=.{0,60}\b(?:bleed|blood|hospital|dead|die|cry|face"
        r"|teeth|head|tomorrow|after school|ends up)\b)",
        "beat kick punch knock smack bash smash",
        unless=_GAMES,
    ),
    rule(
        "violence.harm_with_weapon",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:stabbing|killing|hurting|poisoning|shooting|strangling|choking|torturing|murdering)"
        r" (?:someone|somebody|people|a person|him|her|them)\b"
        rf"|\b(?:hit|whack|smack|bash|beat|stab|attack) {_VICTIM} (?:with|using) (?:a |an |my |the"
        r" |his |her )?(?:hammer|bat|knife|rock|stick|brick|chair|bottle|pipe|belt|gun|axe|scissors"
        r"|pan|club|crowbar)\b",
        "stabbing killing hurting poisoning shooting strangling choking torturing murdering hit"
        " whack smack bash beat stab attack",
        unless=_GAMES + r"|\b(?:feelings|history|movie|book|story|character|zombies?|accident)\b",
    ),
    rule(
        "violence.abuse_disclosed",
        Category.VIOLENCE,
        Severity.CRITICAL,
        r"\bmy (?:dad|mom|mum|stepdad|stepmom|step dad|step mom|mother|father|uncle|aunt|parents"
        r"|grandpa|grandma|babysitter|teacher|coach|moms boyfriend|mums boyfriend|dads girlfriend)"
        r"(?: \w+){0,8}? (?:hits|beats|kicks|punches|slaps|chokes|burns|hurts|whips|smacks"
        r"|strangles) me\b",
        "hits beats kicks punches slaps chokes burns hurts whips smacks strangles",
        unless=_GAMES + r"|\b(?:tickles|tickle|hugs|playing|play fight|pillow)\b",
        direction=Direction.IN,
    ),
    rule(
        "violence.injury_threat",
        Category.VIOLENCE,
        _HIGH,
        r"\bpush (?:her|him|you|them|someone|my \w+) (?:down|off) (?:the|a) (?:stairs|cliff|roof"
        r"|bridge|balcony)\b"
        r"|\bbreak (?:your|his|her|their|my \w+s) (?:legs?|arms?|neck|face|nose|jaw|bones"
        r"|fingers|teeth|skull)\b"
        r"|\b(?:make|knock|choke) (?:someone|somebody|him|her|them|a person|people) (?:pass out"
        r"|out|unconscious|faint|stop breathing)\b",
        "push break pass unconscious faint knock choke",
        unless=_GAMES + r"|\b(?:tickles|tickle|hugs|playing|play fight|pillow)\b",
    ),
    rule(
        "violence.poison_or_smother",
        Category.VIOLENCE,
        _HIGH,
        rf"\bmake {_VICTIM} stop breathing\b"
        r"|\bput (?:\w+ )?(?:poison|bleach|rat poison|pills|glass|laxatives|drugs) in (?:his"
        r"|her|their"
        r"|my \w+s|the|your) (?:food|drink|water|lunch|cup|tea|coffee|juice|dinner|milk)\b",
        "stop breathing put poison bleach",
        unless=_GAMES,
    ),
    rule(
        "violence.graphic_killing",
        Category.VIOLENCE,
        _MED,
        r"\b(?:kill|kills|killed|stab|stabs|stabbed|murder|murders|murdered|chop|chops|chopped)"
        r" (?:his|her|their|the|a|my) (?:\w+ ){0,2}?(?:with|using) (?:an? |the |his |her )?(?:axe"
        r"|knife"
        r"|gun|hammer|chainsaw|machete|scissors|baseball bat|bat)\b"
        r"|\b(?:stabbed|shot|hit|punched) (?:him|her|them) (?:again and again|over and over"
        r"|until)\b"
        r"|\bblood (?:pooled|spurted|sprayed|gushed|poured|splattered|everywhere)\b"
        r"|\b(?:jump|jumping) (?:him|her|them|(?:that|the|this) (?:\w+ ){0,3}?(?:kid|boy|girl|guy"
        r"|lad|lass)) (?:after"
        r" school|tomorrow|at recess|at lunch|later|on the way home)\b",
        "kill kills killed stab stabs stabbed murder murders murdered chop chops chopped shot hit"
        " punched blood jump jumping",
        unless=_GAMES + r"|\b(?:dragon|monster|zombies?|robot|alien|villain|goblin|orc|history"
        r"|battle|war|knight)\b",
    ),
    rule(
        "violence.weapon_to_school",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:bring|take|bringing|taking|brought|sneak)(?: \w+){0,3}? (?:gun|guns|knife|knives"
        r"|weapon"
        r"|weapons|rifle|pistol|bomb|explosives|glock|ak47|ar15|machete|blade|axe)\b(?: \w+){0,2}?"
        r" (?:to|into|in) (?:school|class"
        r"|the school|my school|church|the mall)\b"
        r"|\bshoot(?:ing)? up (?:the|my|a|our|this) (?:school|class|mall|church|place|party)\b"
        r"|\b(?:burn|blow|burning|blowing) (?:down |up )?(?:the|my|our|his|her) (?:school|house"
        r"|home|classroom|church|mosque|synagogue|temple|car)\b"
        r"|\bshoot (?:everyone|everybody|all the \w+|people|kids)\b"
        r"|\bset (?:the|my|his|her|their|our|a) (?:school|house|home|car|classroom|room|bed|hair"
        r"|cat|dog) on fire\b|\bset fire to (?:the|my|his|her|their|our|a) \w+\b"
        r"|\b(?:bring|bringing|take|taking|carry|carrying|brought)(?: \w+){0,2}? (?:a |my |dads "
        r"|the )?(?:gun|knife|knives|weapon|blade|bat|machete|axe)\b(?: \w+){0,6}? (?:scare|scared"
        r"|threaten|stab|hurt|kill|shoot|fight|cut)\b"
        r"|\b(?:bring|bringing|take|taking|carry|carrying|brought)(?: \w+){0,2}? (?:a |my "
        r"|dads |the )?"
        r"(?:gun|knife|knives|weapon|blade|bat|machete|axe)\b(?: \w+){0,3}? to (?:scare|hurt"
        r"|stab|get"
        r"|threaten|attack|kill|shoot|fight) (?:them|him|her|you|someone|people|everyone|the)\b",
        "glock ak47 ar15 set fire bomb bombs pipe explosive explosives gun guns pistol rifle "
        "weapon weapons "
        "molotov "
        "grenade silencer napalm tnt dynamite knife knives poison flamethrower shank gasoline "
        "petrol gunpowder shotgun shoot shooting burn burning blow blowing",
        unless=_GAMES
        + r"|\bblow (?:up )?(?:the )?balloons?\b|\bbirthday candles\b"
        + r"|\b(?:creepers?|ghasts?|withers?|redstone|in survival|in creative)\b",
    ),
    rule(
        "violence.weapon_making",
        Category.VIOLENCE,
        _HIGH,
        rf"\b(?:instructions|steps|guide|tutorial|recipe|directions)(?: \w+){{0,2}}? (?:to"
        rf"|for|on how"
        rf" to|on making|for making) (?:make|build|create|making|building)? ?(?:a |an )?{_WEAPON}\b"
        r"|\bhow (?:do i|do you|to|can i|could i|would i|do people|does one|can you|would "
        r"you|should"
        r" i)(?: \w+){0,2}? (?:make|build|create|craft|get|buy|3d print|print|build my own"
        r"|make my own)"
        rf" (?:a |an |my own |some |homemade |real |home made )?{_WEAPON}\b"
        rf"|\bwhere (?:can|do|could) (?:i|you|kids|someone) (?:buy|get|find|steal) (?:a |an "
        rf"|some )?"
        rf"{_WEAPON}\b"
        rf"|\b(?:get|take|steal|grab|use|borrow) (?:my |his |her )?(?:dads|moms|dad|mom|brothers"
        r"|uncles|grandpas|parents|stepdads) (?:gun|pistol|rifle|knife|weapon|shotgun)\b"
        r"|\b(?:to make|you need|fill) (?:a |the )?(?:bottle|pipe) (?:with|and) (?:gasoline|petrol"
        r"|gunpowder|end caps)\b|\bpipe bomb\b",
        "glock ak47 ar15 instructions steps guide tutorial recipe directions bomb bombs pipe "
        "explosive explosives "
        "gun guns pistol rifle weapon weapons molotov "
        "grenade silencer napalm tnt dynamite knife knives poison flamethrower shank gasoline "
        "petrol gunpowder shotgun thermite chlorine mustard gas ricin sarin nerve agent nail ied"
        " detonator tannerite powder taser stun brass knuckles knuckle duster switchblade"
        " butterfly zombie machete crossbow incendiary",
        unless=r"\b(?:science|project|experiment|frogs?|plants?|mushrooms?|snakes?|spiders?"
        r"|history)\b|"
        r"\b(?:minecraft|roblox|fortnite|terraria|in the game|game|bath bomb|bath bombs"
        r"|seed bomb|photo bomb|cooking|kitchen knife skills|paper|origami|lego|nerf|water gun"
        r"|glue gun|toy)\b",
    ),
    rule(
        "violence.harm_howto",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:how|best way|easiest way|quickest way|way|ways) (?:do i |do you |to |can i |could i"
        r" |would i |i can |you can |would you )?(?:\w+ )?(?:kill|murder|poison|strangle|choke|stab"
        r"|drown|suffocate|hurt|torture|kidnap|shoot) (?:someone|somebody|a person|people|my \w+"
        r"|him|her|them|a kid|a child|your \w+|someone)\b"
        r"|\b(?:you|we|i) (?:can|could) (?:easily )?(?:poison|kill|strangle|stab|hurt|murder)"
        r" (?:someone|somebody|a person|people)\b"
        r"|\b(?:to|and|so i can) (?:hurt|kill|stab|poison|shoot|blind|paralyse|paralyze|disfigure"
        r"|knock out|burn|choke|suffocate|scar|maim) (?:someone|somebody|people|him|her|them"
        r"|a person)\b"
        r"|\bhow (?:do i|to|can i|do you|would i|could i) (?:\w+ )?(?:break|snap|dislocate|fracture"
        r"|crack|smash) (?:someones|somebodys|his|her|their|a persons|my \w+s) (?:arm|arms|leg|legs"
        r"|neck|nose|jaw|fingers?|wrist|ribs|skull|bones?)\b"
        r"|\bwithout (?:getting caught|leaving marks|anyone knowing)\b(?=.{0,40}\b(?:kill|hurt"
        r"|poison|stab))",
        "kill murder poison strangle choke stab drown suffocate hurt torture kidnap shoot blind "
        "paralyse paralyze disfigure knock burn scar maim break snap dislocate fracture crack "
        "smash",
        unless=_GAMES + r"|\b(?:feelings|not (?:hurt|to hurt)|without hurting|zombies?|boss"
        r"|monsters?|dragon|creeper|wither)\b",
    ),
    rule(
        "violence.gore_request",
        Category.VIOLENCE,
        _MED,
        r"\b(?:describe|write|tell me|show me|explain|story|details|detail)\b.{0,120}?\b(?:dead"
        r" body|dead bodies|corpse|corpses|guts"
        r"|intestines|body parts|blood everywhere|dismember\w*|decapitat\w*|behead\w*|ripped (?:out"
        r"|off|apart)|torn (?:apart|off|out)|skinned alive|gouged|brains out|organs|gory|gruesome)"
        r"\b"
        r"|\b(?:gory|gruesome|bloody|graphic|brutal) (?:\w+ ){0,2}(?:story|stories|details"
        r"|description|scene|video|pictures|death)\b"
        r"|\btorture (?:my|a|the|his|her) (?:cat|dog|animal|pet|hamster|rabbit|bird|brother"
        r"|sister)\b"
        r"|\bslit (?:your|his|her|their) throat\b",
        "dead corpse corpses guts intestines body blood dismember dismembered dismembering "
        "decapitate decapitated "
        "decapitation behead beheaded beheading ripped torn skinned gouged brains organs gory "
        "gruesome bloody graphic brutal torture slit",
        unless=r"\b(?:history|historical|war|battle|knight|castle|science|biology|surgery"
        r"|doctor)\b",
    ),
    # Drugs
    rule(
        "drugs.request",
        Category.DRUGS,
        _MED,
        r"\b(?:how|where|who|can|could|should|want|where to|best way|easiest way|help me|tell "
        r"me how"
        r"|going to|is it ok to|i will|we can|you can|just|try to)\b(?: \w+){0,4}? (?:get|buy|find"
        r"|make|cook|grow|smoke|vape|use|try|snort|inject|roll|sneak|hide|order|score|take|do"
        rf"|purchase|steal|drink|hit|sells|sell|selling) (?:\w+ ){{0,4}}?{_DRUG}\b"
        rf"|\bbuy (?:me|us) (?:some |a |an )?(?:\w+ )?{_DRUG}\b"
        r"|\bwhat (?:drugs|pills|drug|stuff)(?: \w+){0,2}? (?:make|makes|get|gets) (?:you|u)"
        r" (?:feel good|high|happy|buzzed|feel nice|feel amazing)\b"
        r"|\b(?:easiest|best|cheapest|strongest) (?:drug|drugs|way to get high|high)\b"
        r"|\bhow (?:much|many) (?:\w+ ){0,2}?(?:to|do i need to|should i take to|does it take to"
        r"|until i|to make me|does it take to) (?:get high|trip|get drunk|get wasted|get stoned"
        r"|feel it"
        r"|be high|be drunk|black out|blackout|pass out)\b"
        rf"|\bplug\b(?: \w+){{0,3}}? (?:for )?(?:{_DRUG}|carts)\b"
        r"|\b(?:smoke|smoking|smoked) (?:pot|a joint|a blunt|crack|meth)\b"
        r"|\bdrop acid\b|\bdo (?:a line|lines) of\b"
        rf"|\b(?:add|put|mix|pour)(?: \w+){{0,2}}? {_DRUG} (?:in|into|to|with) (?:your|a|the|his"
        r"|her)\b"
        rf"|\b{_DRUG}\b(?: \w+){{0,14}}? (?:how|where) (?:can|do|could) i (?:get|buy|try|have) "
        rf"(?:one|some"
        r"|it|them|a hit)\b"
        rf"|\b(?:drank|smoked|vaped|tried|took|had) (?:my |his |her |some |a |the )?(?:\w+ "
        rf")?{_DRUG}\b"
        r"(?: \w+){0,3}? (?:and|but) (?:i )?(?:want|wanna|liked|loved|going to|gonna|will) (?:more"
        r"|it|to|again|some)\b"
        r"|\bsneak (?:out )?(?:to|and) (?:smoke|vape|drink|get high|get drunk)\b"
        r"|\bis (?:vaping|smoking|drinking|weed|getting high|getting drunk|being high) (?:fun|cool"
        r"|nice|good|awesome)\b"
        rf"|\b{_DRUG}\b(?: \w+){{0,5}}? (?:should i|can i|want to|going to|will i|do i) (?:try"
        rf"|smoke"
        r"|take|do|drink|vape|have) (?:it|them|some|one|a hit)\b"
        rf"|\b{_DRUG} (?:is|are) (?:so |really |totally |actually )?(?:fun|great|awesome|cool|safe"
        r"|harmless|amazing|not (?:that )?bad|fine for kids|good for you)\b"
        rf"|\bis it (?:safe|ok|okay|bad|fine|legal) (?:for me )?to (?:drink|smoke|vape|take|try|do)"
        rf" (?:\w+ )?{_DRUG}\b(?= .{{0,30}}\b(?:at \d+|at my age|as a kid|if i am \d+|at \w+ years"
        r"))"
        rf"|\b(?:stole|steal|stealing|sneaked|snuck|nicked|pinched) (?:my |his |her |some "
        rf"|a |the )?"
        rf"(?:\w+ )?{_DRUG}\b|\bfake id\b"
        r"|\b(?:smoke|smoking|vape|vaping|drink|drinking|get drunk|get high)\b(?: \w+){0,3}? "
        r"without"
        r" (?:my |your |ur )?(?:parents|mom|dad|mum|teacher|teachers|anyone|them) (?:knowing"
        r"|smelling"
        r"|noticing|finding out|seeing|catching)\b"
        r"|\b(?:want to|going to|wanna|gonna|will|should i|can i|how do i|how to|trying to"
        r"|planning to"
        r"|thinking about|tempted to|am about to) (?:try|start|begin|taking up) (?:smoking|vaping"
        r"|drinking|drugs|weed|a cigarette|cigarettes|a vape|a joint|alcohol|beer|vodka)\b"
        rf"|\b{_DRUG}\b(?: \w+){{0,4}}? (?:without getting caught|without (?:\w+ ){{0,2}}(?:knowing"
        r"|noticing|finding out|smelling|catching)|at school without)\b"
        r"|\bhow (?:do i|to|can i) (?:hide|cover up|get rid of) (?:the )?(?:smell|smoke) (?:of"
        r"|from)"
        r" (?:weed|smoke|smoking|vape|vaping|cigarettes|alcohol|beer)\b",
        "add put mix pour zaza carts sells sell selling acid adderall alcohol beer beers being "
        "blunt blunts "
        "bong booze cannabis carts cider "
        "cigarette cigarettes cigs cocaine codeine coke crack dab dope drank drink drinking "
        "drug drugs drunk ecstasy edibles fake fentanyl getting heroin high id joint joints "
        "juul juuls ketamine lean line liquor lsd marijuana mdma meth molly moonshine mushrooms "
        "nicked nicotine opioids oxy oxycodone pen percocet percs pinched plug pot rum safe "
        "shrooms smell smoke smoked smoking sneak sneaked snuck spliff steal stealing stole "
        "stoned syrup tequila tobacco took tried trip vape vaped vapes vaping vodka wasted "
        "weed whiskey wine xanax xans ganja ket kush snus dmt edible xan zyn zyns "
        "pingers addies nangs smirnoff alcopops",
        unless=r"\b(?:why (?:is|are|do|does|can not|should not)|bad for|dangerous|harmful|say no"
        r"|avoid|quit|stop (?:smoking|vaping|drinking)|health class|addiction|doctor|prescribed"
        r"|pharmacist|garden|lawn|yard|get rid of|pull (?:the )?weeds?|flower bed|pot roast|pot of"
        r"|pot pie|pot noodle|pot plants?|hot pot|cooking pot|pottery|lean (?:muscle|meat|body"
        r"|protein)|wine gums|root beer|ginger beer|coke zero|diet coke|a coke|can of coke"
        r"|acid rain|citric acid|stomach acid|acid (?:base|test|in)|science|experiment|vinegar"
        r"|never (?:try|do|use)|(?:butt|mitre|miter|dovetail|lap|mortise|finger|biscuit|halving"
        r"|dowel|knee|hip|ball and socket) joints?|woodwork|carpentry)\b",
    ),
    # Bullying aimed at a person
    rule(
        "bullying.insult",
        Category.BULLYING,
        _MED,
        rf"\b(?:you|your|you r|you are)\b{_SOFTENER} {_INSULT_HIGH}\b"
        r"|\b(?:you|u) (?:really )?smell\b(?! (?:like (?:cookies|flowers|cake|roses|candy|vanilla"
        r"|strawberries|chocolate)|nice|good|amazing|great|so good|lovely))"
        r"|\byour (?:mom|mum|mother|dad|family|parents) (?:hates|hate|does not love|is ashamed of"
        r"|do not love|does not want) you\b"
        r"|\b(?:everyone|everybody|the whole class|all of us|the whole school)(?: \w+){0,4}? "
        r"(?:laughs"
        r" at|hates|laughing at|talks about|makes fun of|knows) (?:you|it)\b(?<!knows it)"
        r"|\b(?:everyone|everybody)(?: \w+){0,3}? laughs at you\b",
        "ugly ugliest fat fattest idiot loser worthless pathetic disgusting gross freak weirdo "
        "moron useless trash garbage failure pig cow whale creep psycho waste mistake nobody "
        "smelly stink stinky smell retard retarded nothing joke clown embarrassment hates "
        "hate laughs laughing fun talks knows",
        unless=r"\b(?:are|r) (?:not|never) (?:\w+ )?(?:ugly|fat|stupid|dumb|a loser|an idiot"
        r"|worthless|a failure)\b|\b(?:do not|never) (?:think|feel|let)\b|\bif (?:someone|anyone"
        r"|somebody|a kid|people) (?:says|calls|tells)\b|\bcalled me\b",
    ),
    rule(
        "bullying.exclusion",
        Category.BULLYING,
        _HIGH,
        r"\b(?:nobody|no one|noone|none of us) (?:wants|want|likes|will ever|would ever|cares|ever"
        r" wants) (?:to )?(?:sit|play|be|hang out|talk|be friends|hang) (?:with|near|next "
        r"to) (?:you|u)\b"
        r"|\b(?:nobody|no one|noone) (?:wants|will ever want|would ever want|would want) to "
        r"be (?:your|ur)"
        r" (?:friend|friends|partner|girlfriend|boyfriend)\b"
        r"|\b(?:ruin|wreck|destroy) (?:your|ur) life\b|\btell everyone (?:your|ur) secrets?\b"
        r"|\beveryone (?:\w+ ){0,3}?(?:thinks|says|knows) (?:you are|your|you) (?:so |a |an "
        r"|such a )?(?:weird"
        r"|ugly"
        r"|fat|stupid|dumb|loser|freak|gross|annoying|creepy|disgusting|smelly|a loser|an idiot)\b"
        r"|\bwhat an? (?:loser|idiot|freak|weirdo|moron|failure|baby|creep|joke) (?:you are|your)\b"
        r"|\b(?:block|ignore|exclude|unfriend|kick out) (?:her|him|them)(?: \w+){0,2}? so (?:she|he"
        r"|they) (?:has|have) no (?:friends|one)\b|\bso (?:she|he|they) (?:has|have) no friends\b"
        r"|\b(?:leave|go away) and never come back\b|\bno one (?:will ever|would ever|could ever)"
        r" (?:love|like|want) (?:you|u)\b|\byou do not belong here\b|\bnobody invited you\b",
        "away belong destroy everyone friend friends invited knows leave nobody none noone "
        "partner ruin says thinks wreck",
        unless=r"\bif (?:someone|anyone|somebody|people|a kid)\b|\bwhat (?:should|do|can) i do\b",
    ),
    rule(
        "bullying.reply_insults",
        Category.BULLYING,
        _MED,
        r"\b(?:idiot|moron|loser|dummy|stupid question|dumb question|shut up|nobody cares"
        r"|figure it out yourself)\b",
        "idiot moron loser dummy stupid dumb shut nobody figure",
        direction=Direction.OUT,
        unless=r"\b(?:if (?:someone|anyone|somebody|a kid)|called you|calls you|never|not)\b",
    ),
    rule(
        "bullying.about_family",
        Category.BULLYING,
        _MED,
        r"\byour (?:mom|mum|mother|dad|family|sister|brother|mama) (?:is|are) (?:so |a |an |such a"
        r" |really |very )*(?:fat|ugly|stupid|dumb|poor|trash|whore|slut|bitch|hoe|loser|disgustin"
        r"g)\b"
        r"|\b(?:nobody|no one|noone) (?:would|will) (?:miss|care about|notice) (?:you|u)\b"
        r"|\bpost (?:her|his|their|your|that kids|that girls|that boys) (?:phone )?(?:number"
        r"|address"
        r"|home address|location)\b"
        r"|\b(?:go|just) (?:\w+ ){1,3}and die\b"
        r"|\bas (?:ugly|fat|stupid|dumb|gross|disgusting|weird|smelly|annoying) as (?:you|u)\b"
        r"|\bgo cry to (?:your|ur) (?:mommy|mom|mum|mummy|mama|daddy|dad)\b"
        r"|\b(?:nobody|no one|noone) (?:will|would|could) ever love\b"
        r"|\b(?:you are|you r) adopted and\b|\bparents should have (?:thrown|given) (?:you"
        r"|u) away\b",
        "post die fat ugly stupid dumb poor trash whore slut bitch hoe loser disgusting miss "
        "care notice "
        "adopted thrown given cry love gross weird smelly annoying",
        unless=r"\bwhat (?:should|do|can) i do\b|\bif (?:someone|anyone|somebody)\b",
    ),
    rule(
        "bullying.mild_insult",
        Category.BULLYING,
        _LOW,
        rf"\b(?:you|your|you r|you are)\b{_SOFTENER} {_INSULT_MILD}\b",
        "stupid stupidest dumb dumbest annoying weird silly dummy",
        unless=r"\b(?:are|r) (?:not|never) (?:so )?(?:stupid|dumb)\b|\b(?:this|that|it) is (?:so )?"
        r"(?:stupid|dumb)\b",
    ),
    rule(
        # The same words said in earnest to someone (not teasing Hoot, not "jk") are bullying.
        "bullying.insult_in_earnest",
        Category.BULLYING,
        _MED,
        rf"\b(?:you|your|you r|you are)\b{_SOFTENER} (?:stupid|stupidest|dumb|dumbest|dummy)\b",
        "stupid stupidest dumb dumbest dummy",
        unless=r"\b(?:are|r) (?:not|never) (?:so )?(?:stupid|dumb)\b|\b(?:this|that|it) is (?:so )?"
        r"(?:stupid|dumb)\b|\b(?:hoot|jk|just kidding|joking|haha|lol|lmao)\b"
        r"|\b(?:what|how|why|if) (?:should|do|can) i\b|\bcalled me\b"
        r"|\b(?:said|says|told \w+|thinks|think) (?:that )?(?:you|your)\b",
    ),
    rule(
        "bullying.wish_death",
        Category.BULLYING,
        _HIGH,
        r"\b(?:you|u) should (?:just |go )?(?:die|kill yourself|drop dead|disappear|not exist"
        r"|not be"
        r" born)\b|\bhope (?:you|u) (?:die|get hit|get cancer|drop dead|get hurt|choke)\b"
        r"|\b(?:hope|wish) (?:my \w+|he|she|they|him|her|that \w+|my \w+ \w+) (?:dies|die|would"
        r" die|gets hit by a car|gets killed|drops dead|was dead|were dead)\b"
        r"|\b(?:just )?(?:go|please) (?:die|jump off a (?:cliff|bridge))\b",
        "wish dies die dead kill disappear exist born hit cancer hurt choke jump",
        unless=_GAMES,
    ),
    rule(
        "bullying.request",
        Category.BULLYING,
        _MED,
        r"\b(?:write|make|send|say|post|think of|come up with|give me|help me write|help me make"
        r"|help me think of)\b(?: \w+){0,3}? (?:a )?(?:rumou?r|rumou?rs|lies|lie) about\b"
        r"|\b(?:write|make|send|say|post|think of|come up with|give me|help me write|help me make"
        r"|help me think of)\b(?: \w+){0,3}? (?:mean|nasty|rude|hurtful|cruel|insulting|horrible)"
        r" (?:message|messages|comment|comments|text|thing|things|joke|jokes|post|names|nickname"
        r"|nicknames|words|note|song|poem|stuff|rumou?rs?)\b"
        r"|\bsomething (?:mean|nasty|rude|cruel|hurtful|horrible) (?:about|to)\b"
        r"|\bmake (?:\w+ ){0,1}(?:cry|feel (?:bad|stupid|ugly|worthless|like nothing)|hate "
        r"(?:her|him"
        r"|them|this|that|\w+)|ignore (?:her|him|them|you))\b(?<!make me cry)"
        r"|\bmake (?:everyone|everybody)(?: \w+){0,3}? (?:ignore|hate|laugh at) (?:you|her|him|them"
        r"|this|that)\b"
        r"|\b(?:lets|let us|help me|how (?:can|do|to) i|want to|going to|gonna|group chat to"
        r"|how to|nickname to|names to|joke to|jokes to) (?:\w+ ){0,5}?(?:make fun of|humiliate"
        r"|bully (?!me\b)\w+|cyberbully|roast|embarrass|spread rumou?rs about|exclude)\b"
        r"|\bto (?:bully|cyberbully|humiliate|harass|troll|embarrass) (?:someone|somebody|him|her"
        r"|them|my|a|this|that|people|\w+)\b|\bfake (?:account|profile|page)\b(?=.{0,60}\b(?:bully"
        r"|mean|make fun|pretend to be|embarrass|troll|humiliate|about her|about him)\b)"
        r"|\b(?:post|share|send|spread|leak|upload) (?:an? |some |the |this )?(?:embarrassing"
        r"|ugly|mean"
        r"|private|naked|gross|horrible|funny|secret) (?:pic|picture|photo|video|vid|pictures"
        r"|photos"
        r"|videos|vids|pics|screenshot|screenshots)s? of (?:my|her|him|them|this|that|a|the)\b"
        r"|\b(?:roast|humiliate)\b(?: \w+){0,4}? (?:about (?:his|her|their) (?:weight|face"
        r"|looks|body"
        r"|teeth|hair|clothes|skin))\b|\bignore (?:you|u) forever\b",
        "rumor rumour rumors rumours lie lies mean nasty rude hurtful cruel insulting horrible "
        "cry feel hate ignore laugh fun humiliate"
        " bully cyberbully roast embarrass rumours rumors rumour rumor exclude troll harass "
        "fake embarrassing ugly private naked gross funny secret",
        unless=r"\b(?:onions?|movie|sad song|happy|laugh)\b(?!.{0,20}\b(?:her|him|them)\b)"
        r"|\b(?:sorry|apologi[sz]e|make (?:it )?up|said something mean|was mean)\b"
        r"|\bwhat (?:should|do|can) i do\b|\bwhy (?:do|would|are|does) (?:people|kids|they|some"
        r"|someone|he|she)\b",
    ),
    # Hate against a group
    rule(
        "hate.statement",
        Category.HATE,
        _HIGH,
        rf"\b{_GROUP} (?:are|r|is|should|must|deserve|belong|need to|go|all|can|will|look|all look"
        r"|eat|smell|act|always|never|steal|lie|cheat|ruin|take)"
        rf"(?: (?!not |never |no |nt )\w+){{0,3}}? {_DEGRADING}\b"
        rf"|\bi (?:hate|despise|can not stand) (?:all )?(?:the )?{_GROUP}\b"
        r"|\bgo back to (?:your|ur) (?:own )?country\b"
        r"|(?<!are )(?<!think )\b(?:you are|your|you r|you) (?:so |such a |a |an )?(?:gay|homo"
        r"|lesbo"
        r"|queer|fag|tranny)\b(?! (?:and|pride|rights|marriage|friend|friendly|people|hoot)\b)"
        r"|\bgo back to (?:africa|asia|china|mexico|india|pakistan|where (?:you|they) (?:came|come)"
        r" from|the jungle)\b"
        r"|\b(?:the )?(?:best|superior|master|only real|greatest|pure|purest) race\b(?! (?:car|cars"
        r"|track|day|course|horse|horses|team|driver|drivers|game|games|bike|bikes|ever|i|we))"
        r"|\byou (?:dirty |stupid |filthy )?(?:jew|jews|paki|gypsy|tranny|homo|muslim|terrorist) $"
        rf"|\b{_GROUP} (?:all )?(?:stink|smell bad|smell|suck|ruin everything|are trash)\b"
        rf"|\b{_GROUP} (?:control|run|own|rule) (?:everything|the world|the media|the banks"
        rf"|the money"
        r"|the government|hollywood)\b"
        r"|\b(?:being )?(?:gay|trans|lesbian|bi|queer|black|muslim|jewish) is (?:disgusting|gross"
        r"|wrong|a sin|evil|sick|unnatural|bad|a disease|a choice|not normal|weird)\b"
        rf"|\b(?:hate|despise|do not like|can not stand|dislike) (?:all )?(?:the )?{_GROUP}\b"
        r"(?! (?:food|new year|language|restaurant|takeaway|music|culture|history|dragon|lantern"
        r"|class|lessons?|songs?|movies?|films?|dance|cooking|cuisine|accent|writing|characters))"
        r"|\b(?:dirty|filthy|stupid) (?:immigrant|immigrants|foreigner|foreigners|jew|jews|muslim"
        r"|muslims|mexican|mexicans|arab|arabs|chinese|gypsy|gypsies|refugee|refugees)\b"
        rf"|\b(?:kill|gas|ban|deport|shoot|exterminate) (?:all )?(?:the )?{_GROUP}\b",
        "gay homo lesbo queer fag tranny stink smell suck fat ugly africa asia china mexico "
        "india pakistan jungle came come "
        "africans arab arabs "
        "asian "
        "asians atheists autistic bi black blacks blind catholics "
        "chinese christians country deaf disabled foreigner foreigners gay gays greatest gypsies "
        "gypsy hindus hispanics homosexuals immigrant immigrants indians jew jewish jews latinos "
        "lesbian lesbians master mexican mexicans migrants muslim muslims pakistanis poles "
        "pure purest queer queers race refugee refugees romanians russians sikhs superior "
        "these those trans transgender white whites roma travellers somalis nigerians polish "
        "europeans albanians turks kurds palestinians israelis ukrainians filipinos vietnamese "
        "koreans japanese aboriginals aborigines indigenous native",
        unless=r"\b(?:why do (?:some )?people (?:say|think)|is it (?:true|ok|wrong) (?:that|to say)"
        r"|is it racist|not true|that is wrong|stereotype)\b"
        r"|\bwhy (?:did|do|does|were|was) (?:the )?(?:nazis|hitler|racists|the kkk|kkk|people"
        r"|some people|they)\b|\b(?:we are|we were|i am|been) (?:learning|studying"
        r"|reading) about\b",
    ),
    rule(
        "hate.gender_put_down",
        Category.HATE,
        _MED,
        r"\b(?:girls|boys|women|men) (?:are|r) (?:so |all |just )?(?:worthless|inferior|useless"
        r"|property|trash|weak and stupid|stupid and worthless|dumb and|stupid and)\b"
        r"|\b(?:girls|boys|women|men) are (?:worse|dumber|weaker|stupider|less smart) (?:at|than)\b"
        r"|\b(?:girls|women) (?:belong|should stay|must stay|should be) (?:in the kitchen|at "
        r"home|home"
        r"|quiet|silent)\b|\b(?:girls|women|boys|men) should (?:just )?shut up\b",
        "girls boys women men",
    ),
    rule(
        "sexual.body_questions",
        Category.SEXUAL,
        _HIGH,
        r"\b(?:your|ur|her|his) (?:bra|cup|breast|boob|boobs|penis|dick|chest|butt) size\b"
        r"|\b(?:how big|what size) (?:is|are) (?:your|ur) (?:boobs|breasts|penis|dick|chest"
        r"|butt)\b",
        "size big",
    ),
    rule(
        "sexual.objectifying",
        Category.SEXUAL,
        _MED,
        r"\brate my (?:body|butt|bum|boobs|chest|legs|booty)\b"
        r"|\b(?:hottest|sexiest) (?:part|bit|parts|bits) of (?:a |her |his )?(?:girl|girls|boy|boys"
        r"|woman|women|man|men|body|person|persons)\b"
        r"|\bsee (?:a |some )?(?:girl|girls|boy|boys|woman|women|man|men|her|him|someone|you) in"
        r" (?:her |his |their |your )?(?:underwear|bra|bikini|panties|boxers|lingerie|pants)\b"
        r"|\bundress(?:ed|ing)? (?:each other|her|him|them|me|you)\b|\bsteamy\b",
        "rate hottest sexiest see undress undressed undressing steamy",
    ),
    rule(
        "sexual.image_of_people",
        Category.SEXUAL,
        _HIGH,
        r"\b(?:show|send|give|find) (?:me )?(?:\w+ ){0,2}(?:pics|pictures|photos|images|videos"
        r"|vids)"
        r" of (?:\w+ ){0,2}(?:girls|boys|women|men|ladies|people|kids|teens|woman|girl)(?: "
        r"\w+){0,2}?"
        r" (?:in (?:bikinis|underwear|lingerie|bras|swimsuits|thongs|panties)|naked|nude|without"
        r" clothes|with no clothes|topless)\b|\b(?:hot|sexy) (?:girls|boys|women|men|ladies) "
        r"(?:pics"
        r"|pictures|photos|videos|near me|naked)\b",
        "pics pictures photos images videos vids hot sexy",
    ),
    # Sexual requests beyond single words
    rule(
        "sexual.undress_or_touch",
        Category.SEXUAL,
        _HIGH,
        r"\b(?:take off|took off|remove|strip) (?:all )?(?:your|ur|her|his|my|their|all) (?:clothes"
        r"|shirt|top|bra|underwear|pants|panties|knickers)\b(?! (?:for|to) (?:bed|the bath"
        r"|bath|swim"
        r"|swimming|pe|a shower))"
        r"|\b(?:touch|lick|suck|kiss|rub) (?:my|your|ur|her|his) (?:private|privates|parts"
        r"|body|chest"
        r"|boobs|thing|penis|dick|butt|bum|down there)\b"
        r"|\b(?:talk|talking) dirty\b|\bdirty (?:pictures|pics|photos|stuff|things)\b"
        r"|\bsee (?:you|her|him|them|someone|somebody|people|a girl|a boy|girls|boys|women|men)"
        r" naked\b|\bnaughty (?:picture|pictures|pic|pics|photo|photos|video|videos|selfie)\b",
        "naked naughty clothes shirt top pants dress bra underwear pajamas pyjamas trousers "
        "jeans skirt "
        "socks panties knickers body chest boobs feet legs butt bum private privates belly "
        "tummy bedroom self underwear penis dick thing parts dirty strip",
    ),
    # Profanity written around the word
    rule(
        "profanity.what_the_f",
        Category.PROFANITY,
        _MED,
        r"\bwhat the (?:f|fk|fuq)\b|\b(?:f|eff) (?:you|off)\b",
        "f eff fk fuq",
    ),
    # Found by the independent red-team round (fresh voices the rules above had not seen).
    rule(
        "violence.threat_named",
        Category.VIOLENCE,
        _HIGH,
        # A threat against someone named ("stab jake at break"), or said without "I" ("gonna shank
        # him"), with a time, place or condition that makes it a plan.
        r"\b(?:i|we|me)(?: \w+){0,2}? (?:am going to|will|going to|want to|plan to|swear i will"
        r"|about to|finna|boutta|bout to) (?:\w+ ){0,2}?(?:stab|shoot|kill|murder|strangle"
        r"|poison|shank|knife|beat up|punch|smash|bash|glass|bottle|deck|batter|merk|murk|slap"
        r"|kick|hurt) (?!(?:it|this|that|the|a|an|my|time|up|down|out|off|in|on|you|him|her"
        r"|them|myself|yourself|everyone)\b)\w+\b(?= (?:at (?:break|lunch|recess|school|the"
        r" \w+)|after school|before school|tomorrow|tonight|in the (?:face|head|neck|stomach"
        r"|back)|on the way|with (?:a|my|the|his|her) \w+|if (?:he|she|they)|when (?:he|she|they"
        r"|i see)|next time|so hard|today|later|again)\b)"
        r"|(?<=^ )(?:going to|will|about to|finna|boutta|bout to|want to|i will"
        r"|ima) (?:\w+ )?(?:stab"
        r"|shoot|kill|murder|shank|knife|glass|bottle|merk|murk|batter|smash|bash|deck|jump)"
        rf" {_VICTIM}\b",
        "stab shoot kill murder strangle poison shank knife beat punch smash bash glass bottle "
        "deck batter merk murk slap kick hurt jump",
        unless=_GAMES + r"|\b(?:pillow|water balloons?|snowballs?|nerf|foam|tickle|boss|level"
        r"|zombies?|creepers?|dragon|monster|mosquito|spider|fly|wasp|bug|weeds?|lights|music"
        r"|engine|the game|in game|at chess|at cards|hide and seek|tag)\b",
    ),
    rule(
        "violence.weapon_access",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:get|buy|make|find|order|steal|build|own|have) (?:a |an |some |my own |me a )?(?:real"
        r"|actual|working|loaded|real life|proper|live) (?:gun|guns|pistol|rifle|knife|knives"
        r"|weapon|weapons|bomb|grenade|sword|crossbow|taser|bullets|ammo)\b"
        r"|\b(?:which|what|where is a|is there a|any) (?:shop|store|website|site|place|app)"
        r" (?:\w+ )?(?:sells|that sells|selling|to buy|will sell|would sell) (?:\w+ )?(?:guns"
        r"|gun|knives|knife|weapons|weapon|ammo|bullets|pistols?|rifles?|tasers?|brass knuckles)\b"
        r"|\b(?:sneak|smuggle|get|hide|bring|take|carry)(?: \w+){0,2}? (?:gun|guns|knife|knives"
        r"|weapon|weapons|blade|pistol|machete|bomb) (?:past|through|into|in|by) (?:the |my |a )?"
        r"(?:school|metal detector|security|teachers?|bag checks?|bag search|scanner|class)\b"
        r"|\b(?:best|good|small|folding|hidden|easy) (?:knife|gun|weapon|blade)s?\b(?: \w+){0,3}?"
        r" (?:to carry|for protection|for self defen[cs]e|to hide|to bring|to conceal|for a fight"
        r"|for fighting)\b"
        r"|\b(?:carry|carrying|hide|conceal|bring) (?:a |the |your |my )?(?:knife|gun|weapon|blade"
        r"|knives)\b(?: \w+){0,4}? (?:for protection|to school|in your sock|in your bag|in your"
        r" pocket|concealed|without (?:anyone|teachers?|the teacher) (?:knowing|noticing"
        r"|seeing))\b",
        "gun guns pistol pistols rifle rifles knife knives weapon weapons bomb grenade "
        "sword crossbow taser tasers bullets ammo blade machete brass",
        unless=r"\b(?:nerf|water gun|toy|glue gun|bb gun at the range|in (?:the )?game|minecraft"
        r"|roblox|fortnite skin|museum|history|illegal|why is|is it illegal|police said"
        r"|butter knife|kitchen)\b",
    ),
    rule(
        "violence.instructions",
        Category.VIOLENCE,
        _HIGH,
        # Step-by-step harm, in a reply or in a "for a story" request.
        rf"\b(?:to make|making|build|building|make|create) (?:a |an |the |your own |some )?"
        rf"(?:simple |homemade |basic |small |easy |quick |real )?(?:{_WEAPON}|explosive device)\b"
        r".{0,60}\b(?:mix|mixing|pack|packing|fill|filling|combine|attach|you need|you will need"
        r"|light the|ignite|pour|tape|wire|measurements|grams|ingredients)\b"
        r"|\bpack (?:it |them |the powder )?(?:tightly )?into (?:a |the )?(?:pipe|bottle|can"
        r"|container|tube)\b"
        r"|\b(?:aim for|go for|hit|punch|kick|strike|target|stab|grab|squeeze|crush) (?:him |her"
        r" |them )?(?:in )?(?:his|her|their|the|someones) (?:throat|neck|eyes|windpipe|temple"
        r"|groin|kidneys|jugular)\b"
        r"|\bso (?:he|she|they) (?:can not|cannot|can t|will not be able to) breathe\b"
        r"|\b(?:you should|just|go and|go) (?:hit|punch|kick|stab|hurt|slap) (?:him|her|them)"
        r" (?:back )?(?:harder|hard|first|back|again)\b",
        "bomb bombs pipe explosive explosives gun guns pistol rifle weapon weapons "
        "molotov grenade silencer napalm tnt dynamite knife knives poison flamethrower "
        "thermite gas ricin sarin ied detonator tannerite powder incendiary device pack "
        "throat neck eyes windpipe temple groin kidneys jugular breathe hit punch kick "
        "stab slap",
        unless=r"\b(?:bath bombs?|seed bombs?|photo bomb|cake|recipe for (?:a |the )?cake|lego"
        r"|origami|paper|nerf|water gun|glue gun|minecraft|roblox|fortnite|terraria|in the game"
        r"|self defen[cs]e class|martial arts|karate|judo|first aid|heimlich|choking on food"
        r"|cpr|do not|never|is wrong|not ok)\b",
    ),
    rule(
        "bullying.social_harm",
        Category.BULLYING,
        _HIGH,
        # Asking for help to exclude, humiliate or intimidate someone.
        r"\b(?:tell|telling|message|messaging|write|text|texting|send|dm|say to) (?:\w+ ){0,4}?"
        r"(?:that )?(?:nobody|no one|noone|everyone|everybody)(?: in (?:our|the|my) (?:class|year"
        r"|school|group|team))?(?: \w+){0,2}? (?:likes|wants|hates|can stand|cares about)"
        r" (?:her|him|them|you|u)\b"
        r"|\b(?:she|he|they|you|u) should (?:just )?(?:move schools|change schools|leave (?:the|our"
        r"|this) (?:school|class|group|team)|not come back|go away forever)\b"
        r"|\b(?:make|get|kick|leave|ignore|block|remove|exclude|tell)\b(?: \w+){0,8}? so (?:he|she"
        r"|they|\w+) (?:is|are|will be|ends up|gets|is left) (?:all )?(?:on (?:his|her|their) own"
        r"|alone|by (?:himself|herself|themselves)|left out|with no friends|with nobody)\b"
        r"|\b(?:get|make) (?:someone|somebody|him|her|them|\w+) (?:kicked out|excluded|removed"
        r"|banned|left out|dumped|expelled|suspended)\b(?=.{0,60}\b(?:without|friend group"
        r"|group chat|the group|our group|knowing it was me|the team)\b)"
        r"|\bmak(?:e|es|ing) fun of (?:her|his|their|someones|my \w+ s|\w+ s) (?:weight|looks|face"
        r"|body|teeth|skin|acne|spots|hair|clothes|disability|accent|religion|race|stutter"
        r"|glasses|braces|size|nose)\b"
        r"|\b(?:roast|joke|jokes|meme|memes|song|poem|nickname|nicknames|names)\b(?: \w+){0,6}?"
        r" (?:about|for|of|on) (?:her|his|their|someones|a)? ?(?:weight|fat|acne|spots|teeth"
        r"|big nose|face|disability|stutter|wheelchair)\b(?=.{0,40}\b(?:laugh|laughs|mean|funny"
        r"|embarrass|everyone|whole class|so)\b)"
        r"|\b(?:meanest|cruelest|cruellest|nastiest|harshest|most hurtful|rudest|most savage"
        r"|most brutal) (?:thing|things|insult|insults|roast|roasts|comeback|comebacks|names?"
        r"|joke|jokes|words)\b(?: \w+){0,2}? (?:to say|i can say|to call|to tell|to text|to write"
        r"|to send|about|for)\b"
        r"|\b(?:no one|nobody|noone) (?:will|would|could) (?:ever )?(?:date|marry|kiss|love|like"
        r"|want|be with|go out with|fancy|be friends with) (?:you|u)\b"
        r"|\bimagine (?:being|looking|having a face) (?:so |that |this |as )?(?:ugly|fat|dumb"
        r"|stupid|poor|short|weird|gross|disgusting|broke|friendless|lonely|a loser)\b"
        r"|\bmake sure (?:nobody|no one|noone|everyone|everybody)\b(?: \w+){0,3}? (?:talks to"
        r"|likes|plays with|sits with|hates|ignores|is friends with|knows|laughs at) (?:you|u|her"
        r"|him|them)\b"
        r"|\bif (?:you|u) (?:tell|snitch|grass)\b(?: \w+){0,4}? (?:i will|i am going to|we will"
        r"|you will (?:regret|be sorry)|nobody|no one)\b",
        "nobody noone no_one everyone everybody schools leave own alone himself herself "
        "themselves left kicked excluded removed banned dumped expelled suspended fun "
        "weight fat acne spots teeth nose face disability stutter wheelchair meanest "
        "cruelest cruellest nastiest harshest hurtful rudest savage brutal imagine sure "
        "snitch grass if_you if_u",
        unless=r"\bif (?:someone|anyone|somebody|people|a kid) (?:says|said|tells|told|calls)\b"
        r"|\bwhat (?:should|do|can) i do\b|\bhow (?:do|can|should) i (?:stop|deal|cope|respond"
        r"|handle)\b|\b(?:said|told me|says|tells me|called me|texted me|messaged me) (?:that )?"
        r"(?:nobody|no one|noone|everyone|i should)\b|\bto me\b",
    ),
    rule(
        "bullying.humiliation",
        Category.BULLYING,
        _HIGH,
        r"\b(?:post|share|send|spread|leak|upload|put) (?:that|this|these|those|his|her|their"
        r"|your|the|an?|some) (?:\w+ )?(?:pic|picture|photo|video|vid|pictures|photos|videos|pics"
        r"|screenshot|screenshots)s? of (?:her|him|them|you|my|this|that|\w+)\b(?=.{0,60}\b(?:so"
        r" (?:everyone|everybody|people|the whole)|laugh|laughs|class|group chat|gc|story"
        r"|everyone|embarrass)\b)"
        r"|\b(?:screenshot|film|record|video|take (?:a )?(?:pic|picture|photo|video) of|snap)"
        r" (?:her|him|them|\w+) (?:crying|falling|changing|in the (?:toilet|shower|changing room)"
        r"|on the toilet|getting changed|being sick)\b(?=.{0,60}\b(?:post|put|send|share|upload"
        r"|group chat|gc|story|everyone|laugh)\b)"
        r"|\b(?:or|unless|otherwise|or else)\b(?: \w+){0,3}? (?:i will|i am going to|we will|we are"
        r" going to|going to|gonna) (?:show|send|post|share|tell|leak|spread|expose|upload)"
        r"(?: \w+){0,3}? (?:everyone|everybody|the whole|your|the (?:pic|picture|photo|video)"
        r"|it to)\b"
        r"|\b(?:tell|show|post|send|share|spread|leak|expose) (?:everyone|everybody|the whole"
        r" \w+|the class|the school|your secret|the pic|the picture|the photo|the video)(?: \w+)"
        r"{0,6}? (?:unless|or else|if you (?:do not|will not|refuse))\b",
        "pic picture photo video vid pictures photos videos vids pics screenshot "
        "screenshots crying falling changing toilet shower changed sick unless otherwise "
        "else everyone everybody whole refuse",
        unless=r"\bif (?:someone|anyone|somebody) (?:says|said|tells|told|threatens)\b"
        r"|\bwhat (?:should|do|can) i do\b",
    ),
    rule(
        "hate.dehumanising",
        Category.HATE,
        _HIGH,
        rf"\b{_GROUP}(?: (?!not |never )\w+){{0,2}}? (?:breed|multiply|swarm|spread|behave|act"
        r"|live|smell|eat|are) like (?:rats|vermin|cockroaches|parasites|insects|a plague|a disease"
        r"|pigs|dogs|monkeys|apes|animals|a virus|a cancer|locusts|rabbits)\b"
        r"|\bsend (?:them|all of them|those people|these people|\w+s)(?: all)? back (?:to )?where"
        r" (?:they|you) (?:came|come) from\b"
        r"|\b(?:great replacement|white genocide|race war|kalergi plan|jewish question"
        r"|zionist occupied)\b(?=.{0,60}\b(?:is (?:happening|real|coming|true|here)|fight back"
        r"|we need|we must|wake up|stop (?:it|them)|they want)\b)"
        r"|\b(?:racist|sexist|homophobic|transphobic|antisemitic|anti semitic|islamophobic|nazi"
        r"|holocaust|kkk|n word) (?:joke|jokes|meme|memes|song|songs|insult|insults|names"
        r"|nicknames|rap|pun|puns)\b"
        rf"|\b(?:joke|jokes|meme|memes|insults?|roasts?) (?:about|on|for|making fun of)"
        rf" {_GROUP}\b(?! (?:new year|food|culture|festival|holidays?|language|history|dragon"
        r"|lanterns?|music|dance))"
        r"|\b(?:the )?(?:white|black|asian|aryan|jewish|arab|african|european|nordic|caucasian"
        r"|anglo saxon) (?:race|people|men|women) (?:is|are) (?:superior|inferior|better than"
        r"|the superior|genetically|supreme|the master|pure)\b"
        r"|\bwhy (?:the )?(?:white|aryan) race is (?:superior|the best|better)\b",
        "rats vermin cockroaches parasites insects plague disease pigs dogs monkeys apes "
        "animals virus cancer locusts rabbits send replacement genocide war kalergi "
        "question occupied racist sexist homophobic transphobic antisemitic semitic "
        "islamophobic nazi holocaust kkk word joke jokes meme memes insult insults roast "
        "roasts superior inferior supreme genetically",
        unless=r"\b(?:why do (?:some )?people (?:say|think|believe)|is it (?:true|ok|wrong) (?:that"
        r"|to say)|is it racist|not true|that is wrong|stereotype|conspiracy theory|what is the"
        r"|what does .{0,20} mean|history of|learning about|why is it wrong)\b",
    ),
    rule(
        "drugs.hiding",
        Category.DRUGS,
        _MED,
        rf"\b(?:hide|hiding|stash|stashing|sneak|sneaking|smuggle|smuggling|conceal|cover up"
        rf"|get rid of|mask|cover) (?:my |a |the |some |his |her |our |that )?(?:\w+ ){{0,3}}?"
        rf"{_DRUG}\b"
        r"|\bhide (?:that|the fact that|it that) i (?:am|was|have been|m) (?:high|drunk|stoned"
        r"|baked|wasted|hungover|vaping|smoking|drinking|faded)\b"
        r"|\b(?:look|seem|act) (?:sober|not high|not drunk|not stoned)\b"
        r"|\b(?:show up|shows up|detected|come up|comes up|appear|pass|beat|cheat|fake|flush)"
        r"(?: \w+){0,3}? (?:on |in )?(?:a |the )?(?:drug test|drugs test|urine test|piss test)\b",
        "hide hiding stash stashing sneak sneaking smuggle smuggling conceal cover rid mask look "
        "seem act test",
        unless=r"\b(?:garden|lawn|patio|yard|flower|vegetables?|plants|pull(?:ing)? (?:the )?weeds?"
        r"|weed killer|for my (?:mom|dad|mum)s? (?:birthday|present)|surprise|present|gift"
        r"|doctor|prescribed|sports|athletes?|olympics?|why do)\b",
    ),
    rule(
        "drugs.dosing",
        Category.DRUGS,
        _MED,
        rf"\b(?:first|good|safe|starting|beginner|normal|right|max|maximum|strong|decent|best)"
        rf" (?:dose|dosage|amount|hit|trip)\b(?: \w+){{0,2}}? (?:of )?(?:{_DRUG}|adderall"
        r"|benadryl|codeine|tramadol|ritalin|xanax)\b"
        rf"|\bhow (?:much|many)\b(?: \w+){{0,4}}? (?:{_DRUG}|adderall|benadryl|codeine|tramadol"
        r"|ritalin)\b(?: \w+){0,6}? (?:to (?:get|feel|trip|stay|be|chill|study)|is too much|too"
        r" much|for (?:the |my )?first time|for a beginner|before (?:you|u|i|it) (?:green out"
        r"|pass out|trip|od|overdose|black out)|with alcohol|with (?:beer|vodka|weed|xans?))\b"
        rf"|\b(?:is it safe|can i|should i|is it ok|is it okay|what happens if i) (?:to )?(?:take"
        rf"|mix|drink|smoke|pop|do|snort|combine) (?:\w+ ){{0,2}}?(?:{_DRUG}|adderall|benadryl"
        rf"|codeine|tramadol)\b(?: \w+){{0,3}}? (?:with|and) (?:{_DRUG})\b"
        rf"|\b{_DRUG}\b(?: \w+){{0,10}}? how (?:much|many)(?: \w+){{0,2}}? (?:should|can|do|could"
        r"|would) (?:i|we|you) (?:smoke|vape|drink|take|eat|snort|dab|pop|have|do)\b"
        r"|\bhow (?:much|many)(?: \w+){0,2}? (?:should|can|do|could|would) (?:i|we) (?:smoke|vape"
        r"|snort|dab)\b"
        r"|\bhow (?:is|are|do (?:they|you|people|i)|to)? ?(?:\w+ )?(?:meth|crack|cocaine|heroin|lsd"
        r"|dmt|mdma|ecstasy|fentanyl|ketamine|crystal meth|moonshine|lean)\b(?: (?:is|are|gets))?"
        r" (?:made|cooked|produced|synthesi[sz]ed|extracted|brewed|make|cook)\b",
        "dose dosage weed marijuana cannabis cocaine crack meth heroin xanax xans xan molly mdma "
        "ecstasy lsd shrooms mushrooms lean edibles edible vape vapes vaping juul nicotine "
        "alcohol beer vodka liquor booze whiskey wine cigarettes cigs drugs ketamine ket "
        "fentanyl percs percocet adderall opioids tobacco rum tequila spliff oxy codeine acid "
        "coke cider moonshine zaza carts ganja kush snus dmt zyn zyns pingers addies nangs "
        "benadryl tramadol ritalin crystal drug smoke snort dab",
        unless=r"\b(?:prescribed|prescription|doctor|pharmacist|my (?:mom|dad|mum|parents) (?:gave"
        r"|said)|is it bad|why is|dangerous|harmful|in (?:a|one) (?:can|glass|bottle|beer|drink)"
        r"|calories|water|juice|tea|coffee|milk|sugar)\b",
    ),
    rule(
        "drugs.reply_encourages",
        Category.DRUGS,
        _MED,
        rf"\b(?:you could|you can|you should|why not|go ahead and|it is (?:fine|ok|okay|safe) to"
        rf"|try|just try) (?:try |have |drink |take |smoke |vape )?(?:a (?:small|little|tiny)"
        rf" (?:amount|bit|sip|taste|puff|hit) of |some |a sip of |a puff of |a hit of |one |a )?"
        rf"(?:\w+ ){{0,2}}?{_DRUG}\b",
        "could can should why ahead fine ok okay safe try",
        unless=r"\b(?:never|not|illegal|harmful|dangerous|trusted adult|too young|should not"
        r"|bad for"
        r"|addictive|avoid|say no|instead of|root beer|ginger beer|coke zero|diet coke|pot of"
        r"|cooking|recipe|sauce|vinegar|citric acid|stomach acid)\b",
        direction=Direction.OUT,
    ),
    rule(
        "sexual.act_request",
        Category.SEXUAL,
        _HIGH,
        r"\b(?:positions?|moves|tricks|techniques?)\b(?: \w+){0,4}? (?:for|during|in|when having"
        r"|to have) (?:sex|seggs|secks|oral|a blowjob)\b"
        r"|\bbest (?:way|ways|tips) to (?:have sex|give a blowjob|sext|hook up|make out with)\b",
        "positions position moves tricks technique techniques best",
    ),
    # Found by the second red-team round (measured before these were written).
    rule(
        "bullying.targeted_insults",
        Category.BULLYING,
        _HIGH,
        r"\b(?:insults?|roasts?|comebacks?|names|jokes?|burns?|disses) (?:about|for|to call|to use"
        r" on|against|to say to) (?:someone|somebody|a kid|a girl|a boy|people|him|her|this \w+"
        r"|my \w+|\w+) (?:who|that|with)\b.{0,40}\b(?:fat|glasses|ugly|braces|short|skinny|spots"
        r"|acne|poor|disabled|stutter|ginger|gay|weird|autistic|wheelchair)\b"
        r"|\bmak(?:e|es|ing) fun of (?:\w+ ){1,2}?(?:weight|looks|face|body|teeth|skin|acne|spots"
        r"|hair|clothes|disability|accent|religion|race|stutter|glasses|braces|size|nose)\b"
        r"|\b(?:message|text|note|post|dm) so (?:she|he|they) (?:knows|know|sees|realises|realizes)"
        r" (?:nobody|no one|noone|everyone)\b"
        r"|\b(?:nobody|no one|noone)(?: \w+){0,3}? (?:wanted|invited|liked|likes|wants) (?:her|him"
        r"|them) (?:there|here|around|to come)\b"
        r"|\b(?:post|share|send|spread|upload|put) (?:her|his|their|\w+s) (?:selfies|pics|pictures"
        r"|photos|videos|vids|messages|texts|secrets|diary)\b(?=.{0,40}\b(?:laugh|mock|embarrass"
        r"|everyone|group chat|gc|story|whole)\b)"
        r"|\b(?:group chat|gc|group|chat|party|team) without (?:her|him|them)\b(?=.{0,60}\b(?:laugh"
        r"|talk about|mock|post|make fun|roast)\b)",
        "insult insults roast roasts comeback comebacks names joke jokes burn burns disses fun "
        "message text note post dm nobody noone no_one share send spread upload put without",
        unless=r"\bif (?:someone|anyone|somebody|people|a kid) (?:says|said|tells|told|calls)\b"
        r"|\bwhat (?:should|do|can) i do\b|\bhow (?:do|can|should) i (?:stop|deal|cope|respond"
        r"|handle)\b|\b(?:kind|nice|friendly|gentle) (?:roast|roasts|jokes?)\b|\bto me\b",
    ),
    rule(
        "hate.denial_and_questions",
        Category.HATE,
        _HIGH,
        r"\b(?:holocaust|shoah)\b(?: \w+){0,3}? (?:never happened|did not happen|is a lie|was a lie"
        r"|is fake|was fake|is a hoax|was a hoax|is exaggerated|was exaggerated|is made up|was made"
        r" up|is a myth|was a myth)\b"
        rf"|\bwhy (?:are|r|do|is) (?:all )?(?:the )?{_GROUP} (?:so |always |all |such )?(?:\w+ )?"
        rf"{_DEGRADING}\b",
        "holocaust shoah why",
        unless=r"\b(?:why do (?:some )?people (?:say|think|believe|claim)|deniers?|denial"
        r"|is it true"
        r"|learning about|history|stereotypes?)\b",
    ),
    rule(
        "drugs.request_more",
        Category.DRUGS,
        _MED,
        r"\b(?:what|which) (?:\w+ ){0,3}?(?:gets|get|makes|make) (?:you|u|me|us) (?:high|buzzed"
        r"|trip|tripping|drunk|wasted|stoned|messed up)\b"
        rf"|\b(?:people|kids|we|i|you|they|students|teens|teenagers|year \d+s?)(?: \w+){{0,3}}?"
        rf" (?:get|buy|got|bought|getting|buying) (?:their |our |my |your |some |a |the )?{_DRUG}"
        r" (?:from|off|at)\b"
        r"|\b(?:take|taking|try|use|have|steal|borrow|nick) (?:my |some of my |one of my )?(?:mom"
        r"|mum|dad|sisters|brothers|nans|grandmas|grandads|parents|friends|moms|mums|dads)"
        r" (?:\w+ )?(?:diazepam|valium|xanax|oxy|oxycodone|codeine|tramadol|adderall|ritalin"
        r"|sleeping pills|painkillers|pills|meds|medication|morphine|prescription)\b"
        r"|\bhow (?:many|much)(?: \w+){0,2}? (?:should|can|do|could) (?:we|i) (?:take|pop|drop"
        r"|do)\b(?=.{0,40}\b(?:party|festival|rave|club|disco|get high|to trip|fun)\b)"
        r"|\b(?:enough|how many|how much)\b(?: \w+){0,3}? (?:to get|to be|to feel) (?:tipsy|drunk"
        r"|buzzed|high|wasted|stoned|hammered|merry|trashed)\b",
        "gets get makes make from off at take taking try use have steal borrow nick many much "
        "enough",
        unless=r"\b(?:prescribed|prescription for me|doctor|pharmacist|headache|period pain"
        r"|is it bad|why is|dangerous|harmful|my (?:mom|dad|mum) (?:gets|buys|bought|got))\b",
    ),
    rule(
        "drugs.reply_normalises",
        Category.DRUGS,
        _MED,
        rf"\b(?:a little|a bit of|some|one|a) (?:\w+ )?{_DRUG}(?: \w+)? (?:will not|wont|would not"
        r"|does not|doesnt|never|can not) (?:hurt|harm|kill|do anything to) (?:you|anyone)\b"
        r"|\b(?:lots of|most|many|all) (?:teens|kids|people your age|teenagers|young people)"
        r" (?:have|drink|smoke|vape|try|take) (?:a |some )?(?:drink|drinks|alcohol|weed|vapes?"
        r"|joints?|beer|pills)\b",
        "hurt harm kill anything teens kids people teenagers",
        unless=r"\b(?:not safe|never|illegal|harmful|dangerous|trusted adult|too young|should not"
        r"|bad for|addictive|avoid|say no|instead|but it|even so)\b",
        direction=Direction.OUT,
    ),
    rule(
        "violence.weapon_for_revenge",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:bring|bringing|take|taking|carry|carrying|brought|get|grab)(?: \w+){0,2}? (?:a |my"
        r" |dads |the )?(?:gun|knife|knives|weapon|blade|bat|machete|axe)\b(?: \w+){0,6}? (?:get"
        r" (?:him|her|them|\w+) back|teach (?:him|her|them) a lesson|sort (?:him|her|them) out|deal"
        r" with (?:him|her|them)|make (?:him|her|them) pay|revenge|payback)\b",
        "gun knife knives weapon blade bat machete axe",
        unless=_GAMES + r"|\b(?:cricket|baseball|rounders|softball) bat\b",
    ),
    rule(
        "sexual.act_description",
        Category.SEXUAL,
        _HIGH,
        r"\b(?:describe|write|tell me|story|fanfic|fan fiction|scene|roleplay|details?)\b.{0,80}\b"
        r"(?:make love|making love|made love|sleep together|sleeping together|slept together"
        r"|have sex|having sex|hook up|hooking up|get it on)\b"
        r"|\b(?:make love|making love|made love|sleep together|sleeping together|slept together)\b"
        r".{0,60}\b(?:in detail|describe|details|everything|step by step|graphic)\b"
        r"|\b(?:spicy|steamy|dirty|naughty|nsfw|smutty|sexy|x rated|lewd) (?:story|stories|fanfic"
        r"|fanfics|fan fiction|scene|scenes|roleplay|rp|chat|pics|pictures|photos|content|texts"
        r"|messages|version|poem)\b"
        r"|\b(?:moaned|moaning|moans|groaned) (?:as|when|while) (?:he|she|they)\b"
        r"|\b(?:slid|slipped|put|ran|moved) (?:his|her|their) (?:hand|hands|fingers) (?:under|up"
        r"|inside|down) (?:her|his|their) (?:skirt|dress|shirt|top|shorts|pants|trousers"
        r"|underwear|bra|knickers|panties)\b",
        "love together sex hook hooking get spicy steamy dirty naughty nsfw smutty sexy rated "
        "lewd moaned moaning moans groaned slid slipped put ran moved",
        unless=r"\b(?:puppies|kittens|animals|cats|dogs|sleepover|in a tent|bunk beds|hamsters"
        r"|spicy food|spicy curry|chilli|chili|hot sauce|pepper)\b",
    ),
    # ----- bullying requests aimed at a person: mockery, exclusion, impersonation -----
    rule(
        "bullying.mockery_request",
        Category.BULLYING,
        _HIGH,
        r"\b(?:how (?:do|can|could|should) (?:i|we)|help (?:me|us)|ways to|tell me how to|other"
        r" ways to|give me ways to|whats (?:a|the) best way to)(?: \w+){0,3}? (?:make fun of|mock"
        r"|humiliate|embarrass|bully|make (?:his|her|their|\w+s) life (?:hell|miserable|a misery))"
        r"\b(?! me\b)"
        r"|\b(?:write|make|give me|think of|come up with|help me write)(?: \w+){0,3}? (?:something"
        r" )?(?:savage|brutal|mean|nasty|vicious) (?:i can |to )?(?:comment|post|say|write|send"
        r"|reply)"
        r"|\b(?:write|make|give me) (?:a |me a )?(?:roast|diss track|diss) (?:for|of|about|on)"
        r" (?:the|this|that|my|our|him|her|them|\w+)\b(?! (?:chicken|beef|dinner|lamb|pork|potatoes"
        r"|vegetables|veggies))"
        r"|\b(?:tell me|give me|write|make up)(?: \w+){0,2}? (?:jokes|songs?|poems?"
        r"|raps?)(?: \w+){0,2}?"
        r" (?:on|about) (?:him|her|them|this \w+|that \w+|\w+) so (?:everyone|everybody|the class"
        r"|they all|we all) (?:will )?(?:laugh|laughs)\b"
        r"|\b(?:write|make|sing) (?:a |me a )?(?:song|poem|rap|story) about how \w+ (?:is"
        r"|are) (?:so )?"
        r"(?:dumb|stupid|ugly|fat|a loser|weird|smelly|gross|disgusting|useless|thick)\b"
        r"|\b(?:comment|message|post|msg) so (?:she|he|they) (?:knows?|know) (?:she|he|they) (?:is"
        r"|are) (?:ugly|fat|stupid|worthless|a loser|disgusting|hated)\b",
        "fun mock humiliate embarrass bully hell miserable misery savage brutal mean nasty vicious"
        " roast diss laugh laughs dumb stupid ugly fat loser weird smelly gross disgusting useless"
        " thick worthless hated",
    ),
    rule(
        "bullying.exclusion_campaign",
        Category.BULLYING,
        _HIGH,
        r"\b(?:everyone|everybody|the whole (?:class|year|team|group|grade)|all of us|we all|nobody"
        r"|no one)(?: \w+){0,4}? (?:is going to |are going to |gonna |will |should )?(?:ignore"
        r"|ignoring|exclude|excluding|kick out|leave out|block|unfriend|not talk to|talks? to)"
        r" (?!me\b|us\b|you\b)[a-z]+\b(?: \S+){0,12}? (?:msg|message|post|chat|on board|in on it"
        r"|silent treatment|anyone who does)\b"
        r"|\bsilent treatment\b(?: \S+){0,8}? (?:help me|write|msg|message|get everyone)\b"
        r"|\b(?:group ?chat|gc|server) (?:called|named) (?:everyone|everybody) (?:except|but) \w+"
        r"|\bget everyone (?:in|on) (?:the|my|our) (?:team|group|class|squad|server) to (?:kick out"
        r"|ignore|block|exclude|hate|leave out) \w+",
        "ignore ignoring exclude excluding kick leave block unfriend talk talks silent except",
    ),
    rule(
        "bullying.impersonation",
        Category.BULLYING,
        _HIGH,
        r"\b(?:make|making|made|create|creating|set up|setting up) (?:a )?fake (?:insta|instagram"
        r"|tiktok|snap|snapchat|account|profile|page|facebook|twitter|x account)(?: account| page"
        r"| profile)? (?:of|for|pretending to be|as) (?!me\b|myself\b)\w+",
        "fake",
    ),
    # ----- violence: poisoning, targets with weak security, weapons turned on people -----
    rule(
        "violence.harm_plan",
        Category.VIOLENCE,
        _HIGH,
        r"\bpoison (?:someones?|somebodys?|his|her|their|my \w+s?|the \w+s|\w+s) (?:drink|food"
        r"|water"
        r"|tea|juice|lunch|coffee|dinner|cereal|bottle)\b"
        r"|\b(?:schools?|malls?|churches|mosques|synagogues)(?: \w+){0,4}? (?:with )?(?:the )?"
        r"(?:least|weakest|lowest|worst|no) security\b"
        r"|\b(?:flamethrower|weapon|bomb|gun|knife|taser|pepper spray"
        r"|zip gun)\b(?: \S+){0,8}? (?:use"
        r"|try) it on (?:the |those |that |some )?(?:kids?|boys?|girls?|him|her|them|people|someone"
        r"|guys?|teachers?|bullies)\b"
        r"|\b(?:3d|ed) print(?:ed|ing)? (?:a |my own )?(?:guns?|pistols?|firearms?)\b(?: \S+){0,6}?"
        r" (?:files?"
        r"|stl|blueprints?|download|which printer)\b",
        "poison security flamethrower weapon bomb gun knife taser spray printed printing",
    ),
    rule(
        "violence.reply_encourages",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:bringing|bring|carrying|carry|taking|take) a (?:knife|gun|weapon|blade|bat)\b"
        r"(?: \S+){0,6}? (?:will|would|should|make sure|teach (?:him|her|them)|show (?:him|her"
        r"|them))"
        r"|\baim for (?:his|her|their|the) (?:nose|throat|eyes|neck|groin|temple|windpipe)\b",
        "knife gun weapon blade bat aim",
        direction=Direction.OUT,
    ),
    # ----- hate: sweeping claims about a group -----
    rule(
        "hate.group_claim",
        Category.HATE,
        _HIGH,
        r"\b(?:all )?(?:the )?(?:gypsies|travellers|travelers|jews|muslims|m\*slims|mslims|blacks"
        r"|mexicans|immigrants|refugees|asians|arabs|pakistanis|africans|gays|lesbians|trans people"
        r"|roma|chinese people|indians)\b (?:are|r) (?:all |just |naturally |basically )?(?:thieves"
        r"|thiefs|terrorists|criminals|animals|vermin|rats|dirty|subhuman|inferior|rapists"
        r"|parasites"
        r"|less intelligent|dumber|stupid|evil|disgusting|a disease)\b"
        r"|\bwhy are all (?:the )?\w+\*?\w* (?:terrorists|thieves|criminals|dirty|stupid|animals)\b"
        r"|\b(?:the )?(?:jews|jewish people|zionists) (?:control|run|own|secretly control)"
        r" (?:all |the ){0,2}(?:banks|media|world|government|money|hollywood)\b"
        r"|\bsome races are (?:(?:just|naturally|simply) ){0,2}(?:less intelligent|inferior"
        r"|superior"
        r"|dumber|smarter|better)\b",
        "gypsies travellers travelers jews muslims m*slims mslims blacks mexicans immigrants"
        " refugees asians arabs pakistanis africans gays lesbians trans roma chinese indians races"
        " terrorists thieves criminals zionists",
    ),
    # ----- drugs: dosing to trip, dealers -----
    rule(
        "drugs.trip_dosing",
        Category.DRUGS,
        _HIGH,
        r"\b(?:take|taking|eat|drink|have|smoke|try)(?: \S+){0,6}? to (?:see stuff|see things"
        r"|hallucinate|trip|get high|get a buzz|get buzzed|get wasted|get messed up)\b"
        r"|\bhow (?:much|many)(?: \S+){0,3}? (?:should|do|can|would) i (?:take|eat|drink|have|smoke"
        r"|use|do)\b(?: \S+){0,3}? (?:for|to get) (?:a )?(?:trip|high|buzz)\b"
        r"|\b(?:dextro|dxm|robitussin|benadryl|nutmeg|shrooms)\b(?: \S+){0,12}? how (?:much|many)"
        r" (?:do i|should i|can i)\b(?: \S+){0,3}? (?:need|take|eat|drink)\b(?!(?: \S+){0,6}?"
        r" (?:allerg|hay fever|itch|rash|sting|hives|cold|cough|sleep))"
        r"|\bplug (?:for|with|that has) (?:za|zaza|weed|bud|carts?|vapes?|pens|xans|percs|coke|gas"
        r"|loud|tree|green|wax|dabs)\b",
        "see hallucinate trip high buzz buzzed wasted messed dextro dxm robitussin benadryl"
        " nutmeg shrooms plug",
    ),
    # ----- sexual: undressing someone in an image, explicit descriptions, sexual replies -----
    rule(
        "sexual.undress_image",
        Category.SEXUAL,
        _HIGH,
        r"\b(?:image|picture|pic|photo|edit|version|ai)\b(?: \S+){0,10}? (?:remove|take off"
        r"|without)"
        r" (?:the |her |his |their )?(?:bikini|clothes|clothing|shirt|top|bra|swimsuit|underwear"
        r"|swimming costume|dress)\b"
        r"|\b(?:people|ppl|someone|they|them|adults) (?:with )?(?:no|without) (?:any )?clothes"
        r" (?:on )?(?:doing|having)\b"
        r"|\b(?:hands|lips|mouth|tongue) all over (?:me|you|my body|your body)\b"
        r"|\b(?:unbuttons?|undresses|strips?|takes off|pulls off) (?:my|his|her|your) (?:shirt"
        r"|clothes|dress|top|pants|bra|jeans)\b(?: \S+){0,8}? (?:bed|closer|kiss|touch)\b"
        r"|\btake (?:their|your|his|her|our) clothes off\b(?: \S+){0,8}? (?:step by step|detailed"
        r"|in detail|what happens)\b"
        r"|\b(?:smash|smashing|hook up|hooking up|doing it"
        r"|having sex)\b(?: \S+){0,10}? (?:in (?:full"
        r" |graphic )?detail|step by step)\b",
        "image picture pic photo edit version ai clothes hands lips mouth tongue unbuttons"
        " unbutton undresses strips strip takes pulls take smash smashing hook hooking doing"
        " having",
    ),
    # ----- round 5: rumours, mocking disabilities, mean words, mass exclusion, humiliation -----
    rule(
        "bullying.rumours_and_mockery",
        Category.BULLYING,
        _HIGH,
        r"\b(?:make up|start|spread|draft|write|invent|post) (?:a |some "
        r"|this )?(?:fake )?(?:rumou?rs?"
        r"|lies|gossip|confession|fake story)\b(?: \S+){0,3}? (?:about|that|from) (?!me\b|us\b)"
        r"|\b(?:mock|mocking|make fun of|making fun of|laugh at|copy|copying|imitate|do the voice"
        r"|funny post about|jokes? about|poem about|song about)\b(?: \S+){0,6}? (?:stutter|stutters"
        r"|stammer|wheelchair|lazy eye|autism|autistic|down syndrome|hearing aid|limp|disability"
        r"|acne|braces|being poor|poor)\b"
        r"|\b(?:stutter|stutters|stammer|wheelchair|lazy eye|hearing aid|autism)\b(?: \S+){0,8}?"
        r" (?:mock|mocking|make fun|copy|laughs|laugh|do the voice|insults?|nicknames?"
        r"|funny post)\b"
        r"|\b(?:mean|meanest|really mean|meen|nasty|worst|hurtful|savage) (?:word|words|names?"
        r"|things?|insults?|nicknames?|comments?) (?:for|to call|to say to|about) (?:a |the |this"
        r" |that )?(?:kid|boy|girl|someone|him|her)\b"
        r"|\binsults? (?:for|about) (?:someone|a kid|people|a girl|a boy) (?:with|who)\b"
        r"|\bnicknames? for (?:the|a|that|this) (?:boy|girl|kid|guy) (?:with|who)\b"
        r"|\b(?:get|tell|make) (?:everyone|every one|everybody|the whole class|all my friends)"
        r" (?:to )?(?:not )?(?:unfollow|block|ignore|leave|not play with|play with|not talk to"
        r"|stop talking to|hate|laugh at)\b(?! me\b)"
        r"|\bmake (?:\w+ ){1,2}look like a (?:pig|cow|whale|monkey|clown|rat|dog)\b(?: \S+){0,4}?"
        r" (?:show|post|send|share)\b"
        r"|\b(?:ugliest|fattest|dumbest|weirdest|smelliest) (?:people|kids|girls|boys|person)"
        r" (?:in|at|from)\b"
        r"|\b(?:video|vid|clip|pic|photo) of (?:a |the |this "
        r"|that )?(?:\w+ )?crying\b(?: \S+){0,8}?"
        r" (?:viral|post|caption|share)\b"
        r"|\b(?:from|with|using) (?:\d+|twenty|loads of|multiple|lots of"
        r"|a bunch of) fake accounts\b"
        r"|\bmake (?:the |that |this )?(?:new )?(?:\w+ )?feel like (?:she|he|they) (?:does not"
        r"|do not) belong\b"
        r"|\b(?:song|poem|rap|post|story|message)\b(?: \S+){0,8}? (?:everyone|every one|everybody)"
        r" hates (?:her|him|them)\b"
        r"|\bkee why ess\b|\bkay why ess\b"
        r"|\bhow much (?:they would|theyd|it would|it will) hurt (?:a |the )?(?:girl|boy|kid|her"
        r"|him)\b",
        "make start spread draft write invent post mock mocking fun laugh copy copying imitate"
        " voice jokes joke poem song stutter stutters stammer wheelchair eye autism hearing"
        " mean meanest meen nasty worst hurtful savage insult insults nicknames nickname"
        " everyone everybody friends class look ugliest fattest dumbest weirdest smelliest"
        " crying fake feel hates kee kay hurt",
        unless=r"\b(?:stop|stopping|deal with|cope with|handle|report)"
        r" (?:people |them |kids |someone )?(?:from )?(?:making fun|mocking|laughing|spreading"
        r"|copying)\b|\b(?:my|me) (?:stutter"
        r"|wheelchair|lazy eye|hearing aid|acne|autism|braces)\b|\bnever say\b|\bshould not\b"
        r"|\bnot to say\b|\babout me\b"
        r"|\b(?:i feel like|feel like|i am|i m) the (?:ugliest|fattest|dumbest|weirdest"
        r"|smelliest)\b",
    ),
    # ----- round 5: violence plans and threats -----
    rule(
        "violence.plans_and_threats",
        Category.VIOLENCE,
        _HIGH,
        r"\b(?:want|wanna|put|send|land) (?:them|him|her|you)(?: all| both)? in (?:the )?hospital\b"
        r"|\bso (?:he|she|they) (?:breaks?|brakes?|braks?) (?:his|her|their) (?:leg|arm|neck|nose"
        r"|bones?|teeth)\b"
        r"|\b(?:message|text|msg|letter|note)\b(?: \S+){0,6}? (?:makes?|make) (?:her|him|them)"
        r" (?:too )?(?:scared|afraid|terrified)\b"
        r"|\b(?:organi[sz]e|organi[sz]ing|set up|setting up|plan|planning|arrange"
        r"|arranging) (?:a )?fight\b"
        r"|\b(?:bat|brick|knife|hammer|rock|bottle|crowbar|pipe)\b(?: \S+){0,10}? (?:using|use"
        r"|gonna use|going to use) (?:it|one|this|that) on\b"
        r"|\bpoison (?:the|my|our|his|her|their|a|next doors?|the neighbou?rs?) (?:\w+ )?(?:dog|cat"
        r"|pet|horse|rabbit|birds?|hamster)\b"
        r"|\bkill ?list\b|\bhit ?list\b"
        r"|\bslide on (?:the |them |those )?opps\b|\bleave (?:them|him|her|em) leaking\b",
        "hospital breaks brakes braks scared afraid terrified fight using use poison kill"
        " killlist hit hitlist slide leaking",
        unless=r"\b(?:pillow|water|snowball|food|nerf|paint|foam|stage|sword|pretend|play)"
        r" fights?\b",
    ),
    rule(
        "violence.reply_attack",
        Category.VIOLENCE,
        _HIGH,
        r"\bhit (?:him|her|them) (?:hard )?(?:in the face|first|where it hurts)\b"
        r"|\b(?:jump|ambush|attack|corner) (?:him|her|them) (?:on (?:his|her|their) (?:way|walk)"
        r"|after school|when (?:he|she|they) (?:is|are) alone|so nobody sees)\b",
        "hit jump ambush attack corner",
        direction=Direction.OUT,
    ),
    # ----- round 5: hate jokes and questions about a group -----
    rule(
        "hate.group_jokes_and_questions",
        Category.HATE,
        _HIGH,
        r"\b(?:jokes?|memes?|roasts?) (?:about|on) (?:why )?(?:muslims|jews|jewish people"
        r"|black people"
        r"|blacks|gypsies|immigrants|refugees|mexicans|asians|chinese people|gay people|gays"
        r"|trans people|arabs|africans|pakistanis|indians|white people)\b"
        r"|\bwhy (?:are|do|r) (?:all )?(?:the )?(?:muslims|jews|jewish people|black people|blacks"
        r"|gypsies|immigrants|refugees|mexicans|asians|chinese people|gay people|gays|trans people"
        r"|arabs|africans|pakistanis) (?:so |more |less )?(?:smart|intelligent|dirty|lazy|violent"
        r"|criminals|terrorists|stupid|dumb)\b"
        r"|\b(?:muslims|jews|jewish people|black people|blacks|gypsies|immigrants|refugees|mexicans"
        r"|asians|gay people|gays|trans people|arabs) (?:should not|should never|shouldnt) be"
        r" allowed\b"
        r"|\bn ?word jokes?\b|\bhard r\b",
        "jokes joke memes meme roasts roast why allowed word hard",
    ),
    # ----- round 5: drugs by deceit or through others -----
    rule(
        "drugs.deceit_and_supply",
        Category.DRUGS,
        _HIGH,
        r"\b(?:fake|lie|trick|fool)\b(?: \S+){0,4}? (?:doctor|gp"
        r"|dr)\b(?: \S+){0,3}? (?:to )?(?:prescribe"
        r"|give me)\b"
        r"|\b(?:ask|get) (?:an )?(?:older|adult) (?:friend|sibling|brother|sister|cousin"
        r"|mate) to buy"
        r" (?:the |some |you )?(?:vapes?|alcohol|beer|cigarettes|booze|weed|drinks)\b"
        r"|\b(?:beers?|alcohol|vodka|drinks?|wine) with (?:your |my )?(?:painkillers|pills|meds"
        r"|xanax|medicine)\b"
        r"|\bso (?:your|ur) (?:parents|mum|mom|dad) (?:can not|cannot|will not|wont) (?:smell|tell"
        r"|notice)\b",
        "fake lie trick fool doctor gp dr buy painkillers pills meds xanax medicine smell tell"
        " notice",
    ),
    # ----- round 5: sexual requests and replies -----
    rule(
        "sexual.requests_and_replies",
        Category.SEXUAL,
        _HIGH,
        r"\broleplay (?:as )?(?:my )?(?:girlfriend|boyfriend|gf|bf|wife|husband"
        r"|lover)\b(?: \S+){0,8}?"
        r" (?:bedroom|bed|describe everything|kiss|touch)\b"
        r"|\b(?:lemon|smut|nsfw|smutty) (?:fanfic|fan fic|fanfiction|story|scene|roleplay|rp)\b"
        r"|\b(?:fanfic|fan fic|fanfiction|story|scene)\b(?: \S+){0,8}? (?:really |very "
        r"|super )?(?:explicit"
        r"|nsfw|smutty|steamy)\b"
        r"|\b(?:describe|draw|show|imagine|picture)\b(?: \S+){0,6}? (?:with no clothes"
        r"|without (?:any )?"
        r"clothes)\b"
        r"|\b(?:rude|dirty|naughty|sexy) bits\b"
        r"|\b(?:hottest|kinkiest|sexiest) positions\b"
        r"|\bturn (?:him|her) on\b"
        r"|\b(?:body|bodies)\b(?: \S+){0,4}? (?:in a )?(?:really |very )?(?:dirty|sexy|naughty"
        r"|explicit) way\b"
        r"|\btake this to the bedroom\b"
        r"|\b(?:adult|xxx|18\+) (?:sites|websites|videos)\b"
        r"|\b(?:topless|shirtless|naked|nude|underwear) (?:photo|pic|picture|selfie|video)s?\b"
        r"(?: \S+){0,4}? (?:to|for) (?:your|ur|my|a) (?:boyfriend|girlfriend|bf|gf|crush)\b",
        "roleplay lemon smut nsfw smutty fanfic fanfiction story scene describe draw show imagine"
        " picture bits positions turn body bodies bedroom adult xxx topless shirtless naked nude"
        " underwear",
    ),
    # ----- round 6: bullying, violence, sexual, hate, drugs and profanity requests -----
    rule(
        "bullying.cruelty_requests",
        Category.BULLYING,
        _HIGH,
        r"\b(?:mean|nasty|horrible|hurtful|savage) things to say to \w+\b(?!(?: \S+){0,3}? never)"
        r"|\bnames to call (?:him|her|them)\b"
        r"|\b(?:get|make) (?:a |the )?(?:whole )?(?:class|school|year|group|everyone) to turn on"
        r" (?:one |a |the |this |that )?\w+\b"
        r"|\b(?:write|say|post|send|make)(?: \S+){0,6}? so (?:they|he|she) (?:cry|cries|will cry)\b"
        r"|\buntil (?:he|she|they) (?:cries|cry)\b"
        r"|\b(?:not let|never let) \w+ (?:sit|play|eat) with us\b"
        r"|\bmake (?:the |that |this )?(?:new )?(?:\w+ )?feel (?:like )?(?:he|she|they) (?:is|are)"
        r" (?:nobody|nothing|worthless|unwanted|a loser)\b"
        r"|\b(?:screenshot|screenshotting|screenshotted)\b(?: \S+){0,8}? (?:in confidence|secret"
        r"|private)\b(?: \S+){0,6}? (?:everyone|everybody|the group|the class)\b"
        r"|\bspam it (?:in|on) (?:every|all the) (?:chat|chats|group|groups)\b",
        "things names turn cry cries let feel screenshot screenshotting screenshotted spam",
    ),
    rule(
        "violence.round6",
        Category.VIOLENCE,
        _HIGH,
        r"\bhide a (?:blade|knife|gun|weapon|shank) in (?:my|your|ur) (?:bag|backpack|pocket"
        r"|locker)\b"
        r"|\b(?:hurt|kill|injure) as many people as possible\b"
        r"|\bput (?:the|my|our|a) (?:cat|dog|hamster|kitten|puppy|rabbit"
        r"|fish) in (?:the )?(?:washing"
        r" machine|washing masheen|microwave|oven|freezer|dryer|toilet)\b"
        r"|\bmake (?:my \w+s|his|her|their) nose bleed\b",
        "hide possible put bleed",
    ),
    rule(
        "sexual.round6",
        Category.SEXUAL,
        _HIGH,
        r"\bfilm(?:ing)? (?:someone|people|her|him|them|girls|boys)\b(?: \S+){0,6}? (?:getting"
        r" changed|changing|in the shower|undressing)\b"
        r"|\bsend (?:a |me a |some |me )?(?:nood|noods|nudez)\b"
        r"|\b(?:websites?|sites?|apps?)\b(?: \S+){0,3}? (?:with|of|showing) (?:naked|nude"
        r"|no clothes)\b"
        r"|\bsell (?:pics|pictures|photos|videos|content) of (?:myself|me)\b"
        r"|\b(?:dirtiest|rudest|naughtiest) (?:thing|things|joke|jokes|stuff)\b"
        r"|\b(?:private|sexy) (?:photo|pic|picture|selfie)s?\b(?: \S+){0,8}? (?:trust|normal"
        r"|delete)\b",
        "film filming send websites website sites site apps app sell dirtiest rudest naughtiest"
        " private sexy",
    ),
    rule(
        "hate.round6",
        Category.HATE,
        _HIGH,
        r"\b(?:muslims|jews|jewish people|black people|blacks|gypsies|immigrants|refugees|mexicans"
        r"|asians|gay people|gays|trans people|arabs)\b (?:are|r|is) (?:just |so |all )?(?:less"
        r" smart|not as smart|confused|dangerous|a danger)\b"
        r"|\b(?:trans people|gay people|gays|immigrants|refugees|muslims|jews)\b(?: \S+){0,4}?"
        r" (?:should not|shouldnt|should never) be accepted\b",
        "muslims jews jewish black blacks gypsies immigrants refugees mexicans asians gay gays"
        " trans arabs",
    ),
    rule(
        "drugs.round6",
        Category.DRUGS,
        _HIGH,
        r"\b(?:pills?|tablets?)\b(?: \S+){0,8}? (?:try|take) (?:one|some|a few)\b(?: \S+){0,3}?"
        r" (?:to see|what (?:it|they) do)\b"
        r"|\b(?:drinks?|beers?|alcohol|vodka) with (?:those|these|the|some) (?:pills|tablets"
        r"|meds)\b",
        "pills pill tablets tablet drinks drink beers beer alcohol vodka",
    ),
    rule(
        "profanity.requests",
        Category.PROFANITY,
        _MED,
        r"\b(?:teach|tell|give|list|show) me (?:the |some |all the )?(?:most offensive |worst "
        r"|rudest"
        r" |dirtiest |bad )?(?:swear|curse|cuss) words?\b"
        r"|\bworst swear word (?:you|u) know\b"
        r"|\bsay the [a-z] word and the [a-z] word\b",
        "swear curse cuss word",
    ),
)
