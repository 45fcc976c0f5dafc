"""Self-harm and suicidal thinking, said directly, indirectly, misspelled, or about a friend."""

from __future__ import annotations

from app.safety.detectors.rules import PhraseRule, rule, words
from app.safety.verdict import Category, Direction, Severity

_SH = Category.SELF_HARM
_CRIT = Severity.CRITICAL
_LOW = Severity.LOW

# Hyperbole and everyday uses that share the words ("dying of laughter", "dye my hair").
_HYPERBOLE = (
    r"\b(?:die|dye|dying|dead|died)(?: \w+){0,2}? (?:of|from|laughing|laughter|embarrassment)\b"
    r"|\b(?:die|dye) (?:my|her|his|your|their|the|it|them|hair|eggs|clothes|shirt)\b"
    r"|\bdie if\b|\bdead meat\b|\bdie for\b|\bdie in (?:the |a )?(?:game|level|minecraft|fortnite)"
    r"|\b(?:jk|just kidding|just joking|i am joking|bored|boring)\b"
)
_NOT_OTHERS = r"(?!(?:you|him|her|them|everyone|people|they|he|she|it) )"
_WANT = words(
    "want",
    "wanted",
    "wanting",
    "wish",
    "wished",
    "ready",
    "deserve",
    "hope",
    "plan",
    "planning",
    "rather",
    "wan",
    "should",
    "must",
    "need",
    "like",
    "tempted",
)
_SELF = words("myself", "my self", "meself")
_METHOD_OBJECT = words(
    "pills",
    "tablets",
    "tylenol",
    "paracetamol",
    "advil",
    "ibuprofen",
    "aspirin",
    "sleeping pills",
    "meds",
    "medicine",
    "painkillers",
)

_END_SELF = words(
    "kill",
    "kil",
    "killing",
    "killed",
    "unalive",
    "hang",
    "hanging",
    "drown",
    "drowning",
    "poison",
    "stab",
    "stabbing",
    "shoot",
    "shooting",
    "suffocate",
    "end",
    "off",
    "choke",
    "choking",
    "strangle",
    "strangling",
    "smother",
)
_HURT = words(
    "hurt",
    "hurting",
    "harm",
    "harming",
    "cut",
    "cutting",
    "burn",
    "burning",
    "starve",
    "starving",
    "hit",
    "hitting",
    "scratch",
    "scratching",
    "punish",
    "punishing",
    "bruise",
    "bite",
    "biting",
)
_INTENT = words(
    "want to",
    "going to",
    "feel like",
    "keep",
    "kept",
    "started",
    "start",
    "been",
    "sometimes",
    "how to",
    "how do i",
    "how can i",
    "tried to",
    "try to",
    "trying to",
    "need to",
    "should",
    "might",
    "like to",
)
_ON_PURPOSE = words(
    "again",
    "on purpose",
    "when i",
    "whenever",
    "every day",
    "every night",
    "sometimes",
    "because i",
    "until",
    "till",
    "so i",
    "to feel",
    "with a",
    "a lot",
)

RULES: tuple[PhraseRule, ...] = (
    rule(
        "self_harm.want_to_die",
        _SH,
        _CRIT,
        rf"(?<!you )(?<!they )(?<!she )(?<!he )(?<!it )\b{_WANT} (?:to )?(?:{_NOT_OTHERS}\w+ "
        rf"){{0,2}}"
        r"(?:die|dye|be dead|dead|not be alive|not exist|stop existing|not be here anymore"
        r"|disappear forever|not wake up|never wake up|stop living|not live)\b",
        "die dye dead alive exist existing wake living live here disappear",
        unless=_HYPERBOLE,
    ),
    rule(
        "self_harm.kill_self",
        _SH,
        _CRIT,
        rf"\b{_END_SELF}"
        rf" {_SELF}\b",
        "myself meself self",
        unless=r"\b(?:laughing|laughter|laughed)\b|\balmost killed myself (?:laughing|on)",
    ),
    rule(
        "self_harm.hurt_self_on_purpose",
        _SH,
        _CRIT,
        rf"\b{_INTENT}(?: \w+){{0,3}}? {_HURT} {_SELF}\b"
        rf"|\b{_HURT} {_SELF}(?: \w+){{0,4}}? {_ON_PURPOSE}\b",
        "myself self meself",
        unless=r"\b(?:fell|fall|falling|tripped|trip|accident|accidentally|by mistake|trampoline"
        r"|playing|paper|bike|skateboard|skating|slipped|football|soccer|in pe|at recess)\b",
    ),
    rule(
        "self_harm.keep_cutting",
        _SH,
        _CRIT,
        r"\b(?:keep|kept|been|started|start|stop|quit|addicted to|relapsed and|relapse and)"
        r" (?:cutting|burning myself|scratching myself|hitting myself|hurting myself|self "
        r"harming)\b"
        r"|\b(?:cutting|cut|burning|burned) (?:again|on purpose)\b"
        r"|\bhide (?:my |the |these )?(?:cuts|scars|self harm|marks on my)\b"
        r"|\bcuts on (?:my|her|his|their) (?:wrist|wrists|arm|arms|leg|legs|thigh|thighs)\b"
        r"|\b(?:cut|cutting|cuts|slice|slicing|scratch|scratching) (?:my|her|his) (?:own )?(?:arms?"
        r"|wrists?|legs?|thighs?|skin|stomach|belly)\b(?!.{0,40}\b(?:by accident|accidentally"
        r"|on (?:a|the)"
        r" (?:fence|glass|paper|tin|can)|fell|fall|paper)\b)"
        r"|\bhow deep (?:do you |do i |should i |to |would i )?(?:have to |need to )?cut\b"
        r"|\b(?:scratch|scratched|scratching) my (?:arms|wrists|legs|skin) (?:till|until) "
        r"(?:they |it )?bleed",
        "hide marks cutting cut burning burned cuts scars deep scratch scratched scratching self",
    ),
    rule(
        "self_harm.method",
        _SH,
        _CRIT,
        rf"\bhow (?:much|many) (?:\w+ ){{0,4}}{_METHOD_OBJECT}\b(?: \w+){{0,4}}"
        r" (?:take|takes|took|kill|die|dead|overdose|lethal|not wake|to stop|too many|too much)\b"
        rf"|\b(?:take|took|taking|swallow|swallowed|ate|eat|going to take) (?:all|a lot|a "
        rf"bunch|loads"
        rf"|lots|a handful|the whole bottle|the whole pack|every one) (?:of )?(?:the |my |her "
        rf"|his |\w+ ){{0,2}}"
        rf"{_METHOD_OBJECT}\b"
        rf"|\b(?:take|took|taking|swallow|swallowed|ate|eat) (?:a |the |all the |all my |all "
        rf"of the )?"
        rf"(?:whole |entire )?(?:bunch|lot|handful|bottle|box|pack|packet) of {_METHOD_OBJECT}"
        r"|\b(?:i|me)\b(?: \w+){0,3}? (?:overdose|od)\b|\boverdose on purpose\b|\blethal dose\b"
        r"|\bhow (?:do you|to|do i|can i) overdose\b"
        r"|\b(?:jump|jumping|throw myself|throw yourself|fall) (?:off|from|in front of)"
        r" (?:a |the |my |this |that )?(?:high |tall |big |busy |moving )?"
        r"(?:bridge|roof|building|cliff|balcony|window|train|car|bus|tower|top floor)\b"
        r"(?!.{0,30}\b(?:into the (?:lake|water|pool|river|sea)|trampoline)\b)"
        r"|\b(?:highest|tallest) (?:bridge|building|cliff|roof)\b(?: \w+){0,3} (?:jump|near me)\b"
        r"|\bhow (?:to|do you|do i|can i|would you|does one|would i) (?:kill|hang|drown|poison|cut"
        r"|hurt|starve|overdose|unalive|suffocate) (?:yourself|your self|oneself|myself|my self)\b"
        r"|\bhow long (?:does it|would it|will it|to|do you) (?:take )?(?:to )?(?:drown|bleed out"
        r"|suffocate|starve to death|die from)\b"
        r"|\b(?:have not|did not) eaten (?:in|for) (?:\w+ )?(?:days|weeks) on purpose\b"
        r"|\bwaste away\b|\bstarve (?:myself|my self) (?:to death|until|till)\b",
        "pills tablets tylenol paracetamol advil ibuprofen aspirin sleeping meds medicine "
        "painkillers overdose od lethal bridge roof building cliff balcony window train car "
        "bus tower floor highest tallest yourself oneself myself self drown bleed suffocate "
        "starve eaten waste",
        unless=r"\b(?:homework|does it take to (?:get|walk|drive|fly))\b|\bfor (?:my|a|the|his|her)"
        r" (?:cold|headache|cough|fever|flu|allergies|allergy|tooth|toothache|stomach|ear|throat"
        r"|period|pain)\b|\b(?:doctor|nurse|pharmacist|grown up|mom said|dad said|prescription"
        r"|ask a)\b",
    ),
    rule(
        "self_harm.wants_death",
        _SH,
        _CRIT,
        r"\b(?:painless|quick|quickest|easy|easiest|best|fastest|peaceful|simplest|surest)(?: \w+)?"
        r" (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill myself|end it|end my life|commit"
        r" suicide|not wake up)\b"
        r"|\bhow (?:can|do|could|would|should|will) i (?:just )?(?:die|end it|end my life|disappear"
        r" forever|stop living|not wake up|stop breathing|make it all stop)\b"
        r"|\b(?:want|wanna|wish|ready|going|hope|need) (?:to )?(?:just )?(?:die in my sleep"
        r"|stop breathing"
        r"|stop living|stop my heart|go to heaven|be in heaven|join (?:my )?\w+ in heaven|be "
        r"with \w+ in"
        r" heaven|not feel anything ever again|make it all stop|make everything stop)\b"
        r"|\b(?:no one|nobody|noone) (?:would|will|is going to|gonna) (?:even )?(?:miss|notice|care"
        r" about|remember) me\b|\bi (?:will not|am not going to) (?:be around|be here|be alive) for"
        r" (?:long|much longer)\b"
        r"|\b(?:tie|make|making|tying|got) (?:a )?noose\b",
        "die dying suicide end disappear wake breathing living heart heaven miss notice care "
        "remember around noose stop",
        unless=r"\b(?:game|level|minecraft|fortnite|roblox|character|plant|cells|laughing|laughter"
        r"|hair|history|dinosaurs|hitler|villain|hero)\b",
    ),
    rule(
        "self_harm.plans_and_acts",
        _SH,
        _CRIT,
        r"\bin case i (?:do not wake up|die|am gone|do not make it|am not here)\b"
        r"|\b(?:relapsed?|clean|urges?|urge to) (?:on |from |for |to do )?sh\b"
        r"|\b(?:arms|wrists|legs|thighs) (?:look |looks )?like (?:a )?barcode\b|\bbarcode "
        r"(?:arms|wrists)\b"
        r"|\bcan not (?:live|go on|keep going|keep living|do this) like this (?:anymore|any more)\b"
        r"|\bbetter if i (?:never|did not|do not) (?:woke|wake) up\b"
        r"|\bvoices? (?:\w+ )?(?:telling|tell|tells|told|that tell|saying) me to (?:hurt|kill"
        r"|cut|harm"
        r"|die|end)\b"
        r"|\b(?:rope|noose|pills|blade|razor|gun|tablets|meds)\b(?: \w+){0,5}? for when i am"
        r" (?:ready|done|gone)\b|\b(?:wrote|writing|written|made) (?:my|a) (?:will|suicide note"
        r"|goodbye note|goodbye letter)\b"
        r"|\b(?:take|swallow|taking|swallowing) (?:all|every one) (?:of )?my (?:\w+ )?(?:pills|meds"
        r"|medicine|tablets|antidepressants|medication|sleeping pills|insulin)\b"
        r"|\b(?:took|take|taking|swallowed|swallow|ate)(?: \w+){0,3}? (?:pills|tablets|meds"
        r"|medicine"
        r"|painkillers)\b(?: \w+){0,2}? (?:to|so) (?:make (?:the|it|everything|all)(?: \w+)? "
        r"stop|die"
        r"|sleep forever|end it|not wake up|feel nothing|disappear)\b"
        r"|\b(?:stop|quit|not) eating\b(?=.{0,60}\b(?:without|so (?:i|that)|until i|notice|noticing"
        r"|skinny|thin|disappear|nobody)\b)"
        r"|\bmake myself (?:throw up|puke|vomit|be sick|sick)\b"
        r"|\b(?:purge|purging)(?: \w+){0,2}? (?:after|food|dinner|meals?|eating|lunch)\b|\bbinge "
        r"and purge\b"
        r"|\b(?:skinny|thin) (?:that )?i (?:disappear|vanish|die)\b|\b(?:thinspo|proana|pro ana"
        r"|pro mia|meanspo)\b"
        r"|\b(?:bang|banging|hit|hitting|slam|slamming|punch|punching) my (?:head|fists?|hands?)"
        r" (?:on|against|into) (?:the |a )?(?:wall|floor|door|desk)\b"
        r"|\bsee (?:the|any) point (?:anymore|any more|in anything|in living|in life|of anything"
        r"|of living|of being alive|in being alive)\b"
        r"|\bforget (?:i|that i|me|about me) (?:ever )?(?:existed|exist|was born|was here|was ever"
        r" born)\b|\b(?:wish|want)(?: \w+){0,3}? forget (?:i|that i|me) ever existed\b"
        r"|\b(?:do not|no longer) deserve to (?:live|be alive|exist|be here|be happy)\b"
        r"|\b(?:happier|better|better off|rather be|rather) dead\b"
        r"|\bways to (?:die|kill (?:myself|yourself)|end (?:it|my life)|commit suicide|unalive)\b"
        r"|\b(?:until|till|so) (?:i|it|they|my \w+) (?:bleed|bleeds|start bleeding|bled)\b"
        r"|\b(?:do not|stopped|stop|not going to|will not|refuse to|can not) eat(?:ing)?"
        r"(?: \w+){0,3}? (?:so i can|so that i|to|until i) (?:disappear|die|waste away|vanish"
        r"|be gone)\b"
        r"|\bso (?:i can|that i|i will|i could|i might) (?:just )?(?:disappear forever|die|be gone"
        r" forever|not exist|stop existing|not wake up)\b"
        r"|\bi (?:really |just |kind of |sort of |honestly )?feel like (?:dying|i am dying inside"
        r"|i want to die|i should die|killing myself|ending it|i should not be here)\b"
        r"|\brelapsed?\b(?=.{0,60}\b(?:cut|cutting|self harm|harm|hurt|burn|scratch)\w*\b)"
        r"|\b(?:cut|cutting|cuts) (?:pretty |really |too |so |very )?deep\b"
        r"|\b(?:pills|tablets|meds) (?:saved|stashed|hidden|collected)\b|\b(?:saved|stashed|saving"
        r"|collecting|hoarding) (?:up )?(?:\w+ )?(?:pills|tablets|meds)\b"
        r"|\b(?:want|wish|need) (?:the |this |all the |my )?pain to (?:stop|end|go away) (?:forever"
        r"|for good|permanently)\b"
        r"|\bi am (?:just |such |a |so |the |literally )*(?:waste of (?:space|oxygen|air|life)"
        r"|burden (?:to|on|for) (?:everyone|everybody|my family|my parents|you all))\b",
        "sh clean urges urge arms wrists legs thighs barcode case ways until till bleed bleeds "
        "bled bleeding eat eating disappear die gone exist "
        "wake dying relapse relapsed deep waste burden pills tablets meds pain deserve dead "
        "point forget existed live woke voices voice rope noose blade razor gun wrote writing "
        "written antidepressants medication medicine insulin purge purging thinspo proana "
        "meanspo throw puke vomit skinny thin bang banging slam slamming hit hitting punch "
        "punching",
        unless=r"\b(?:minecraft|roblox|fortnite|game|level|zombies?|character|homework|nose|knee"
        r"|finger|paper)\b",
    ),
    rule(
        "self_harm.reply_encourages",
        _SH,
        _CRIT,
        r"\b(?:cut|cutting) (?:deeper|harder|more)\b"
        r"|\b(?:ending it|ending your life|killing yourself|dying|suicide) (?:is not|is|might be"
        r"|could be|would be) (?:the worst idea|a bad idea|so bad|an option|the answer|the way out"
        r"|a good idea|a way out|not that bad)\b"
        r"|\b(?:easiest|best|quickest|fastest|simplest|surest) way to (?:hurt|kill|cut|harm|end)"
        r" (?:yourself|your self|your life|it all)\b"
        r"|\btry (?:cutting|hurting|burning|starving|hitting) (?:yourself|your self)\b"
        r"|\bto (?:hurt|cut|harm|kill) (?:yourself|your self) (?:without|so (?:no one|nobody)|where"
        r"|safely|quietly)\b|\bcut (?:where|somewhere) (?:your )?(?:clothes|sleeves)\b"
        r"|\bwhere (?:your )?(?:clothes|sleeves) (?:cover|hide)\b"
        r"|\b(?:dying|death|suicide|killing yourself|ending it|ending your life) (?:is|might "
        r"be|could"
        r" be) (?:the )?(?:only )?(?:way out|answer|solution|best option|only option|escape)\b"
        r"|\bif you want to (?:hurt|kill|cut|harm) (?:yourself|your self)\b(?: \w+){0,2}? (?:use"
        r"|try|take|get|grab)\b"
        r"|\b(?:cutting|self harm|self harming|hurting yourself|starving yourself|purging|not "
        r"eating)"
        r" (?:can|will|might|could|does|would) (?:really )?(?:help|make you feel better|feel good"
        r"|relieve|calm you)\b"
        r"|\b(?:killing|hurting|cutting|harming|starving) (?:yourself|your self) (?:is|would "
        r"be|could"
        r" be|might be) (?:one |an |a |the )?(?:option|answer|choice|way out|good idea|solution"
        r"|fine|ok|okay)\b"
        r"|\bif you (?:really )?want (?:to die|it to end"
        r"|it all to end|to end it)\b|\b(?:everyone|they|your family) would be better off without"
        r" you\b|\b(?:you should|you could|try to) (?:hurt|cut|starve|kill) yourself\b",
        "to clothes sleeves death ending dying suicide cut cutting yourself die end without "
        "way easiest quickest fastest "
        "simplest surest "
        "killing hurting harming starving purging eating self hurt kill harm",
    ),
    rule(
        "self_harm.better_off_without_me",
        _SH,
        _CRIT,
        r"\b(?:better off|happier|easier|better)(?: \w+){0,2}? (?:without me|with me gone|if i"
        r" (?:just |never |really )?(?:was|were|am|was not|were not|died|disappeared|gone|left "
        r"forever"
        r"|never existed|did not exist|was dead|was gone)(?: (?:here|around|alive|born|gone|anymore"
        r"|any more))?)"
        r"|\bbetter if i (?:am|was|were) not (?:alive|here|around|born)\b"
        r"|\bbetter if i (?:died|disappeared|never existed)\b",
        "better happier easier",
        unless=r"\bbetter (?:off )?without me (?:on|in) (?:the |your |this )?(?:team|group|game)\b",
    ),
    rule(
        "self_harm.do_not_want_to_live",
        _SH,
        _CRIT,
        r"\b(?:i|me) (?:do not|no longer|dont|really do not|just do not) want to (?:live|be "
        r"alive|exist"
        r"|be here (?:anymore|any more)|wake up|be around anymore|go on|keep living|keep going"
        r"|be me)"
        r"(?! (?:in|with|at|on|near|there|by|inside|under|like a|up early|for)\b)",
        "want",
    ),
    rule(
        "self_harm.point_of_living",
        _SH,
        _CRIT,
        r"\b(?:what is|whats|what s|why is there) (?:even )?(?:the |a )?point (?:of|in) (?:living"
        r"|life"
        r"|being alive|me|existing|going on|being here|trying anymore|even living|anything "
        r"anymore)\b"
        r"|\bno point (?:in |of )?(?:living|being alive|me being alive|me being here|existing"
        r"|going on"
        r"|in life|life)\b|\b(?:see |is )?no reason (?:to|for me to) (?:live|keep going|be "
        r"alive|go on)\b"
        r"|\bdo not see (?:a |any )?(?:reason|point) (?:to|in|for) (?:keep going|keep living|living"
        r"|going on|being alive|life)\b|\bpoint in me being\b",
        "point reason",
    ),
    rule(
        "self_harm.never_wake_up",
        _SH,
        _CRIT,
        r"\bhopefully (?:i )?(?:do not|never|will not|wont) wake up\b"
        r"|\b(?:sleep|go to sleep|fall asleep|sleeping)(?: \w+){0,2}? (?:and )?(?:never|not) "
        r"(?:wake|waking)"
        r" up\b|\b(?:sleep|go to sleep) (?:forever|for good|for ever)\b"
        r"|\b(?:wish|want|hope)(?: \w+){0,3} (?:not|never) wake up\b",
        "wake waking forever good ever",
        unless=r"\b(?:on (?:saturdays?|sundays?|weekends?|the weekend)|weekend|holidays?"
        r"|until (?:noon|lunch|ten|eleven)|in bed all day|so tired|sleepy)\b",
    ),
    rule(
        "self_harm.disappear_forever",
        _SH,
        _CRIT,
        r"\b(?:disappear|vanish|go away|be gone|leave|leave this world|leave the world)"
        r"(?: \w+){0,2}? (?:forever|for good|for ever|and never come back|from this world"
        r"|and never be found)\b",
        "forever good ever never world",
        unless=r"\b(?:magician|magic|trick|coin|rabbit|spell|ghost|dinosaurs|my (?:cat|dog))\b",
    ),
    rule(
        "self_harm.nobody_would_care",
        _SH,
        _CRIT,
        r"\b(?:no one|nobody|noone|no body|anyone|anybody)(?: \w+){0,3}? (?:notice|care|miss me|cry"
        r"|even care|even notice|miss)\b(?: \w+){0,3}? (?:if i (?:was|were|am|died|disappeared|left"
        r"|killed|did not)|when i (?:am|was) gone|i am gone)"
        r"|\bif i (?:died|was gone|were gone|disappeared|killed myself|was dead|were dead|wasnt "
        r"here"
        r"|was not here)\b(?: \w+){0,4}? (?:would|will) (?:anyone|anybody|people|you|they|my \w+)"
        r" (?:miss|care|notice|cry|be sad|even)",
        "notice care miss cry died gone disappeared dead here",
        unless=r"\b(?:game|level|minecraft|fortnite|roblox|items|respawn)\b",
    ),
    rule(
        "self_harm.want_it_to_end",
        _SH,
        _CRIT,
        r"\b(?:want|wish|need)(?: \w+){0,2}? (?:it all|everything|my life|all of it|all this"
        r"|this all)"
        r" to (?:end|stop|be over)\b"
        r"|\b(?:going to|want to|thinking about|think about|plan to|ready to|about to|planning to"
        r"|been thinking about|thought about) (?:just )?(?:end|ending) (?:it|it all|everything"
        r"|things"
        r"|my life)\b(?! (?:with|by|on|at|in|for|so|like|there|here)\b)"
        r"|\b(?:tired|sick) of (?:being alive|living|life|existing|being me)\b"
        r"|\blife (?:is not|is no longer|aint|is never) worth\b|\blife is (?:pointless|meaningless"
        r"|worthless)\b|\b(?:thinking|think|thought|thinkin) (?:about|of|abt) (?:suicide|dying"
        r"|death"
        r"|killing myself|ending it|ending my life|not being alive|not existing|being dead)\b"
        r"|\bstop thinking about (?:dying|death|killing myself|ending it)\b",
        "end ending over stop tired sick life worth pointless meaningless worthless thinking"
        " think thought thinkin",
        unless=r"\b(?:school year|holidays|holiday|summer|the game|the movie|the book|story|lesson"
        r"|class|term|chapter|match|season)\b(?!.{0,20}\bme\b)|\bis (?:that|it|this) normal\b",
    ),
    rule(
        "self_harm.wish_never_born",
        _SH,
        _CRIT,
        r"\bwish (?:i|that i) (?:was|were|had) (?:never been born|never born|not born|dead|gone"
        r"|not alive|never existed)\b|\bwish i could (?:just )?(?:vanish|disappear|die|not exist"
        r"|go to sleep forever|stop existing|stop living)\b"
        r"|\b(?:should|must|deserve to) (?:just )?(?:die|not be alive|not exist|be dead)\b"
        r"(?<!you should die)(?<!you should just die)",
        "wish die alive exist dead",
        unless=r"\b(?:you|he|she|they|it|plants|characters?) (?:should|must|deserve)",
    ),
    rule(
        "self_harm.goodbye",
        _SH,
        _CRIT,
        r"\bthis is (?:my )?goodbye\b|\b(?:goodbye|bye) (?:forever|world|cruel world)\b"
        r"|\bgoodbye (?:letters?|notes?|messages? to my)\b|\bsuicide notes?\b"
        r"|\b(?:(?:giving|give|gave) away (?:all )?my (?:stuff|things|toys|games|clothes)|(?:giving"
        r"|give|gave) (?:all )?my (?:stuff|things|toys|games|clothes) away)\b"
        r"(?=.{0,80}\b(?:need|gone|anymore|any more|will not|after|letters|goodbye|it is time"
        r"|ready|forever)\b)"
        r"|\b(?:will not|will no longer|not going to) (?:be )?(?:here|around|alive)\b(?: \w+){0,2}"
        r" (?:tomorrow|after tonight|much longer|anymore|any more|next week|by morning)\b"
        r"|\b(?:will not|not going to|never) (?:be alive|make it|live) (?:much longer|to tomorrow"
        r"|to my birthday|past tonight)\b|\bbe alive much longer\b"
        r"|\b(?:will not|will never|wont) be a (?:problem|burden) (?:for|to) (?:anyone|anybody|you"
        r"|them|my family)\b",
        "alive around burden bye gave give giving goodbye here longer problem suicide",
        unless=r"\b(?:moving|move|holiday|vacation|trip|camp|sleepover|lol|haha|homework|school"
        r"|summer|hoot)\b",
    ),
    rule(
        "self_harm.someone_else",
        _SH,
        _CRIT,
        r"\b(?:kill|kills|killing|hurt|hurts|hurting|harm|harms|harming|cut|cuts|cutting|unalive"
        r"|starve|starving|hang|hanging) (?:herself|himself|themself|themselves|hisself)\b"
        r"|\b(?:she|he|they|friend|sister|brother|cousin|classmate|mate|bestie|best friend)"
        r"(?: \w+){0,6}? (?:wants|want|wanted|wanting|going|gonna|plans|planning|tried|trying"
        r"|thinking about|wishes|wished) (?:to )?(?:\w+ )?(?:die|be dead|end (?:her|his|their)"
        r" (?:own )?life|kill (?:herself|himself|themselves)|commit suicide|not be alive"
        r"|disappear forever)\b"
        r"|\b(?:nobody|no one) would miss (?:her|him|them)\b"
        r"|\b(?:she|he|they) (?:does not|do not|did not|no longer) (?:want|wants) to (?:live"
        r"|be alive"
        r"|exist|be here anymore|wake up)\b"
        r"|\b(?:her|his|their) (?:goodbye|suicide) (?:note|letter)\b"
        r"|\b(?:end|ending) (?:her|his|their) (?:own )?life\b",
        "live exist wake herself himself themself themselves hisself die dead life suicide "
        "miss note letter alive"
        " forever",
        unless=r"\b(?:hitler|history|historical|war|soldier|soldiers|romeo|juliet|cleopatra"
        r"|character|movie|book|story|film|game|level|playing|fell|accident|accidentally|tripped"
        r"|football|soccer|rugby|trampoline|bike|in (?:1[0-9]|20)[0-9][0-9]|dye|hair|cooking"
        r"|kitchen|shaving|chopping|slipped|hamster|dog|cat|fish|goldfish|pet|rabbit|guinea pig"
        r"|bird|puppy|kitten|plant|tree|flower|turtle|horse)\b"
        r"|\bif (?:a|your|my) (?:friend|sister|brother|classmate|someone)\b",
        direction=Direction.IN,
    ),
    # Mild alone; two of them in one message, or several across a conversation, are a worry.
    rule(
        "self_harm.low_mood",
        _SH,
        _LOW,
        r"\bi (?:really |just |so )?hate (?:myself|my self|my life|being me)\b"
        r"|\b(?:nobody|no one|noone) (?:cares|care|loves|likes) (?:about )?me\b"
        r"|\bi (?:can not|can not) (?:do this|take it|take this|go on) (?:anymore|any more)\b"
        r"|\bi am (?:such )?(?:a burden|worthless|useless|a failure|a mistake|nothing)\b"
        r"|\bi feel (?:so )?(?:empty|numb|hopeless|worthless)\b|\beveryone hates me\b"
        r"|\bi am (?:so )?done with (?:life|living|everything|it all)\b"
        r"|\b(?:want|wish) (?:to|i could) (?:disappear|vanish)\b"
        r"|\bgiving up on (?:everything|life|myself)\b|\bwhat is (?:even )?the point(?: anymore)? $"
        r"|\b(?:everything|life) (?:is|feels) (?:so )?(?:hopeless|dark|pointless)\b"
        r"|\bi (?:just )?want to give up\b|\bi can not take (?:it|this) anymore\b",
        "hate nobody no noone anymore burden worthless useless failure mistake nothing empty"
        " numb hopeless everyone done disappear vanish giving point everything life give",
        points=2,
    ),
)
