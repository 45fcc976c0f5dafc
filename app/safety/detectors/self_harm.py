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
    "top",
    "topping",
    "neck",
    "necking",
    "delete",
    "deleting",
    "erase",
    "finish",
    "finishing",
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
    "thinking about",
    "thinking of",
    "think about",
    "thought about",
    "thought of",
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
        unless=(
            _HYPERBOLE
            + r"|\b(?:author|authors|character|characters|book report|novel|chapter|the story"
            r"|in the book|the play|the film|the movie)\b"
        ),
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
        r" (?:(?:a|the|my|this|that|top|of|roof|edge) ){0,4}?(?:high |tall |big |busy |moving )?"
        r"(?:bridge|roof|building|cliff|balcony|window|train|car|bus|tower|top floor|hdb|block"
        r"|storey|floor)\b"
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
        r"|\b(?:cut|cutting|burn|burned|burnt|burning|scratch|scratched|hit|hitting|punched|bit"
        r"|hurt|hurting|bruised|stabbed) (?:my|myself)(?: \w+){0,5}? (?:on purpose|deliberately"
        r"|to feel (?:something|better|pain|in control)|to punish myself|because i deserve)\b"
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
        "punching purpose deliberately feel punish",
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
        "clothes sleeves death ending dying suicide cut cutting yourself die end without "
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
        r" up\b|\b(?:sleep|sleeping|go to sleep|fall asleep|to sleep) (?:forever|for good|for ever"
        r"|permanently)\b"
        r"|\b(?:not|never) (?:to )?wake up (?:tomorrow|again|ever again|ever)\b"
        r"|\b(?:wish|want|hope)(?: \w+){0,3} (?:not|never) wake up\b",
        "wake waking forever good ever permanently",
        unless=r"\b(?:on (?:saturdays?|sundays?|weekends?|the weekend)|weekend|holidays?"
        r"|until (?:noon|lunch|ten|eleven)|in bed all day|so tired|sleepy|on time|alarm|late"
        r"|vet|put to sleep|cat|dog|hamster|rabbit|pet|fish|goldfish|guinea pig|horse|bear"
        r"|hibernat\w*|sleeping beauty|snow white|fairy tale|in the story|lol|haha)\b",
    ),
    rule(
        "self_harm.disappear_forever",
        _SH,
        _CRIT,
        r"\b(?:disappear|vanish|go away|be gone|leave|leave this world|leave the world)"
        r"(?: \w+){0,2}? (?:forever|for good|for ever|permanently|and never come back"
        r"|from this world|and never be found)\b",
        "forever good ever never world permanently",
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
        unless=(
            r"\b(?:you|he|she|they|it|plants|characters?) (?:should|must|deserve)"
            + r"|\b(?:author|authors|character|characters|book report|novel|chapter|the story"
            r"|in the book|the play|the film|the movie)\b"
        ),
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
        r"|summer|hoot|wedding|party|birthday|visiting|appointment|dentist|match|tournament"
        r"|competition|concert|exams?|funeral|hospital for|operation|away at|staying (?:at"
        r"|with))\b",
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
        r"|\bif (?:a|your|my) (?:friend|sister|brother|classmate|someone)\b"
        r"|\b(?:cells?|apoptosis|bacteria|viruses|virus|neurons|lemmings|bees)\b"
        r"|\b(?:macbeth|hamlet|ophelia|essay|quotes|the play|novel|poem|author)\b",
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
    # Found by the independent red-team round (fresh voices the rules above had not seen).
    rule(
        "self_harm.euphemism",
        _SH,
        _CRIT,
        # "Catch the bus" is a suicide euphemism only with a wink ("not the school one").
        r"\bcatch (?:the|that) bus\b(?=.{0,60}\b(?:know what i mean|not the \w+ (?:one|bus)"
        r"|for good|forever|permanently|one way|final|last one|never come back)\b)"
        r"|\b(?:log off|log out|sign off|check out|clock out|exit|quit|leave|escape|resign)"
        r" (?:from |of )?(?:life|this life|this world|existence|being alive|everything)"
        r"(?: \w+){0,2}? (?:for good|forever|permanently|for ever|tonight|soon)\b"
        r"|\b(?:yeet|throw|fling|launch|hurl|chuck|drop) (?:myself|my self) (?:off|from|out of"
        r"|in front of|under)\b"
        r"|\b(?:want|wish|need|going|gonna|ready|planning|plan) (?:to )?(?:just )?(?:disappear"
        r"|vanish|be gone|go away|not exist|stop existing)(?: \w+){0,3}? (?:permanently"
        r"|forever|for good|just not exist|not (?:run away|move away|hide))\b"
        r"|\b(?:peaceful|nice|easier|better|relief|relieving"
        r"|good)\b(?: \w+){0,5}? (?:to )?(?:just )?"
        r"(?:not|never) (?:wake up|be here|exist|be alive)\b",
        "bus forever permanently for_good tonight soon existence myself self disappear "
        "vanish gone exist existing wake alive peaceful relief relieving",
        unless=r"\b(?:to school|for school|school bus|bus stop|late for|miss the bus|missed the bus"
        r"|my cat|my dog|hamster|pet|vet|game|level|minecraft|roblox|fortnite|holiday|trip"
        r"|weekend|saturday|sunday|lol|haha|jk)\b",
    ),
    rule(
        "self_harm.farewell",
        _SH,
        _CRIT,
        r"\bby the time (?:you|anyone|someone|anybody|they|my \w+|people) (?:read|reads|see|sees"
        r"|find|finds|get|gets|hear|hears) (?:this|my \w+)\b(?: \w+){0,4}? (?:gone|dead|not here"
        r"|not alive|too late)\b"
        r"|\b(?:will not|not going to|never) (?:need|be needing|use|want) (?:them|it|these|those"
        r"|any of (?:it|them|this)|my \w+)(?: \w+){0,2}? (?:soon|anymore|any more|after (?:tonight"
        r"|tomorrow|this week|today)|where i am going)\b"
        r"|\b(?:will not|not going to|no longer|never going to) be (?:around|here|alive) (?:to|for)"
        r" (?:look after|take care of|feed|walk|see|watch|need|much longer|long)\b"
        r"|\bnot (?:be |being |going to be )?(?:here|around|alive) (?:for )?(?:much|very|any)"
        r" longer\b"
        r"|\bin case i (?:am not|will not be|do not) (?:around|here|alive|come back|see you)\b"
        r"|\b(?:this is|it is|today is|tonight is) my (?:last|final) (?:day|night|message|time"
        r"|goodbye)\b(?=.{0,80}\b(?:tell|love|sorry|goodbye|bye|forgive|miss)\b)"
        r"|\btell (?:my \w+|everyone|them|my family|my friends) (?:that )?i (?:love|loved|am sorry)"
        r"\b(?=.{0,40}\b(?:gone|last|goodbye|bye|forever|after i|when i am)\b)"
        r"|\b(?:decided|planned|picked|chosen|chose|set|worked out) (?:when|the day|the date|a date"
        r"|the night|how|where)\b(?: \w+){0,5}? do it\b(?=.{0,80}\b(?:someone to know|somebody to"
        r" know|anyone to know|goodbye|bye|sorry|before i|tell \w+ i|love you)\b)"
        r"|\b(?:wrote|written|writing|left|leaving) (?:the |my |some |a few )?(?:notes|letters)"
        r" (?:to|for) (?:everyone|my family|my parents|my mom|my dad|my friends|my sister"
        r"|my brother)\b(?=.{0,60}\b(?:just in case|in case|gone|goodbye|before|not around"
        r"|not here|last)\b)",
        "time need needing around alive longer case last final love loved sorry decided "
        "planned picked chosen chose worked notes letters",
        unless=r"\b(?:moving|move|holiday|vacation|trip|camp|sleepover|lol|haha|homework"
        r"|school trip|summer|wedding|party|birthday|visiting|grandmas|grandparents|hospital for my"
        r"|operation|exam|exams|tournament|competition|recipe|game|level|primary school"
        r"|year 6|graduation|last day of (?:school|term)|outgrown|too old|charity)\b",
    ),
    rule(
        "self_harm.method_question",
        _SH,
        _CRIT,
        r"\b(?:is|does|would) (?:hanging|drowning|overdosing|an overdose|od ing|bleeding out"
        r"|suffocating|slitting (?:your|my) wrists?|jumping off a (?:bridge|building|roof))"
        r" (?:\w+ ){0,2}?(?:painful|quick|painless|fast|slow|hurt|hurts|peaceful|work)\b"
        r"|\b(?:painless|peaceful|quick|quickest|easiest|gentlest)(?: \w+)? (?:way|ways|method"
        r"|methods) to go\b(?! (?:to|into|about|through|home|back|there|shopping|out|on|up"
        r"|down|for a|and)\b)"
        r"|\b(?:bridge|building|roof|cliff|balcony|car park|multi storey|tower|window)\b"
        r"(?: \w+){0,5}? (?:high|tall) enough\b(?! to see| for (?:the )?(?:boats?|ships?|buses"
        r"|lorries|trucks))"
        r"|\b(?:high|tall|deep) enough (?:to|that) (?:die|kill|not survive|end it|drown)\b"
        r"|\bi (?:\w+ ){0,6}?(?:stepping|step|jump|jumping|fall|falling|lean|leaning|letting go"
        r"|let go) (?:off|over|out|in front)\b(?=.{0,60}\b(?:bridge|roof|edge|ledge|cliff|tracks"
        r"|train|platform|balcony|window|building|car park)\b)"
        r"|\b(?:bridge|roof|edge|ledge|cliff|tracks|platform|balcony|building|car park)\b"
        r"(?: \w+){0,8}? (?:thinking about|think about|thought about|tempted|urge to|want to"
        r"|wanted to) (?:stepping|step|jumping|jump|falling|fall|leaning|letting go) (?:off|over"
        r"|out|in front)\b"
        r"|\b(?:how|way|ways) (?:\w+ ){0,2}?(?:i|to) (?:can |could )?(?:kill|unalive|end) me\b"
        r"|\bi (?:want|wanna|will|going to|am going to|want to|should|must) kill me\b"
        r"|\blethal dose\b|\b(?:fatal|deadly|lethal) (?:amount|number|dose) of\b",
        "hanging drowning overdosing overdose od bleeding suffocating slitting jumping "
        "painless peaceful quick quickest easiest gentlest bridge building roof cliff "
        "balcony park storey tower window edge ledge tracks train platform enough kill "
        "unalive lethal fatal deadly",
        unless=r"\b(?:game|level|minecraft|roblox|fortnite|trampoline|diving board|pool|lake"
        r"|river|swimming|parachute|bungee|skydiv\w*|zip line|in the story|character|to the shops"
        r"|to school|on holiday|cat|dog|bird|squirrel)\b",
    ),
    rule(
        "self_harm.eating_disorder",
        _SH,
        _CRIT,
        r"\b(?:lowest|least|fewest|minimum|min) (?:amount of |number of )?(?:calories|cals|kcal"
        r"|food)\b(?: \w+){0,4}? (?:survive|live|eat|a day|per day)\b"
        r"|\b(?:only|just) (?:eat|eating|ate|have|having|had) (?:a |an |one |half an? |\d{2,3} )?"
        r"(?:\w+ )?(?:calories |cals )?(?:a day|per day|all day|each day|every day)\b"
        r"|\b(?:[1-7]\d\d|\d\d) (?:calories|cals|kcal) (?:a|per|each) day\b"
        r"|\b(?:without eating|not eating|skip(?:ping)? (?:meals|lunch|dinner|breakfast)|stop"
        r" eating|starving|fasting)\b(?=.{0,60}\b(?:notice|noticing|find out|finding out"
        r"|without (?:my|anyone|them|her|him)|lose weight|losing weight|thin|thinner|skinny"
        r"|skinnier|thigh gap|fat)\b)"
        r"|\b(?:how many|how long)\b(?: \w+){0,4}? without (?:eating|food)\b(?=.{0,40}\b(?:notice"
        r"|noticing|find out|parents|mom|dad|lose weight|thin|skinny)\b)"
        r"|\bstop eating (?:completely|entirely|altogether|for good|forever|for a week|for days)\b"
        r"|\b(?:stop|suppress|ignore|kill) (?:feeling |my )?(?:hungry|hunger|appetite)\b"
        r"(?=.{0,40}\b(?:so i|to lose|so that|thin|skinny|weight|stop eating|not eat)\b)"
        r"|\bhate (?:my body|my weight|how fat i am|being fat|how i look)\b.{0,80}\b(?:eat|eating"
        r"|food|meals?|lunch|dinner|breakfast|starve|throw up|purge)\b"
        r"|\bhide (?:my |the |all my )?(?:food|dinner|lunch|breakfast|meals?) in (?:my |a |the )?"
        r"(?:napkin|pocket|bag|bin|sleeve|room)\b"
        r"|\b(?:laxatives?|diet pills|diuretics|water pills|fat burners?|appetite suppressants?)\b"
        r"(?: \w+){0,5}? (?:lose weight|weight loss|thin|skinny|flat stomach|drop \w+ (?:pounds"
        r"|kilos|kg|lbs)|before)\b"
        r"|\b(?:take|taking|use|using) (?:laxatives|diet pills|diuretics|water pills) to\b"
        r"|\bthigh gap\b(?=.{0,60}\b(?:only eat|not eat|starve|skip|fast|fasting|calories)\b)",
        "lowest least fewest minimum min only_eat only_eating only_ate only_have "
        "only_having only_had just_eat just_eating just_ate calories cals kcal eating "
        "skip skipping starving fasting without_food hungry hunger appetite hate_my "
        "hate_how hate_being hide laxative laxatives diet diuretics burner burners "
        "suppressant suppressants gap",
        unless=r"\b(?:ramadan|fasting for|religious|lent|surgery|operation|blood test|doctor said"
        r"|dentist|vet|my (?:cat|dog|hamster|fish|rabbit)|hamster|puppy|kitten|plant|caterpillar"
        r"|healthy|snack|snacks|protein|athlete|training|survive without water|science project)\b",
    ),
    rule(
        "self_harm.dangerous_challenge",
        _SH,
        _CRIT,
        r"\b(?:benadryl|pill|pills|choking|choke|blackout|black out|pass out|passing out|fainting"
        r"|fire|flame|salt and ice|salt ice|tide pod|tide pods|skull breaker|skullbreaker|bleach"
        r"|boiling water|hot water|kettle|nutmeg|cinnamon|outlet|penny|superglue|blue whale|momo"
        r"|car surfing|train surfing|hanging|breath holding|suffocation|chroming|deodorant"
        r"|aerosol|sleepy chicken|nyquil|milk crate|tape|strangle|nail polish|lighter)"
        r"(?: \w+){0,2}? challenge\b",
        "challenge",
        unless=r"\b(?:is it dangerous|why is (?:it|the \w+ \w+) dangerous|warn|warning|news"
        r"|banned|died from|what should i do if|never do)\b",
    ),
    rule(
        "self_harm.someone_else_method",
        _SH,
        _CRIT,
        r"\b(?:she|he|they|friend|mate|sister|brother|cousin|bestie)\b(?: \w+){0,6}? (?:going to"
        r"|wants to|plans to|will|is about to|about to|said (?:she|he|they) would|threatening to"
        r"|tried to) (?:take|swallow|overdose on|od on) (?:all |a lot of |loads of |\w+ )?"
        r"(?:of )?(?:her |his |their |the |\w+ )?(?:pills|tablets|meds|medicine|painkillers)\b"
        r"|\b(?:cuts|cut|marks|scars|bruises|burns|scratches)\b.{0,80}\b(?:does|did|do|doing)"
        r" (?:it|that|this|them) (?:to )?(?:herself|himself|themselves|themself)\b"
        r"|\b(?:sent|texted|messaged|snapped) me (?:a |an )?(?:message|text|snap"
        r"|note)?(?: \w+){0,3}?"
        r" (?:saying|that said|to say) (?:goodbye|bye forever|she is sorry|he is sorry)\b"
        r"(?=.{0,80}\b(?:pills|die|kill|end|forever|not going to be|gone|hurt)\b)",
        "going wants plans will about said threatening tried herself himself themselves "
        "themself goodbye bye",
        unless=r"\b(?:headache|cold|fever|prescription|doctor|for (?:her|his) (?:asthma"
        r"|allergies|medicine))\b",
        direction=Direction.IN,
    ),
    rule(
        "self_harm.fiction_method",
        _SH,
        _CRIT,
        # A story or "hypothetical" frame does not make step-by-step self-harm safe.
        r"\b(?:step by step|in detail|exactly how|instructions|the best way|the easiest way|tips"
        r"|how to)\b.{0,60}\b(?:cut|cuts|cutting|hurt|hurts|kill|kills|hang|hangs|starve"
        r"|starves|overdose|overdoses|harm|harms) (?:herself|himself|themselves|yourself|myself"
        r"|themself|oneself)\b(?: \w+){0,3}? (?:without|so (?:no one|nobody)|where|and hide)\b"
        r"|\b(?:cut|cuts|cutting|hurt|hurts|harm|harms|starve|starves) (?:herself|himself"
        r"|themselves|yourself|myself|themself) without (?:anyone|anybody|her \w+|his \w+|their"
        r" \w+|my \w+|your \w+) (?:noticing|knowing|seeing|finding out)\b"
        r"|\b(?:hypothetically|in theory|for a project|for a story|pretend)\b.{0,60}\b(?:hang"
        r"|kill|cut|drown|poison|suffocate|overdose)(?:s|ing)? (?:themselves|themself|yourself"
        r"|oneself|himself|herself|myself)\b",
        "herself himself themselves yourself myself themself oneself",
    ),
    rule(
        "self_harm.better_off_gone",
        _SH,
        _CRIT,
        r"\b(?:better off|happier|rather be|be better) (?:\w+ )?(?:six feet under|in the ground"
        r"|in a grave|in a coffin|not here|not alive|not existing|in heaven|with (?:my )?\w+ in"
        r" heaven)\b"
        r"|\b(?:heaven|hevan)\b(?: \w+){0,6}? (?:i|me) (?:want|wish|need|wanna) (?:to )?(?:go|be)"
        r" (?:there|too|with)\b"
        r"|\b(?:should|could|might|may as well|feel like i should|might as well) (?:just )?(?:end"
        r" it all|end it|end everything|end my life|give up on life|not be here)\b"
        r"(?! (?:with|by|on|at|in|for|like|there|here)\b)",
        "under ground grave coffin here alive existing heaven hevan all it everything life",
        unless=r"\b(?:game|level|match|movie|book|story|season|relationship|friendship|argument"
        r"|fight|conversation|chat|chapter|essay|homework|project|lol|haha)\b",
    ),
    rule(
        "self_harm.reply_unsafe",
        _SH,
        _CRIT,
        r"\b(?:skip|skipping|starve|starving|not eating|stop eating|purge|purging|throw up"
        r"|throwing up|laxatives|fasting for days|eat less than \d+)\b.{0,60}\b(?:lose weight"
        r"|get thin|get skinny|thinner|skinnier|goal weight|drop \w+ (?:pounds|kilos|kg|lbs))\b"
        r"|\b(?:tips|advice|ideas) (?:from|for) (?:the )?(?:pro ana|proana|pro mia|thinspo)\b"
        r"|\bpro ana\b(?: \w+){0,3}? (?:tips|community|coach|goal)\b"
        r"|\b(?:nobody|no one|noone) (?:would|will) (?:really |even )?(?:notice|miss you|care)"
        r"(?: \w+){0,2}? if you (?:were|was|are|died|disappeared|left)\b"
        r"|\b(?:hiding|hide|cover|covering) (?:your |the )?(?:scars|cuts|marks|self harm|wounds)"
        r" (?:is|by|with|under|easily|:)\b"
        r"|\b(?:blackout|choking|pass out) (?:challenge|game) (?:is|can be) (?:fun|safe|cool"
        r"|easy)\b",
        "skip skipping starve starving eating purge purging throw throwing laxatives fasting "
        "eat tips advice ideas pro ana nobody no noone hiding hide cover covering challenge game",
        unless=r"\b(?:not|never|unhealthy|dangerous|harmful|doctor|trusted adult|please (?:talk"
        r"|tell)|instead|do not have to hide|you do not need to hide|worried|help line|helpline"
        r"|childline)\b",
        direction=Direction.OUT,
    ),
    # Found by the second red-team round (measured before these were written).
    rule(
        "self_harm.wish_gone",
        _SH,
        _CRIT,
        r"\b(?:wait|ready|want|wanna|wish|like|love|prefer|rather|better|happy) to (?:just )?(?:not"
        r" exist|stop existing|not be alive|cease to exist|be gone forever|not wake up)\b"
        r"|\b(?:planning|planned|plan|picked|chose|chosen) (?:my|the) (?:exit|way out|death|suicide"
        r"|final day|last day on earth)\b(?! (?:from|of|strategy|plan for the|route))"
        r"|\b(?:want|wanna|wish|ready|going) to (?:go and |go )?(?:meet|join|see|be with) (?:my )?"
        r"(?:late|dead|passed|passed away) \w+"
        r"|\b(?:medicine|pills|tablets|meds|drug|drugs)\b(?: \w+){0,5}? (?:to |for )?(?:never|not)"
        r" wake\b"
        r"|\b(?:jump|jumping|fall|throw myself) down (?:from|off)\b"
        r"|\b(?:blade|razor|knife|scissors|compass|glass|sharpener|lighter)\b(?: \w+){0,4}? (?:on"
        r"|across|into|against) (?:my|her|his) (?:wrist|wrists|arm|arms|leg|legs|thigh|thighs"
        r"|skin|stomach)\b"
        r"|\b(?:best|easiest|safest|cleanest) way to (?:cut|burn|hurt|harm)\b(?: (?:myself|yourself"
        r"|so|without|deep|deeper))"
        r"|\b(?:cut|cutting|burn|burning)\b(?: \w+){0,3}? (?:so|without) (?:it )?(?:does not"
        r"|will not|leaving|leave|showing) (?:scar|scars|a scar|marks|a mark|show)\b"
        r"|\b(?:feel|feels|feeling) (?:better|good|calm|calmer|relief|something|relieved)\b"
        r"(?: \w+){0,3}? (?:after|when|while) (?:i|they|you|we|he|she|people) (?:cut|burn|hurt"
        r"|hit|scratch|harm|punch) (?:myself|themselves|yourself|himself|herself|ourselves"
        r"|themself)\b"
        r"|\bmake (?:yourself|your self|urself) (?:throw up|puke|vomit|be sick|sick)\b"
        r"|\b(?:throw up|be sick|purge|vomit|puke) after (?:eating|meals|every meal|dinner|lunch"
        r"|food)\b"
        r"|\b(?:do not|no longer) deserve (?:to eat|food|meals|dinner|lunch|to be fed)\b"
        r"|\b(?:press|pressing|pressed|hit|hitting|push|pushing|flip"
        r"|flipping) (?:the )?(?:\w+ ){0,2}?"
        r"(?:button|switch|delete|eject|reset|quit|exit|off switch|self destruct) (?:on|for) (?:my"
        r" life|me|myself|my existence)\b"
        r"|\b(?:take|taking|eat|eating|drink|drinking|swallow|snort|sniff|spray|inhale|huff)\b"
        r"(?: \w+){0,4}? (?:to (?:trip|pass out|hallucinate)|(?:nutmeg|benadryl|pills|tablets"
        r"|spray|deodorant|glue|bleach|tide pods?|cinnamon|nyquil|medicine|laundry pods?|aerosol"
        r"|hand sanitiser|hand sanitizer)\b(?: \w+){0,3}? (?:like (?:on|in) (?:tiktok|the video"
        r"|the trend)|for the (?:trend|challenge)))\b"
        r"|\bhow many (?:\w+ ){0,2}?(?:to|do you need to) (?:trip|pass out|hallucinate)\b"
        r"|\b(?:towel|belt|rope|cord|string|plastic bag|bag|cable|wire|shoelace)s? (?:round|around"
        r"|over) (?:your|my|his|her|their|the) (?:neck|head|throat|face)\b"
        r"|(?:cuts|scars|marks|burns|scratches) (?:all )?(?:on|over|up) (?:my|her|his|their)"
        r" (?:wrists?|arms?|legs?|thighs?|stomach|hips?)\b(?=.{0,80}\b(?:said|says|not to tell"
        r"|herself|himself|themselves|on purpose|hides|hiding|secret|again)\b)",
        "exist existing cease gone wake alive exit death suicide final earth late dead "
        "passed jump_down jumping_down fall_down blade razor knife scissors compass glass "
        "sharpener lighter best_way easiest_way safest_way cleanest_way scar scars "
        "themselves yourself himself herself ourselves themself myself urself throw_up "
        "be_sick purge vomit puke deserve neck throat cuts burns scratches button switch "
        "self_destruct eject trip hallucinate pass_out nutmeg benadryl deodorant glue "
        "bleach cinnamon nyquil aerosol sanitiser sanitizer",
        unless=r"\b(?:game|level|minecraft|roblox|fortnite|chickenpox|surgery|operation|accident"
        r"|fell|bike|trampoline|cat scratched|the cat|my cat|dinosaurs?|in the story|character"
        r"|scarf|necklace|medal|headphones|paper|fabric|hair|onions?|wood|cardboard|my nan says"
        r"|to see|in heaven now)\b",
    ),
    rule(
        "self_harm.reply_unsafe_more",
        _SH,
        _CRIT,
        r"\b(?:kill|suppress|curb|ignore|numb) (?:your |the )?(?:appetite|hunger|hunger pangs)\b"
        r"|\bif you (?:really )?want to (?:stop eating|starve|not eat|lose weight fast|disappear)\b"
        r"|\b(?:cutting|self harm|self harming|burning yourself|hurting yourself|starving yourself"
        r"|purging) (?:helps|relieves|calms|releases|works|is a way)\b"
        r"|\b(?:taking|take|swallow|swallowing) (?:\d+|all|twenty|thirty|fifty|a whole|the whole)"
        r" (?:of )?(?:those |these |the |your )?(?:tablets|pills|meds|paracetamol|painkillers)\b"
        r"(?: \w+){0,3}? (?:would|will|should|is|be) (?:\w+ )?(?:enough|do it|be fatal|kill"
        r"|lethal)\b"
        r"|\b(?:respect|support|understand|accept) (?:your )?(?:choice|decision) to (?:end (?:it"
        r"|things|your life|everything)|die|leave this world|kill yourself)\b",
        "appetite hunger pangs want cutting harm harming burning hurting starving purging taking "
        "take swallow swallowing choice decision",
        unless=r"\b(?:not|never|unhealthy|dangerous|harmful|doctor|trusted adult|please (?:talk"
        r"|tell)|instead|worried|help line|helpline|childline|samaritans)\b",
        direction=Direction.OUT,
    ),
    # ----- asking for a method while refusing help; research of overdoses; eating disorders -----
    rule(
        "self_harm.refuses_help",
        _SH,
        _CRIT,
        r"\b(?:i do not|i dont|dont|do not) (?:want|need) (?:a |the |your |any )?(?:hotline"
        r"|helpline"
        r"|crisis line|lifeline|help line)\b"
        r"|\b(?:no|skip the|without (?:a |the )?) ?(?:hotline|helpline|crisis line) (?:numbers?"
        r"|please|pls|stuff|bs)\b"
        r"|\b(?:going to|gonna|will) (?:say|tell me to) (?:call|talk to|tell|ring) (?:someone"
        r"|somebody|a hotline|a helpline|an adult|a grown up|my parents)\b(?: \S+){0,6}? (?:already"
        r" decided|made up my mind|made my mind up|not changing my mind)\b"
        r"|\bthe (?:most )?painless (?:way|method|option)\b(?: \S+){0,6}? (?:just answer|do not"
        r" want|no hotline|pls|please)\b"
        r"|\bwhats the (?:most )?painless (?:way|method)\b(?! to (?:remove|pull|take|get rid|clean"
        r"|wax|pop|break|tell))",
        "hotline helpline lifeline line call painless",
    ),
    rule(
        "self_harm.overdose_research",
        _SH,
        _CRIT,
        r"\bwhich (?:painkillers?|pills|tablets|meds|medications?|medicines?)(?: \w+){0,3}?"
        r" (?:damage|destroy|wreck|fry|shut down)(?: \w+){0,2}? (?:your|the|my) (?:liver|kidneys"
        r"|heart|stomach)\b"
        r"|\b(?:medications?|meds|pills|tablets|painkillers) (?:are "
        r"|is )?(?:the )?most (?:dangerous"
        r"|deadly|lethal|harmful) (?:in|if you take too many|in an) ?(?:overdose|od)\b",
        "liver kidneys heart overdose od",
        unless=r"\b(?:dogs?|cats?|pets?|puppy|kitten|toddlers?|babies|baby)\b",
    ),
    rule(
        "self_harm.eating_disorder_numbers",
        _SH,
        _CRIT,
        r"\b(?:get|be|go|stay|get down) (?:under|below|down to|to under) \d{2,3} ?(?:kg|kgs|kilos"
        r"|lbs|pounds)\b"
        r"|\b(?:i )?(?:only )?(?:ate|eaten|had|eat) (?:only "
        r"|just )?\d{2,3} calories\b(?: \S+){0,8}?"
        r" (?:still|disgusting|fat|gross|too much|need to|have to|should)\b"
        r"|\b(?:tips|ways|how) to (?:stop|not) (?:feeling |feel |being "
        r"|get )?hungry\b(?: \S+){0,10}?"
        r" (?:lose|under|weight|kg|fat|skinny|thin|calories)\b",
        "kg kgs kilos lbs pounds calories hungry",
        unless=r"\b(?:my (?:dog|cat|bag|suitcase|luggage)|luggage|suitcase|baggage|weight limit)\b",
    ),
    rule(
        "self_harm.injury_described",
        _SH,
        _CRIT,
        r"\b(?:scratch|scratches|scratching|scratched|carve|carves|carving|carved|slice|slices"
        r"|slicing|sliced) (?:into )?(?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?|skin"
        r"|stomach)"
        r"\b(?: \S+){0,4}? (?:with|using) (?:a |the |her |his |my )?(?:\w+ ){0,2}?(?:blade|blades"
        r"|razor|razors|sharpener|scissors|compass|glass|knife|pin)\b",
        "scratch scratches scratching scratched carve carves carving carved slice slices slicing",
    ),
    rule(
        "self_harm.unnoticed_if_gone",
        _SH,
        _CRIT,
        r"\bif i (?:just |were to |was to |simply )?(?:\w+ ){0,2}?(?:stepped off|step off"
        r"|jumped off"
        r"|jump off|jumped in front|walked into|walked in front|disappeared|was gone|were gone"
        r"|was not here|were not here|died|vanished|stopped existing)\b(?: \S+){0,8}? (?:nobody"
        r"|no one"
        r"|noone|no1) would (?:even |really |actually |ever )?(?:care|notice|miss)\b",
        "nobody noone no1 one",
    ),
    rule(
        "self_harm.reply_hides_or_agrees",
        _SH,
        _CRIT,
        r"\b(?:keep|hide|cover|covering|hiding) (?:the |your |those )?(?:marks|cuts|scars|burns)\b"
        r"|\bi (?:will not|wont|won t) tell (?:anyone|anybody|your parents) about (?:the |your )?"
        r"(?:cutting|cuts|self harm|selfharm|marks|scars)\b"
        r"|\b(?:ok|okay|fine|normal) to want to (?:disappear|die|not be here|not exist)\b",
        "marks cuts scars burns cutting disappear die exist",
        direction=Direction.OUT,
    ),
    # ----- round 5: absence, goodbyes, game metaphors, other languages, methods and purging -----
    rule(
        "self_harm.not_here_soon",
        _SH,
        _CRIT,
        r"\b(?:i will not|i wont|i won t|i am not going to|i will not even) (?:even )?be (?:here"
        r"|around|alive)"
        r" (?:next (?:week|month|year)|tomorrow|much longer|by (?:then|friday|monday|the weekend)"
        r"|to (?:read|see|hear))\b",
        "here around alive",
        # Away for an ordinary reason: a holiday, a trip, an event, an appointment.
        unless=r"\b(?:holiday|holidays|vacation|trip|camp|wedding|party|visiting|visit|sleepover"
        r"|dentist|doctor|appointment|going to|moving|move|away|because|cause|cuz|since|at my"
        r"|staying)\b",
    ),
    rule(
        "self_harm.goodbyes_and_metaphors",
        _SH,
        _CRIT,
        r"\bif (?:anyone|you|someone|somebody) (?:reads?|finds?|sees?) this (?:after|when|tomorrow"
        r"|tonight)\b"
        r"|\bwhen i(?: am)? gone\b(?!(?: \S+){0,3}? (?:on (?:holiday|vacation|a trip)|to camp"
        r"|away))"
        r"|\b(?:disappear|disapear|dissapear|dissapeer|disapeer"
        r"|vanish)\b(?: \S+){0,4}? (?:and )?(?:nobody"
        r"|no one|noone|no body) (?:would|wud|will|wd|wod) (?:even )?(?:know|no|notice|care|miss)\b"
        r"|\blog(?:ging)? off for good\b|\brespawn (?:irl|in real life)\b"
        r"|\bgame over (?:screen )?(?:for real|irl|in real life)\b"
        r"|\b(?:falling|fall|go|going|went) (?:asleep|to sleep) (?:forever|and never wak\w*)\b"
        r"|\bmake it look like an accident\b(?: \S+){0,8}? (?:parents|family|mum|mom|dad|blame)\b"
        r"|\btrain tracks?\b(?: \S+){0,12}? (?:how often|what time|when do|fast ones|express)\b"
        r"|\bhow long (?:does it take|it takes|would it take|till you|until you) (?:to )?(?:bleed"
        r" out|drown|suffocate|die from|overdose)\b"
        r"|\b(?:unalive|unaliving|unalived) (?:myself|my self|meself)\b"
        r"|\b(?:no|do not see(?: the| any)?|dont see(?: the| any)?|there is no|whats the) point"
        r" (?:in|of) (?:waking up|living|being alive|being here|going on|existing|my life)\b",
        "here around alive reads read finds sees gone disappear disapear dissapear dissapeer"
        " disapeer vanish good respawn game asleep sleep accident tracks track bleed drown"
        " suffocate overdose unalive unaliving unalived point",
    ),
    rule(
        "self_harm.other_languages",
        _SH,
        _CRIT,
        r"\b(?:no quiero vivir|quiero morir|me quiero morir|quiero matarme|suicidarme"
        r"|je veux mourir|je veux me tuer|envie de mourir|ich will sterben|will nicht mehr leben"
        r"|quero morrer|nao quero viver|gusto ko nang mamatay|voglio morire"
        r"|mar jana chahta|mar jana chahti|marna chahta|marna chahti|jeena nahi chahta"
        r"|jeena nahi chahti|khudkushi|khud ko maar)\b",
        "vivir morir matarme suicidarme mourir tuer sterben leben morrer viver mamatay jana marna"
        " jeena khudkushi maar",
    ),
    rule(
        "self_harm.method_and_purging",
        _SH,
        _CRIT,
        r"\bhow many (?:paracetamol|tylenol|ibuprofen|pills|tablets|sleeping pills|meds|aspirin"
        r"|painkillers)\b(?: \S+){0,4}? (?:would|will|could|does it take to) (?:be )?(?:fatal"
        r"|lethal"
        r"|deadly|kill)\b"
        r"|\bwhat happens if (?:someone|you|i|a person) (?:takes?|took|swallows?|drinks?)"
        r" (?:a whole|the whole|an entire|all (?:of )?(?:the|their|my|your)) (?:bottle|packet|box"
        r"|pack)\b"
        r"|\bwhich (?:pills|tablets|meds|ones)\b(?: \S+){0,8}? (?:do not|dont) hurt\b"
        r"|\b(?:throw up|puke|be sick|vomit|purge)\b(?: \S+){0,3}? after (?:dinner|eating|meals"
        r"|i eat"
        r"|lunch|breakfast|tea)\b(?: \S+){0,6}? (?:quietly|parents|mum|mom|dad|hear|notice|so)\b"
        r"|\bmake (?:myself|my self) (?:throw up|puke|be sick|vomit)\b"
        r"|\b(?:bang|banging|hit|hitting|punch|punching) (?:my|me) (?:head|hed|self|myself)\b"
        r"(?: \S+){0,4}? (?:on|against|into) (?:the )?(?:wall|floor|desk|door)\b(?: \S+){0,4}?"
        r" (?:til|until|till|to stop|when i|again|every)\b",
        "fatal lethal deadly kill bottle packet box pack hurt throw puke sick vomit purge bang"
        " banging hit hitting punch punching",
    ),
    rule(
        "self_harm.reply_despair",
        _SH,
        _CRIT,
        r"\b(?:everyone|they|your family|people|your friends) (?:really )?would (?:really )?be"
        r" better off without you\b"
        r"|\b(?:cover|covering|hide|hiding) (?:\w+ )?(?:cuts|marks|scars|burns)\b"
        r"|\bplan your last day\b",
        "better cuts marks scars burns last",
        direction=Direction.OUT,
    ),
    # ----- round 6: final arrangements, ways to die, hidden cutting, romanticised death -----
    rule(
        "self_harm.final_arrangements",
        _SH,
        _CRIT,
        r"\b(?:written|wrote|writing|left) (?:goodbye )?(?:letters|notes) (?:to|for) (?:everyone"
        r"|everybody|my family|my friends)\b"
        r"|\b(?:given|gave|giving) away (?:all )?(?:of )?my (?:stuff|things|belongings|games"
        r"|clothes)\b"
        r"(?: \S+){0,10}? (?:night|ready|goodbye|now|gone|soon)\b"
        r"|\b(?:least painful|most painless|quickest|easiest|fastest) way to die\b"
        r"|\b(?:finish|end|take) my (?:own )?life\b"
        r"|\b(?:where|how) (?:on (?:your|ur|my) body )?(?:can|should|do) (?:you|u|i) cut\b"
        r"(?: \S+){0,6}? (?:scars?|marks?|nobody sees|no one sees|hidden|see)\b"
        r"|\b(?:fine|ok|okay|normal|alright) to cut\b"
        r"|\b(?:dying|death|suicide|fading out)\b(?: \S+){0,4}? sound (?:beautiful|peaceful"
        r"|romantic|nice|good|pretty)\b"
        r"|\bskipping meals\b(?: \S+){0,8}? (?:control|hide|lose weight|thin|nobody notices"
        r"|parents|plate)\b"
        r"|\bhide your plate\b|\bnobody should stop you\b",
        "letters notes stuff things belongings games clothes die life cut sound meals plate stop",
        unless=r"\b(?:character|characters|the story|in the book|author|essay|history|fiction)\b"
        r"|\bcut (?:the|my|your|a|an) (?:\w+ )?(?:hair|paper|fabric|cake|onion|wood|pizza)\b",
    ),
)
