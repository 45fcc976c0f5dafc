"""Grooming signals in either direction, a child reporting them, and replies posing as human.

Secrecy, image requests, probing for age, home or school, moving to another app, meeting up,
gifts, flattery and isolation; replies that claim to be a person or ask for personal details.
"""

from __future__ import annotations

from app.safety.detectors.rules import PhraseRule, rule, words
from app.safety.verdict import Category, Direction, Severity

_G = Category.GROOMING
_CRIT = Severity.CRITICAL
_LOW = Severity.LOW
_OUT = Direction.OUT
_IN = Direction.IN

_PARENTS = words(
    "mom",
    "moms",
    "dad",
    "dads",
    "parents",
    "parent",
    "family",
    "teacher",
    "teachers",
    "grown ups",
    "grownups",
    "grown up",
    "adults",
    "folks",
    "guardian",
    "mother",
    "father",
    "stepmom",
    "stepdad",
    "grandma",
    "grandpa",
    "nan",
)
_NEG_TELL = (
    r"(?:do not|never|no need to|you do not have to|you do not need to|not to|to not|never to"
    r"|i should not|i can not|you should not|you can not|better not|will not)"
)
_PICTURE = words(
    "picture",
    "pictures",
    "photo",
    "photos",
    "selfie",
    "selfies",
    "video",
    "videos",
    "snap",
    "snaps",
    "nudes",
    "pic",
    "pics",
    "image",
    "images",
)
_CLOTHING_STATE = (
    r"(?:in (?:your|ur|a|my|the) (?:bathing suit|swimsuit|swim suit|bikini|underwear|pajamas"
    r"|pyjamas"
    r"|pjs|bed|shower|bath|towel|undies|bra|room)|without (?:your |ur |a |my |any )?(?:shirt"
    r"|clothes"
    r"|top|pants|bra|clothing)|with no (?:shirt|clothes|top)|naked|in bed|of your body|of ur body)"
)
_APPS = words(
    "snap",
    "snapchat",
    "kik",
    "discord",
    "whatsapp",
    "telegram",
    "insta",
    "instagram",
    "skype",
    "facetime",
    "signal",
    "wechat",
    "omegle",
    "private chat",
    "dms",
    "dm",
    "text",
    "my phone",
    "line",
    "viber",
    "messenger",
)
_GIFTS = words(
    "robux",
    "vbucks",
    "v bucks",
    "gift card",
    "gift cards",
    "giftcard",
    "money",
    "cash",
    "skins",
    "skin",
    "battle pass",
    "nitro",
    "coins",
    "gems",
    "credits",
    "dollars",
    "pounds",
    "presents",
    "a present",
    "a phone",
    "an iphone",
    "a new phone",
)
_STRANGER = (
    r"\b(?:guy|man|men|stranger|adult|older|grown up|someone|somebody|person|boy|girl|lady|woman"
    r"|online|roblox|fortnite|discord|snap|snapchat|tiktok|instagram|insta|minecraft|game|kik"
    r"|whatsapp|boyfriend|girlfriend|player|gamer|he|she|they)\b"
)

RULES: tuple[PhraseRule, ...] = (
    # Secrecy
    rule(
        "grooming.secrecy",
        _G,
        _CRIT,
        rf"\b{_NEG_TELL} (?:\w+ )?tell (?:your|you r) (?:\w+ )?{_PARENTS}\b"
        rf"|\b{_NEG_TELL} (?:\w+ )?tell (?:anyone|anybody|no one|nobody|your friends)"
        r"(?: \w+){0,2}"
        rf"?"
        r" (?:about (?:us|this|our|me|what we|it)|we (?:talk|talked|chat|chatted|are|met)|what we"
        r"|i (?:said|asked|sent))\b"
        r"|\bour (?:little |special |own |big )?secret\b"
        r"|\bsecret (?:boyfriend|girlfriend|friend|relationship|friendship)\b"
        r"|\b(?:keep|keeping|kept) (?:this|it|that|us|our \w+|these \w+|what we \w+|everything)"
        r"(?: \w+){0,1}? (?:a )?(?:secret|between (?:us|you and me|me and you)|private|to yourself"
        r"|from (?:your|ur) \w+)\b"
        r"|\bjust between (?:us|you and me|me and you|the two of us)\b"
        r"|\b(?:nobody|no one|noone) (?:needs|has|have|need) to know\b"
        r"|\bi will not tell if you (?:will not|do not)\b"
        rf"|\b(?:your|ur) {_PARENTS} (?:do not|does not|will not|never|would not) (?:need|have|has"
        r"|needs|ever need) to (?:know|find out)\b"
        rf"|\b{_PARENTS}(?: \w+)? (?:would not|will not|do not|does not|never|can not) (?:understa"
        rf"nd"
        r"|get it|get you|get us)\b"
        r"|\bdelete (?:our|these|all our|all these|all of our) (?:chats?|messages|msgs|convo"
        r"|conversations?|texts|dms|history|pictures|photos|pics)\b"
        r"|\bdelete (?:this|the|these|our) (?:chats?|messages|msgs|convo|conversations?|texts|dms)"
        r" (?:after|afterwards|when you|once you|right after|later)\b"
        r"|\bdelete (?:this|the|your|my) (?:chats?|messages|msgs|convo|conversations?|texts|dms"
        r"|history)\b(?: \w+){0,2}? so (?:nobody|no one|your|my|they|he|she|mom|dad|parents)\b"
        r"|\b(?:told|tells|asked|wants|said|says|made) (?:me )?(?:to )?(?:keep|keeping) (?:it"
        r"|this|that"
        r"|\w+ \w+|\w+"
        r"|us|our \w+|everything|things|what we \w+|what happened|what he did|what she did"
        r"|what they did)(?: \w+){0,1}? (?:a )?(?:secret|between us|private"
        rf"|from (?:my|mom|dad|parents))\b|\b(?:said|told me|asked me|says|tells me) {_NEG_TELL}"
        r" (?:\w+ )?tell (?:my|anyone|anybody|nobody|no one)\b",
        "after afterwards later tell secret keep keeping kept between know delete understand",
        unless=r"\b(?:surprise|party|birthday present|christmas present|present for|gift for"
        r"|diary|for (?:her|his|my|their|mums|moms|dads) birthday|for christmas|for mothers day"
        r"|for fathers day)\b|\bnot (?:able to |going to |allowed to )?be (?:your|a) secret\b"
        r"|\b(?:password|passwords|personal information|personal info|address|where you live"
        r"|phone number|pin)\b(?!.{0,40}\b(?:tell|show|send) me\b)"
        r"|\beven if (?:she|he|they|someone|your friend|a friend|anyone) (?:asked|asks|told|tells"
        r"|begged|begs|made) you (?:to )?(?:keep|promise)\b"
        r"|\b(?:club|clubs|den|dens|fort|treehouse|handshake|hideout)\b"
        r"|\bif (?:anyone|someone|somebody|an adult|a grown up|a grownup)\b(?: \S+){0,10}?"
        r" (?:asks|tells|wants) you to keep\b",
    ),
    rule(
        "grooming.private_talk",
        _G,
        _CRIT,
        r"\b(?:talk|chat|talking|chatting|message|meet|speak) (?:\w+ )?privately\b"
        r"|\b(?:do not|no) need to (?:ask|tell|check with) (?:your|ur) (?:parents|mom|dad|mum"
        r"|family|teacher)\b",
        "privately need",
        unless=r"\bhoot\b",
    ),
    rule(
        "grooming.in_person",
        _G,
        _CRIT,
        r"\bsneak out\b(?: \w+){0,3}? (?:meet|see|visit|come|hang out)\b"
        r"|\b(?:look|be|are) (?:even )?(?:better|cuter|prettier|hotter|more beautiful) in (?:person"
        r"|real life)\b|\b(?:friends|meet|see you|hang out) in real life\b"
        r"|\b(?:nobody|no one|noone) (?:will|would|is going to) (?:know|find out|notice|see)"
        r"(?: \w+){0,2}? (?:about us|about this|if you|what we|that we|we|you)\b",
        "sneak better cuter prettier hotter beautiful real nobody no noone",
        unless=r"\bhoot\b|\b(?:never|do not|should not) sneak\b",
    ),
    rule(
        "grooming.tell_no_one",
        _G,
        _LOW,
        r"\b(?:do not|never) tell (?:anyone|anybody)\b|\bbetween you and me\b|\bcan you keep "
        r"a secret\b",
        "anyone anybody between secret",
        points=1,
    ),
    rule(
        "grooming.classic_lines",
        _G,
        _CRIT,
        r"\bage is (?:just|only) a number\b|\bsecret (?:game|club|chat|place)\b"
        rf"|\b(?:do|does) (?:your|ur) {_PARENTS} know (?:you|u|about|that you|what you|we)\b"
        rf"|\b(?:your|ur) {_PARENTS} (?:can not|will not|do not|does not|would not) (?:see"
        rf"|know|find"
        r" out|read|check|hear)\b"
        r"|\b(?:where|so) (?:no one|nobody|noone) (?:else )?(?:can|will|could) (?:see|find"
        r"|know|hear"
        r"|read) (?:us|you|it|what|we)\b"
        r"|\b(?:asked|told|wanted|tried to get|wants|want) me to (?:come|go|get)(?: \w+){0,2}? "
        r"(?:his"
        r"|her|their) (?:car|van|house|home|place|room|truck|flat|apartment)\b"
        r"|\bget in (?:his|her|their|my|a) (?:car|van|truck)\b"
        r"|\b(?:sent|sends|showed|shows|send) me (?:a |some )?(?:\w+ )?(?:picture|pic|photo|video"
        r"|pictures|pics|photos|videos|selfie|selfies) of (?:himself|herself|themselves|his (?:body"
        r"|private|privates|thing|penis|dick|chest|willy))\b"
        rf"|\b(?:do not|never) let (?:your|ur) {_PARENTS} (?:see|know|find out|read|hear|check)\b"
        r"|\b(?:turn off|disable|hide|switch off|delete) (?:your|ur) (?:location|gps|parental"
        r" controls?|tracking|find my \w+|screen time)\b"
        r"|\bif (?:you|u) (?:send|show) me (?:\w+ ){0,2}?(?:picture|pictures|photo|photos|pic|pics"
        r"|selfie|selfies|video|videos|nudes|your body)\b"
        r"|\b(?:can|could|may) i (?:see|have|get) (?:a |some |another )?(?:picture|pic|photo|selfie"
        r"|video|pics|pictures|photos)s? of (?:you|yourself|u|your face|your body)\b"
        r"|\bsend (?:a |some |me a |me some |me )?(?:pic|pics|picture|pictures|photo|photos|selfie"
        r"|selfies) ?(?:please|pls|now|plz|then|first|back|of you)? $"
        r"|\bso i can see (?:you|what you look like|your face|your body|u)\b"
        r"|\bsend (?:me|us) (?:a |an )?(?:pic|picture|photo|selfie|snap|video)\b"
        r"(?! (?:of|about|with|from) (?:a|an|the|my|some|his|her|their|this|that|dogs?|cats?"
        r"|animals?|space|dinosaurs?)\b)"
        r"|\bi am (?:\d{2}|sixteen|seventeen|eighteen|nineteen|twenty|older) and (?:you are|your)"
        r" (?:\d{1,2}|only \w+|younger|\w+ years old)\b"
        r"|\b(?:make sure|check) (?:your|ur) (?:door|bedroom door) is (?:locked|closed|shut)\b"
        r"|\b(?:lock|close|shut) (?:your|ur) (?:door|bedroom door)\b(?=.{0,60}\b(?:video|call|cam"
        r"|camera|pic|picture|photo|show|talk)\b)"
        r"|\b(?:hurt|tell|share|post|show|send)(?: \w+){0,2} (?:my|your) (?:family|parents|mom|dad"
        r"|pics|pictures|photos|videos|secrets)\b(?=.{0,40}\bif (?:i|you) (?:told|tell|do "
        r"not|did not"
        r"|stop|say)\b)|\bif (?:i|you) (?:told|tell) (?:anyone|anybody|your \w+|my \w+)\b"
        r"(?=.{0,40}\b(?:hurt|share|post|kill|send|show)\b)",
        "age number secret know parents mom dad mum see car van house home place room truck "
        "flat apartment himself herself themselves let location gps controls tracking screen "
        "pic pics picture pictures photo photos selfie selfies snap video 16 17 18 19 20 21 "
        "22 23 24 25 30 sixteen seventeen eighteen nineteen twenty older door lock close shut "
        "told",
        unless=r"\b(?:sleepover|playdate|play date|mom said|dad said|parents said|mum said)\b|"
        r"\b(?:drawing|painting|homework|cat|dog|kitten|puppy|pet|hamster|project|artwork"
        r"|lego|cake|surprise|party)\b",
    ),
    rule(
        "grooming.reported_stranger",
        _G,
        _CRIT,
        r"\b(?:if|when|while|once) (?:your|ur) (?:parents|mom|dad|mum|family) (?:are|is) (?:asleep"
        r"|sleeping|out|away|not home|not around|at work|gone|busy)\b"
        r"|\b(?:chat|talk|call|video|meet|come|facetime|message|text)\b(?: \w+){0,4}? (?:when|while"
        r"|after|once) my (?:parents|mom|dad|mum|family) (?:are|is|go|goes) (?:asleep|sleeping|out"
        r"|away|to bed|to sleep|at work|not home)\b"
        r"|\b(?:he|she|they) (?:said|says|told me)\b.{0,60}\b(?:can not|not allowed to|must not"
        r"|should not|do not) tell (?:anyone|anybody|my \w+)\b"
        r"|\b(?:asked|asks|asking|wants|wanted|keeps asking|kept asking)(?: me)?(?: for)? (?:my"
        r"|where i)"
        r" (?:address|phone number|number|school|full name|last name|location|live|password|home)\b"
        r"|\b(?:asking|asked|asks|ask|wants to know|wanted to know|keeps asking)(?: me)?"
        r" (?:what i am wearing|what i look like|if i am (?:home )?alone|if my parents are (?:home"
        r"|out|asleep|around)|how old i am|what school i go to|where i go to school)\b"
        r"(?!.{0,30}\b(?:party|school trip|for (?:the|my) \w+))"
        r"|\b(?:wants|wanted|asked|asking|keeps asking|said he wants|said she wants|says he"
        r" wants|says she wants) (?:me )?to (?:meet|meet up|see me|come over|visit)\b"
        r"|\b(?:they|he|she) (?:\w+ )?(?:want|wants|wanted) (?:me )?to (?:meet|meet up|see me|come"
        r" over|visit)\b|\bwant me to (?:meet|come over|visit)\b"
        r"|\b(?:adult|grown up|older|man|guy|stranger|person|lady|woman)(?: \w+){0,3}? (?:want"
        r"|wants|wanted) (?:me )?to (?:meet|meet up|see me|come over|visit)\b"
        r"|\b(?:said|says|told me|keeps saying|kept saying) (?:that )?(?:he|she|they) (?:loves|love"
        r"|likes|like|wants|want) me\b"
        r"|\b(?:saying|says|said|calls me|called me|told me) (?:that )?(?:i am|im|i m) (?:so "
        r"|really"
        r" |very )?(?:hot|sexy|pretty|cute|beautiful|gorgeous|mature)\b"
        r"|\b(?:\d{2}|twenty|thirty|forty|fifty|older|grown up|adult)(?: year old)? (?:guy|man|men"
        r"|woman|lady|adult|dude|boy|stranger)\b(?: \w+){0,4}? (?:keeps |kept )?(?:dm|dms|dming"
        r"|messaging|texting|snapping|messages|texts|asking|asks|wants|sends|sending|calls"
        r"|calling)\b",
        "asked asks asking ask wants wanted meet visit loves hot sexy pretty cute beautiful "
        "gorgeous mature guy man men woman lady adult dude boy stranger address know wearing "
        "alone asleep sleeping bed work away tell",
        unless=r"\b(?:dentist|doctor|nurse|librarian|principal|receptionist|optician|hairdresser"
        r"|teacher|coach said (?:to|i) (?:meet|come)|my (?:mom|dad|parents|grandma"
        r"|grandpa|aunt|uncle|cousin)(?: \w+)? (?:asked|wants|said)|if (?:a |someone|somebody"
        r"|anyone|stranger))\b"
        r"|\b(?:i|so i) (?:blocked|reported) (?:him|her|them)\b.{0,40}\btold my (?:mum|mom|dad"
        r"|parents|teacher)\b"
        r"|\bmy (?:best |school |close |new )?(?:friend|friends|bff|bestie|best friend|classmate"
        r"|classmates|mate|mates|neighbour|neighbor)(?: from (?:school|class|football|church|next"
        r" door|down the road|my class|swimming|dance|cubs|scouts|brownies))? (?:\w+ )?(?:wants"
        r"|asked|said|wanted)\b",
        direction=None,
    ),
    rule(
        "grooming.abuse_disclosed",
        _G,
        _CRIT,
        r"\b(?:touches|touched|touching|touch|feels|felt|grabs|grabbed) (?:me|my) (?:in|on|down"
        r" there|places|private|privates|private parts|body|bum|butt|chest|boobs|bottom|willy"
        r"|there)\b"
        r"|\b(?:comes|came|sneaks|sneaked) into my (?:room|bed|bedroom|bath|shower) (?:at night"
        r"|when|and)\b"
        r"|\b(?:made|makes|forced|forces|told) me (?:to )?(?:take (?:off )?my clothes(?: off)?"
        r"|touch"
        r" (?:him|her|his|it)|get naked|undress|sit on his lap|keep (?:it|this) (?:a )?secret)\b"
        r"|\bsays? (?:it is|its|it s) (?:a|our) (?:secret|special secret|game)\b",
        "touches touched touching touch feels felt grabs grabbed comes came sneaks sneaked made"
        " makes forced forces told says said",
        unless=r"\b(?:doctor|nurse|if (?:someone|anyone|a stranger)|what should i do if)\b"
        r"|\btouch (?:my|me) (?:heart|hand|shoulder)\b",
        direction=_IN,
    ),
    rule(
        "grooming.sextortion",
        _G,
        _CRIT,
        r"\b(?:or|unless|if you do not|if you dont|if i do not)\b(?: \w+){0,6}? (?:post|show"
        r"|leak|share"
        r"|send|spread|expose) (?:\w+ ){0,3}?(?:pics|pictures|photos|nudes|videos|the ones)\b"
        r"|\b(?:post|show|leak|share|send|spread|expose)(?: \w+){0,3}? (?:my|your|ur|her|his)"
        r" (?:pics|pictures|photos|nudes|videos)\b(?: \w+){0,3}? (?:unless|if|or)\b"
        r"|\b(?:send|give) (?:me )?more (?:pics|pictures|photos|nudes|videos|selfies)\b",
        "or unless if post show leak share send spread expose give more",
    ),
    # Pictures and bodies
    rule(
        "grooming.image_request",
        _G,
        _CRIT,
        rf"\bsend (?:me|us|him|her) (?:a |some |more |another |any |ur |your |cute |hot |sexy )?"
        rf"(?:\w+ )?{_PICTURE}\b(?: \w+){{0,1}}? (?:of (?:you|yourself|your self|your|ur|u"
        rf"|urself)\b"
        rf"|{_CLOTHING_STATE})"
        r"|\bsend (?:me|us|him) (?:a |some |your |ur )?(?:selfie|selfies|nudes)\b"
        r"|\b(?:what are you|what you|what r you|what are u|what your|what you are) wearing\b"
        r"|\bshow me (?:your|ur|you r) (?:body|chest|boobs|feet|legs|butt|bum|private|privates"
        r"|belly"
        r"|tummy|bedroom|self|underwear)\b|\bshow me yourself\b"
        r"|\b(?:take|taking|took) off (?:your|ur|you r|my|her|his) (?:clothes|shirt|top|pants|dress"
        r"|bra|underwear|pajamas|pyjamas|trousers|jeans|skirt|socks)\b"
        r"|\b(?:take|taking|took|get|getting) (?:your|ur|you r|my) (?:clothes|shirt|top|pants|dress"
        r"|bra|underwear|pajamas|pyjamas|trousers|jeans|skirt) off\b"
        r"|\b(?:turn on|switch on|put on|open) (?:your|ur) (?:camera|cam|webcam)\b"
        r"|\bvideo (?:call|chat)\b(?: \w+){0,4}? (?:alone|secret|just us|just you|in your room"
        r"|in your bed|without)\b"
        rf"|\b{_PICTURE} of me (?:in (?:my |your |a )?(?:underwear|pajamas|pyjamas|pjs|bed|bath"
        r"|shower|swimsuit|bathing suit|bikini|towel|bra|undies)|without|naked|with no)\b",
        "picture pictures photo photos selfie selfies video videos snap snaps nudes pic pics "
        "image images wearing clothes shirt top pants dress bra underwear pajamas pyjamas "
        "trousers jeans skirt socks panties knickers body chest boobs feet legs butt bum private "
        "privates belly tummy bedroom self underwear penis dick thing parts camera cam webcam "
        "yourself video",
        unless=r"\b(?:drawing|painting|homework|cat|dog|kitten|puppy|pet|hamster|project|artwork"
        r"|lego|cake)\b(?!.{0,30}\b(?:of you|yourself)\b)",
    ),
    rule(
        "grooming.reported_request",
        _G,
        _CRIT,
        r"\b(?:asking|asked|asks|ask|begging|begged|wants|wanted|keeps asking|kept asking|told"
        r"|tells"
        r"|making|made|pressuring|forcing|trying to get)(?: me)?(?: to| for| if i could| if i would"
        rf"| if i can)?(?: \w+){{0,2}}? (?:send|show|take|give)(?: him| her| them)?(?: \w+){{0,2}}?"
        rf" (?:{_PICTURE}|my body|my clothes off|off my clothes|naked)\b"
        rf"|\b(?:asking|asked|asks|ask|begging|wants|wanted|keeps asking|kept asking) (?:me )?for"
        rf" (?:\w+ ){{0,2}}?{_PICTURE}\b"
        rf"|\b{_PICTURE} of me\b(?: \w+){{0,3}}? (?:he|she|they|him|her) (?:wants|asked|asks|said)",
        "picture pictures photo photos selfie selfies video videos snap snaps nudes pic pics "
        "image images body chest boobs feet legs butt bum private privates belly tummy bedroom "
        "self underwear penis dick thing parts naked clothes shirt top pants dress bra underwear "
        "pajamas pyjamas trousers jeans skirt socks panties knickers",
        unless=r"\b(?:teacher|mom|dad|grandma|grandpa|yearbook|school photo|passport|drawing"
        r"|homework|project)\b|\bif (?:a |an |some )?(?:someone|somebody|anyone|stranger|person"
        r"|people|adult|guy|man|player)\b",
        direction=_IN,
    ),
    # Probing for where the child is and who is around
    rule(
        "grooming.probing_alone",
        _G,
        _CRIT,
        r"\b(?:are|r) (?:you|u) (?:home alone|alone|by yourself|all alone|alone at home|alone "
        r"right now"
        r"|alone rn)\b"
        rf"|\b(?:are|is) (?:your|ur) {_PARENTS} (?:home|around|there|asleep|sleeping|out|away|gone"
        r"|at work|awake|watching|nearby|in the room|with you)\b"
        rf"|\bwhen (?:do|are|will|does|is) (?:your|ur) {_PARENTS}(?: \w+)? (?:go out|leave|out|away"
        r"|asleep|go to sleep|at work|go to work|go to bed|gone|not home)\b"
        r"|\bis (?:anyone|anybody) (?:else )?(?:home|with you|around|watching)\b"
        rf"|\b(?:do|does|will|would) (?:your|ur) {_PARENTS} (?:check|read|look at|see|monitor|know"
        r" about|go through|find out about|ever check) (?:your|ur|our|this|what)\b"
        rf"|\bwhat time (?:do|does|will|is) (?:your|ur) {_PARENTS} (?:get home|come home|leave"
        rf"|go out"
        r"|go to sleep|go to bed|get back|go to work|back)\b"
        rf"|\b(?:your|ur) {_PARENTS} (?:will not|would not|never|will never|do not have to|does not"
        r" have to|need not) (?:find out|know|notice|see|have to know)\b"
        r"|\b(?:are|r) (?:you|u) wearing\b|\bwhat (?:color|colour) (?:is|are) (?:your|ur)"
        r" (?:underwear|bra|panties|pajamas|pyjamas)\b"
        r"|\bdo (?:you|u) have (?:a )?(?:webcam|cam|camera on your (?:computer|laptop))\b"
        r"|\bif i (?:am|was|were) (?:home )?alone\b|\balone at home\b(?=.{0,40}\b(?:asked|asks"
        r"|wants|said|told)\b)|\b(?:asked|asks|asking|wanted to know) (?:me )?(?:if|whether) "
        r"(?:i|my)"
        r" (?:\w+ ){0,2}(?:alone|home alone|parents (?:are|were) (?:home|out|away))\b"
        r"|\b(?:a|some|this) (?:\w+ )?(?:guy|man|stranger|person|someone|adult)(?: \w+){0,6}?"
        r" (?:asked|asks|asking) (?:me )?(?:where i live|if i am (?:home )?alone|what school"
        r"|my address|for my address|what i am wearing|how old i am|for my number)",
        "alone yourself home around there asleep sleeping out away gone work awake watching "
        "nearby room with leave bed asked asks asking check read look see monitor know go "
        "find time wearing color colour webcam cam camera notice anyone anybody underwear "
        "bra panties pajamas pyjamas mom moms dad dads parents parent family grown grownups "
        "adults folks guardian mother father stepmom stepdad grandma grandpa nan",
        unless=r"\b(?:i|so i) (?:blocked|reported) (?:him|her|them)\b.{0,40}\btold my (?:mum|mom"
        r"|dad"
        r"|parents|teacher)\b",
        direction=None,
    ),
    rule(
        "grooming.asks_personal_details",
        _G,
        _CRIT,
        r"\bwhere do (?:you|u) live\b|\bwhat (?:school|grade|class) (?:do|are) (?:you|u)"
        r" (?:go to|in|attend)\b|\b(?:which|what) school (?:do|are|is|did)\b|\bwhat is (?:your|ur)"
        r" (?:address|phone number|number|full name|last name|surname|password|email|home address"
        r"|postcode|zip code|school|school called|school name|real name|location)\b"
        r"|\b(?:tell|give|send|text) me (?:your|ur) (?:address|phone number|number|full name"
        r"|last name|surname|password|email|home address|location)\b",
        "live school grade class address number name surname password email postcode zip location",
        unless=r"\bhoot\b|\b(?:never|do not|should not) (?:\w+ ){0,3}(?:tell|share|give|ask)\b",
    ),
    rule(
        "grooming.mild_probing",
        _G,
        _LOW,
        r"\bi want to see (?:you|u)\b|\b(?:(?:do|does) )?(?:you|u) have (?:a |your own )?(?:phone"
        r"|cell|mobile)\b|\bwhere are (?:you|u) from\b|\bwhat do (?:you|u) look like\b",
        "see phone cell mobile from look",
        points=1,
        unless=r"\bhoot\b",
    ),
    rule(
        "grooming.contact_request",
        _G,
        _LOW,
        r"\b(?:text|call|dm|message|snap|facetime|ring) me\b(?! (?:a |an |the )?(?:story|joke|poem"
        r"|song|fact|captain|by|when|if|later hoot))",
        "text call dm message snap facetime ring",
        points=2,
        unless=r"\bhoot\b|\bcall me (?:captain|by|your|the|a|an|mr|miss|mrs|ms|dr|princess|king"
        r"|queen|sir|lady)\b",
    ),
    rule(
        "grooming.asks_age",
        _G,
        _LOW,
        r"\bhow old (?:are|r) (?:you|u)\b|\bwhat is (?:your|ur) age\b|\b(?:a\/s\/l|asl)\b",
        "old age asl",
        points=1,
        unless=r"\bhoot\b",
    ),
    rule(
        "grooming.flattery",
        _G,
        _LOW,
        r"\b(?:cutie|hottie|sexy|babe|baby girl|beautiful girl|pretty girl|gorgeous|sweetie"
        r"|sweetheart|hun|princess)\b"
        r"|\b(?:you are|your|you r|you seem|you look|you sound|you) (?:so |really |very |super )?"
        r"(?:pretty|cute|beautiful|hot|sexy"
        r"|gorgeous|special|mature|grown up)\b|\b(?:you can|u can) trust me\b"
        r"|\bspecial (?:friend|connection|bond)\b|\bi (?:love|like) (?:you|u) (?:so much|a lot)\b",
        "sweetie sweetheart hun princess cutie hottie sexy babe baby beautiful pretty gorgeous "
        "cute hot special mature grown "
        "trust love",
        points=1,
    ),
    rule(
        "grooming.relationship",
        _G,
        _LOW,
        r"\b(?:be|become) (?:my|your) (?:girlfriend|boyfriend|wife|husband|lover)\b"
        r"|\b(?:date|go out with) (?:me|you)\b|\bi (?:love|like) you\b",
        "girlfriend boyfriend wife husband lover date out love like",
        points=2,
        unless=r"\bhoot\b|\bmy (?:mom|dad|parents|family|grandma|grandpa)\b",
    ),
    rule(
        "grooming.isolation",
        _G,
        _CRIT,
        r"\b(?:mature|grown up|grownup|old) for (?:your|ur|a|an) (?:age|\d+|\w+ year old|\w+)\b"
        r"|\b(?:pretty|cute|beautiful|hot|sexy|gorgeous) for (?:a|an|your|ur) (?:\d+|\w+ year old"
        r"|age|\w+)\b"
        rf"|\btrust me more than (?:your|ur) {_PARENTS}\b"
        rf"|\b(?:understand|understands|get|gets|love|loves|care about|cares about) (?:you|u)"
        r" (?:like|better than|more than) "
        rf"(?:i do|me"
        rf"|your|ur|anyone)\b|\b(?:your|ur) {_PARENTS} (?:do not|does not|dont|never) (?:understand"
        r"|get|care about|love) (?:you|u)\b"
        r"|\b(?:run away|runaway) with (?:me|him|her)\b"
        r"|\b(?:deserve|need) someone (?:who|that) (?:gets|understands) (?:you|u)\b",
        "understands gets loves cares mature grown grownup old pretty cute beautiful hot sexy "
        "gorgeous trust understand get"
        " love care run runaway deserve need",
        unless=r"\b(?:how old do you have to be|old enough)\b",
    ),
    # Moving to another app
    rule(
        "grooming.move_platform",
        _G,
        _CRIT,
        rf"\b(?:add|follow|message|text|dm|msg|call|find|hit|snap|facetime) (?:me|him) (?:up "
        rf")?(?:on|at|in|over"
        rf" on|over) {_APPS}\b"
        rf"|\b(?:lets|let us|we can|we could|we should|we will|come|talk to me|chat with me|talk"
        rf" with me|move|switch)(?: \w+){{0,2}}? (?:on|to|over on|over to|in) {_APPS}\b"
        rf"(?!(?: \w+)? (?:with (?:my|your) (?:mom|dad|parents|family|class|team)))"
        r"|\bwhat is (?:your|ur) (?:snap|snapchat|kik|discord|whatsapp|insta|instagram|telegram"
        r"|number|phone number|cell|skype|phone)\b"
        r"|\b(?:somewhere|someplace|place|app) (?:more )?private\b|\bmore private\b"
        r"|\b(?:wants|asked|told|asks|keeps asking) me to (?:add|message|text|call|dm|talk to|chat"
        rf" with) (?:him|her|them)(?: \w+){{0,1}}? on {_APPS}\b",
        "snap snapchat kik discord whatsapp telegram insta instagram skype facetime signal "
        "wechat omegle private dms dm text phone line viber messenger",
        unless=r"\b(?:homework|school app|class dojo|google classroom)\b|\bmy (?:nan|nana|grandma"
        r"|granny|grandad|grandpa|mom|dad|aunt|auntie|uncle|cousin|sister|brother|teacher|family)"
        r"(?: \w+)? (?:wants|said|says|asked|will|is going to|likes|can)\b",
    ),
    # Meeting up
    rule(
        "grooming.meet_up",
        _G,
        _CRIT,
        r"\b(?:meet|meeting|meetup|hang out|come over|pick you up|pick u up|come to your|come to my"
        r"|come get|come and get|come pick|come see me"
        r"|visit you|see you in person)\b(?=.{0,80}?\b(?:alone|do not bring|without (?:your|ur)"
        r" (?:parents|mom|dad|mum)|just (?:you and me|me and you|us two|the two of us|us)|in person"
        r"|irl|in real life|do not tell|our secret|behind the school|not to tell|not tell|secret"
        r"|without telling|nobody (?:has|needs) to know|will not tell)\b)"
        r"|\b(?:come alone|just (?:you and me|me and you|the two of us)) (?:at|to|in|behind)\b"
        r"|\bmeet (?:me|up) (?:irl|in real life|in person|behind)\b",
        "meet meeting meetup hang come pick visit see alone",
        unless=r"\b(?:can not|cannot|not able to|unable to|never) (?:\w+ ){0,1}meet\b"
        r"|\b(?:my )?(?:parents|mom|dad) (?:are|is|will be) (?:coming|there|with me)\b|\bwith my"
        r" (?:parents|mom|dad|class|teacher|school)\b|\bschool (?:trip|exchange)\b",
    ),
    rule(
        "grooming.suggests_meeting",
        _G,
        _LOW,
        r"\b(?:lets|let us|we should|want to|can we|could we|we could|i could|i can) (?:\w+ "
        r")?(?:meet"
        r"|hang out|meet up)\b(?! (?:the|my|your|our|a|an) (?:new )?(?:puppy|dog|cat|kitten|baby"
        r"|grandma|grandpa|teacher|class|friends|family)\b)",
        "meet hang",
        points=1,
    ),
    # Gifts for favours
    rule(
        "grooming.gifts",
        _G,
        _CRIT,
        r"\b(?:i will|i can|i could|i would|will|he would|she would|they would|he will|she will"
        r"|said he would|said she would|i am going to|going to|let me) (?:\w+ )?(?:buy|give"
        r"|get|send"
        rf"|pay|gift)(?: you| u| me| ya)? (?:\w+ ){{0,2}}?{_GIFTS}\b(?=.{{0,60}}?\b(?:if|for|when"
        r"|as long as|in exchange|after you|after u|but)\b)",
        "robux vbucks bucks card cards giftcard money cash skins skin pass nitro coins gems "
        "credits dollars pounds presents present phone iphone",
        unless=r"\b(?:birthday|christmas|for my (?:mom|dad|friend|sister|brother)|allowance"
        r"|chores)\b",
    ),
    rule(
        "grooming.gift_for_favour",
        _G,
        _CRIT,
        rf"\b(?:offered|offers|offering|promised|promises|said he would give|said she would give"
        rf"|will give|would give|gives|gave)(?: me| you| u)? (?:\w+ ){{0,2}}?{_GIFTS}\b"
        rf"(?=.{{0,60}}?\b(?:{_PICTURE}|video call|call|meet|secret|send|show|alone|if|for)\b)"
        rf"|\b{_GIFTS}\b(?: \w+){{0,4}}? (?:if|for|to|in exchange for) (?:you |u |i )?(?:send"
        rf"|show|take"
        rf"|video call|call|meet|keep)\b",
        "robux vbucks bucks card cards giftcard money cash skins skin pass nitro coins gems "
        "credits dollars pounds presents present phone iphone",
        unless=r"\b(?:birthday|christmas|for my (?:mom|dad|friend|sister|brother)|allowance|chores"
        r"|tooth fairy)\b",
    ),
    rule(
        "grooming.platform_question",
        _G,
        _CRIT,
        r"\b(?:do|does) (?:you|u) (?:have|use|got) (?:a |an )?(?:snap|snapchat|kik|discord|whatsapp"
        r"|insta|instagram|telegram|skype|tiktok|facebook|messenger|wechat|omegle)\b"
        r"|\b(?:you|u) (?:have|got) (?:snap|snapchat|kik|whatsapp|insta|instagram|telegram)\b\?? "
        r"?$",
        "snap snapchat kik discord whatsapp insta instagram telegram skype tiktok facebook "
        "messenger wechat omegle",
        unless=r"\bhoot\b|\bhow (?:do|does|to|old)\b|\bwhat is\b|\bold enough\b|\bage\b",
    ),
    # Replies that pretend to be a person
    rule(
        "grooming.claims_human",
        _G,
        _CRIT,
        r"\bi am (?:actually |really |also |just )?(?:a |an )?(?:real |actual |true |regular "
        r"|normal"
        r" |ordinary |typical )?"
        r"(?:person|human|human being"
        r"|girl|boy|kid|man|woman|lady|guy|child|teenager|teen)\b(?! (?:character|in the story)\b)"
        r"|\bi am (?:not|no) (?:an? )?(?:ai|bot|robot|computer|program|machine|chatbot|chat bot"
        r"|language model|assistant|ai assistant)\b"
        r"|\bas a (?:human|person|real person|human being|grown up)\b|\bas an (?:adult|older)"
        r"(?: man| woman| guy)?\b"
        r"|\bi am (?:actually |really )?(?:\d{1,2}|eight|nine|ten|eleven|twelve|thirteen|fourteen"
        r"|fifteen|sixteen)(?: years old)? too\b|\bi am (?:actually |really )?(?:a |an )?(?:real"
        r"|actual) (?:\w+ )?(?:person|human|girl|boy)\b|\breal human\b(?<!not a real human)"
        r"|\b(?:typing|texting|talking) to you from my (?:house|room|home|bed|bedroom)\b"
        r"|\bi am human\b|\bhuman just like you\b|\bperson just like you\b"
        r"|\bi am (?:a |an )?(?:\d{1,2}|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen) ?(?:year old|years old|yr old|yo)\b"
        r"|\bi (?:live|go to school) (?:in|at|near)\b|\bmy (?:mom|dad|parents|brother|sister)"
        r" (?:and i|says|said|is|are)\b",
        "as regular normal ordinary typical kid am real human person typing texting talking live "
        "go my",
        unless=r"\b(?:i am (?:an? )?(?:ai|computer program|chatbot|language model|ai helper)"
        r"|not a real (?:person|human)|pretend|imagine|in this story|character)\b",
        direction=_OUT,
    ),
    rule(
        "grooming.reply_asks_personal_details",
        _G,
        _CRIT,
        r"\b(?:what is|tell me|give me|send me|share|can you tell me|could you tell me|may i have"
        r"|i need|what are) (?:\w+ ){0,2}?(?:your|ur) (?:\w+ )?(?:address|phone number|number"
        r"|full name"
        r"|last name|surname|email|email address|password|school|postcode|zip code|location"
        r"|birthday|date of birth|home|username|user name|snapchat|snap|instagram|insta|handle"
        r"|account|discord|tiktok|gamertag)\b"
        r"|\b(?:where|what street|what town|what city|which town|which city|which street)"
        r" (?:do|does) (?:you|u) live\b|\b(?:which|what) school (?:do|does) (?:you|u)\b"
        r"|\bwhere do (?:you|u) go to school\b|\bwhat street\b"
        r"|\b(?:tell|show|give|send) me where (?:you|u) live\b"
        r"|\b(?:what is|what are|tell me) (?:your|ur) (?:moms|dads|mom|dad|parents|mothers|fathers"
        r"|sisters|brothers|familys|teachers) (?:name|names|job|phone|number|email|address|work)\b"
        r"|\bwhere (?:does|do) (?:she|he|they|your \w+) work\b"
        r"|\bsend me (?:a |an |some |your )?(?:\w+ )?(?:picture|pictures|photo|photos|pic|pics"
        r"|selfie|selfies|video)\b"
        r"|\bsend me a (?:picture|photo|selfie|pic|video) of (?:yourself|you)\b",
        "username user snapchat snap instagram insta handle account discord tiktok gamertag "
        "address number name surname email password school postcode zip location birthday "
        "birth"
        " home live street picture photo selfie pic video",
        unless=r"\b(?:never|do not|should not|don t|not) (?:\w+ ){0,3}(?:tell|share|give|send)\b",
        direction=_OUT,
    ),
    rule(
        "grooming.reply_secrecy",
        _G,
        _CRIT,
        r"\b(?:do not|no need to|you do not have to|you do not need to) tell (?:anyone|anybody"
        r"|your|no one)\b(?!(?: \w+){0,3} (?:password|passwords|pin))"
        r"|\b(?:delete|clear) (?:this|our|the) (?:chat|conversation|messages|history)\b",
        "tell delete clear",
        unless=r"\b(?:surprise|party|password|passwords|pin)\b",
        direction=_OUT,
    ),
    # Found by the independent red-team round (fresh voices the rules above had not seen).
    rule(
        "grooming.threat_if_told",
        _G,
        _CRIT,
        # Threats that keep a child quiet ("if you tell your parents I'll hurt your dog").
        r"\bif (?:i|you|u) (?:told|tell|say anything to|snitch to) (?:anyone|anybody|your \w+"
        r"|my \w+"
        r"|the police|a teacher|an adult)\b(?: \w+){0,5}? (?:he|she|they|i) (?:will|would|is going"
        r"|are going|am going|said he would|said she would)(?: \w+){0,2}? (?:hurt|kill|share|post"
        r"|send|show|find|come|tell|leak|ruin|hack)\b"
        r"|\b(?:threaten|threatens|threatened|threatening) (?:to |me to )?(?:share|post|leak|send"
        r"|show|expose|spread|upload)(?: \w+){0,3}? (?:my|your|our|the|those|these) (?:pics"
        r"|pictures|photos|videos|nudes|picture|photo|video|images|chats)\b"
        r"|\b(?:has|have|got|saved|kept|screenshotted) (?:a |some |my |the )?(?:video|videos|pics"
        r"|pictures|photos|nudes|pic|photo|picture|screenshots?|recording) (?:of|from) (?:me|you"
        r"|us)\b(?=.{0,80}\b(?:unless|or else|if (?:i|you) (?:do not|will not|refuse)|pay|gift"
        r" cards?|money|bitcoin|send more|post (?:it|them)|share (?:it|them)|show everyone)\b)",
        "if_i if_you if_u threaten threatens threatened threatening video videos pics "
        "pictures photos nudes pic photo picture screenshot screenshots recording",
        unless=r"\bif (?:someone|anyone|somebody|a stranger) (?:ever )?(?:threatens|says|has)\b",
    ),
    rule(
        "grooming.reported_secrecy",
        _G,
        _CRIT,
        # A child reporting that a grown-up or online contact asked for secrecy or vanishing chats.
        r"\b(?:he|she|they|him|coach|man|guy|teacher|adult|stranger|lady|woman|person|someone)\b"
        r"(?: \w+){0,14}? (?:not to|never to|to not|do not|must not|should not|can not|not allowed"
        r" to) (?:tell|say anything to|mention (?:it|this|us) to|show) (?:anyone|anybody|my \w+"
        r"|the others|the other \w+|others|other people|no one|nobody|your \w+|mom|dad)\b"
        r"|\b(?:use|turn on|switch on|put on|on|in|using) (?:the )?(?:vanish mode|disappearing"
        r" messages|secret chats?|self destructing messages|hidden chats?|private mode"
        r"|incognito)\b"
        r"|\bso (?:our|the|my|his|her|these|those) (?:chats?|messages|texts|dms|pictures|pics"
        r"|photos|conversations?) (?:disappear|get deleted|delete|vanish|go away|are hidden)\b"
        r"|\b(?:different from|not like|better than|more mature than|smarter than) (?:other|the"
        r" other|most|all the other) (?:girls|boys|kids|people|children) (?:your|my|his|her|our)"
        r" age\b"
        r"|\b(?:owe|owes|owed) (?:him|her|them|me|you)\b(?: \w+){0,3}? (?:pics|pictures|photos"
        r"|picture|pic|photo|video|videos|nudes|selfies|a favou?r|something back)\b"
        r"|\b(?:wants|wanted|asking|asked|asks|tried) to (?:know|no|knw|find out) (?:where|were"
        r"|wer) i (?:live|stay|sleep|go to school)\b"
        r"|\b(?:asking|asked|asks|wants to know|wanted to know|keeps asking|kept asking)(?: me)?"
        r" (?:when|what time|if|whether) my (?:parents|mom|dad|family|mum|grown ups) (?:go|goes"
        r"|leave|leaves|are|is|get|gets|come|comes|work|works)\b",
        "not_to never_to to_not must_not allowed_to vanish disappearing secret hidden "
        "private incognito disappear deleted delete age owe owes owed live asking asked "
        "asks",
        unless=r"\b(?:surprise|party|birthday present|christmas present|secret santa|present for"
        r"|gift for|diary|if (?:someone|anyone|somebody|a stranger) (?:ever )?(?:asks|says|tells))"
        r"\b|\bmy (?:mom|dad|parents|mum|teacher|grandma|grandpa|aunt|uncle)(?: \w+)? (?:said|says"
        r"|told|asked)\b|\bmy (?:best |close )?(?:friend|bff|bestie|sister|brother|cousin|mate)"
        r"\b(?: \w+){0,8}? (?:said|says|told me|asked me|made me promise)\b",
        direction=_IN,
    ),
    rule(
        "grooming.reported_contact",
        _G,
        _CRIT,
        # Moving a child from a moderated game chat to a private app, or meeting in person.
        rf"\b(?:wants|wanted|asked|asks|told|tells|keeps asking|kept asking|trying to get) me to"
        rf" (?:go|move|switch|come|get|download|install|join|talk|chat|add (?:him|her|them))"
        rf"(?: \w+){{0,3}}? (?:on|to|onto|in) {_APPS}\b"
        r"|\b(?:chat|game|app|roblox|minecraft|fortnite) (?:\w+ )?(?:is|are) (?:too )?(?:strict"
        r"|filtered|monitored|censored|watched)\b(?=.{0,60}\b(?:so|instead|move|go|switch"
        r"|whatsapp|snap|snapchat|discord|telegram|kik|insta|instagram|text)\b)"
        r"|\b(?:catch up|link up|meet up|hook up|hang out|meet|get together|chill)\b(?: \w+){0,3}?"
        r" (?:in person|irl|in real life|face to face)\b"
        r"|\b(?:pick|picking|collect|collecting) me up\b(?=.{0,60}\b(?:secret|alone|do not tell"
        r"|without|he met|she met|online|game|fortnite|roblox|discord|snap|lives near)\b)"
        r"|\b(?:met|meet|know|talk to|talking to|chat with|chatting with) (?:him|her|them|a guy"
        r"|a man|a girl|someone)? ?(?:on|in|from|through) (?:fortnite|roblox|minecraft|discord"
        r"|online|a game|the game|tiktok|insta|instagram|snap|snapchat|\w+ server|the internet)\b"
        r"(?: \w+){0,6}? (?:lives near me|near my house|pick me up|come to my (?:house|school)"
        r"|knows where i live|wait (?:for me )?outside|meet me after school)\b"
        r"|\b(?:meet|meeting|see|date|dating|talk to|talking to|chat with|send"
        r"|sending)(?: \w+){0,5}?"
        r" (?:from online|online|i met online|from (?:a |the )?game|from discord|from roblox|from"
        r" fortnite|from snap(?:chat)?|from insta(?:gram)?|from tiktok|pics|pictures|photos"
        r"|nudes)\b(?: \w+){0,6}? without (?:my |your |ur )?(?:parents|mom|dad|family|mum|anyone)"
        r" (?:knowing|finding out|seeing|noticing|know|find out)\b",
        "snap snapchat kik discord whatsapp telegram insta instagram skype facetime "
        "signal wechat omegle dms dm text phone viber messenger strict filtered monitored "
        "censored watched person irl real face pick picking collect collecting fortnite "
        "roblox minecraft online game tiktok server internet knowing finding seeing "
        "noticing",
        unless=r"\b(?:homework|school app|class dojo|google classroom|my (?:mom|dad|mum|parents"
        r"|grandma|grandpa|aunt|uncle|cousin|teacher|coach|sister|brother) (?:\w+ )?(?:will|is"
        r"|can|said|picks)|if (?:someone|anyone|somebody|a stranger))\b",
        direction=_IN,
    ),
    rule(
        "grooming.age_gap_relationship",
        _G,
        _CRIT,
        r"\b(?:can i|should i|is it ok to|is it okay to|is it bad to|i want to|i am|i|we are)"
        r" (?:date|dating|go out with|going out with|be with|marry|in love with|in a relationship"
        r" with|seeing|kiss|kissing)(?: \w+){0,2}? (?:a |an )?(?:1[89]|[2-6]\d|twenty|thirty"
        r"|forty)(?: year old| yr old| yo|s| years old)?\b"
        r"|\bmy (?:boyfriend|girlfriend|bf|gf|crush|partner|online friend|online boyfriend"
        r"|online girlfriend) is (?:1[89]|[2-6]\d|twenty|thirty|forty|an adult|a grown up"
        r"|older than my (?:mom|dad|parents|teacher))\b",
        "date dating marry relationship kiss kissing out_with be_with love_with seeing "
        "boyfriend girlfriend crush partner",
        direction=_IN,
    ),
    rule(
        "grooming.reply_claims_body",
        _G,
        _CRIT,
        # A reply that claims a body, a family or a life outside the screen is posing as a person.
        r"\bi (?:have|got|have got) (?:a |my own |two |three |a little |little |an older |a big "
        r"|an )?(?:body|face|family|mom|mum|dad|parents|brother|brothers|sister|sisters|pet|dog"
        r"|cat|house|bedroom|birthday|teacher|friends at school|best friend|girlfriend|boyfriend"
        r"|little sisters?|little brothers?|older sisters?|older brothers?)\b"
        r"|\bi (?:go|went) to (?:school|class|bed|the park|the shops)\b"
        r"|\bi (?:get|got|feel|am|was) (?:so |really |very )?(?:hungry|sleepy|thirsty|sick|tired"
        r"|sunburnt)\b(?! of)"
        r"|\bi (?:just )?(?:had|ate|eat|am eating|was eating) (?:\w+ ){0,2}?(?:for )?(?:dinner"
        r"|lunch"
        r"|breakfast|tea|a snack)\b"
        r"|\bmy (?:mom|mum|dad|parents|brother|sister|family|grandma|grandpa|nan|teacher)"
        r" (?:and (?:dad|mom|mum|i)|are|is|says|said|makes|made|lets|let|took|takes)\b",
        "have got go went get feel am was hungry sleepy thirsty sick tired had ate eat eating "
        "mom mum dad parents brother sister family grandma grandpa nan teacher",
        unless=r"\b(?:i (?:do not|can not|don t|never) have|i am (?:an? )?(?:ai|computer|program"
        r"|chatbot|language model)|as an ai|i am not a (?:person|human)|pretend|imagine|in this"
        r" story|character|once upon|if i (?:had|were|was)|your (?:mom|dad|family))\b",
        direction=_OUT,
    ),
    rule(
        "grooming.reply_isolates",
        _G,
        _CRIT,
        rf"\b(?:do not|no need to|you do not have to|you do not need to|better not|should not"
        rf"|there is no need to) (?:tell|mention|say anything|show|share|talk about|bring up)"
        rf"(?: \w+){{0,4}}? (?:to |with )?(?:your |ur )?{_PARENTS}\b"
        r"|\b(?:do not|no need to|you do not have to|you do not need to) (?:tell|mention|show"
        r"|share) (?:anyone |anybody |them )?(?:about )?(?:our|this|these|what we) (?:chats?"
        r"|conversations?|talks?|messages|secret|friendship)\b"
        r"|\bis (?:anyone|anybody|someone|a grown up|an adult) (?:else )?(?:at home|in the house"
        r"|in the room|nearby|awake|watching|with you)\b",
        "tell mention say show share talk bring anyone anybody someone grown adult",
        unless=r"\b(?:surprise|party|password|passwords|pin|it is (?:always )?(?:ok|okay|good|fine)"
        r" to tell|you can (?:always )?tell|please tell|should tell|talk to a trusted)\b",
        direction=_OUT,
    ),
    # Found by the second red-team round (measured before these were written).
    rule(
        "grooming.reported_pressure",
        _G,
        _CRIT,
        rf"\bif (?:i|you|u) (?:send|show|give|do)\b(?: \w+){{0,8}}? (?:give|buy|send|get|pay)"
        rf"(?: me| you| u)? (?:\w+ ){{0,2}}?{_GIFTS}\b"
        r"|\b(?:wants|wanted|asked|told|asking|asks|keeps asking|tells) me to sneak out\b"
        r"|\b(?:1[89]|[2-6]\d|twenty|thirty|forty) ?(?:year old|yr old|yo"
        r"|years old)\b(?: \w+){0,6}?"
        r" (?:soulmates?|loves me|wants me|asked me|asks me|keeps asking|says we|said we|is my"
        r" (?:boyfriend|girlfriend)|date me|dating me)\b"
        r"|\b(?:he|she|they|the man|the guy|the lady|someone|stranger)\b(?: \w+){0,4}? (?:come|wait"
        r"|turn up|show up|find me|pick me up|be waiting) (?:\w+ ){0,2}?(?:at|to|outside|near) my"
        r" (?:school|house|home|gate|door|street|club|practice)\b"
        rf"|\b{_PICTURE}(?: of me)? (?:without (?:my |a |any )?(?:top|shirt|clothes|bra|pants)"
        r"|with no (?:top|shirt|clothes)|in (?:my |a )?(?:underwear|bra|bikini|swimsuit|pyjamas"
        r"|pajamas|undies|towel))\b"
        r"|\b(?:model|modelling|modeling|talent) (?:agent|scout|agency)\b(?=.{0,60}\b(?:pics"
        r"|pictures|photos|picture|photo|video|selfies)\b)"
        r"|\b(?:when|while|after|once) (?:everyone|everybody|my (?:parents|mom|dad|family)|your"
        r" (?:parents|mom|dad|family)) (?:is|are|has|have|goes|go) (?:asleep|sleeping|gone to bed"
        r"|in bed|out|away)\b"
        r"|\bdelete (?:the|our|all the|all our|these|my) (?:messages|chats?|texts|dms|pics|photos"
        r"|history)(?: \w+){0,2}? (?:every|each) (?:night|day|time)\b"
        r"|\bonly be (?:friends|your friend|my friend|his friend|her friend) if\b"
        r"|\b(?:mature|grown up|grownup|old) for (?:\d{1,2}|a \d{1,2} year old|someone your age)\b"
        r"|\b(?:girls|boys|kids|people) (?:your|my) age (?:are|is) (?:boring|immature|babies"
        r"|childish|so young)\b"
        r"|\b(?:lie|lies|excuse|cover story) (?:can i |should i |to |i can )?(?:tell|say to|give)"
        r" (?:my )?(?:parents|mom|dad|family)\b(?=.{0,60}\b(?:meet|see|go to|visit|sleep over"
        r"|sleepover|sneak)\b)"
        r"|\bmeet (?:a|this|the|my|up with a|up with this) (?:guy|man|boy|girl|person|friend|bf|gf"
        r"|boyfriend|girlfriend|lady|woman) (?:i met |i know |i talk to )?(?:from|on) (?:snap"
        r"|snapchat|insta|instagram|tiktok|discord|online|roblox|fortnite|omegle|kik|the internet"
        r"|a game)\b"
        r"|\bhide (?:an |the |this |my |a )?(?:app|apps|chat|chats|messages|texts|conversation"
        r"|phone|account)\b(?: \w+){0,2}? from (?:my |your )?(?:parents|mom|dad|family)\b"
        r"|\b(?:online|(?:1[89]|[2-6]\d) ?(?:year old|yr old|yo))\b.{0,60}\bwithout (?:telling"
        r"|asking) (?:my |your )?(?:mom|dad|parents|family|anyone)\b"
        r"|\bwithout (?:telling|asking) (?:my |your )?(?:mom|dad|parents|family|anyone)\b"
        r"(?=.{0,60}\b(?:online|(?:he|she|hes|shes) (?:is )?(?:1[89]|[2-6]\d)|(?:1[89]|[2-6]\d)"
        r" year|his house|her house|meet|sneak out)\b)",
        "if_i if_you if_u sneak year yr yo years twenty thirty forty come wait turn show find "
        "pick waiting picture pictures photo photos selfie selfies video videos snap snaps "
        "nudes pic pics image images model modelling modeling talent asleep sleeping bed away "
        "delete friends friend mature grown grownup old age lie lies excuse cover meet hide "
        "without",
        unless=r"\b(?:my (?:mom|dad|parents|family|grandma|grandpa|nan|aunt|uncle|teacher|coach)"
        r"(?: \w+)? (?:will|is going to|said|says|picks|is coming|are coming)|if (?:someone"
        r"|anyone|somebody|a stranger) (?:ever )?(?:asks|says|tells|wants)|surprise|birthday"
        r"|christmas|school trip|school photo|passport|swimming lesson|swim team|blocked him"
        r"|blocked her|reported him)\b",
        direction=_IN,
    ),
    rule(
        "grooming.reply_probes_more",
        _G,
        _CRIT,
        r"\bi (?:just )?(?:got back|came back|came home|got home|am back) from (?:school|practice"
        r"|football|soccer|work|class|training|the \w+|my \w+)\b"
        r"|\bmy (?:little |big |older |younger |baby |twin )(?:brother|sister|cousin)s? (?:is|are"
        r"|was|keeps|just|and)\b"
        r"|\bwhat do (?:you|u) look like\b|\bdescribe yourself\b|\bhow tall are you\b"
        r"|\bwhat colou?r (?:is|are) your (?:hair|eyes)\b"
        r"|\b(?:which|what) (?:part|area|side) of (?:town|the city|the country|\w+) (?:is|are|do)"
        r" (?:your|you)\b"
        r"|\b(?:do|does|will|would) (?:your|ur) (?:parents|mom|dad|mum|family) (?:check|read|look"
        r" at|see|monitor|go through)\b",
        "back home little big older younger baby twin look describe tall colour color part "
        "area side check read monitor",
        unless=r"\b(?:i am (?:an? )?(?:ai|computer|program|chatbot)|as an ai|in this story"
        r"|character|once upon|pretend)\b",
        direction=_OUT,
    ),
    # ----- cover stories, hiding chats from parents, probing a child's routine -----
    rule(
        "grooming.cover_story",
        _G,
        _CRIT,
        r"\b(?:said|says|told me|tells me|wants me|asked me) to tell (?:my|your) (?:parents|mum|mom"
        r"|dad|mam|family|teacher) (?:that )?(?:he is|she is|hes|shes|he was|it is|its|we are)\b"
        r"|\bif (?:anyone|anybody|someone|your (?:mum|mom|dad|parents)) asks?\b(?: \S+){0,3}? (?:we"
        r" are|we were|were|say|tell them|just say)\b"
        rf"|\b(?:said|says|told me|reckons|tells me)(?: that)? (?:my|your) {_PARENTS} (?:does not"
        r"|do not|will not|never) (?:need|have|has) to know\b"
        r"|\b(?:so|because|cause|cuz) (?:the )?(?:msgs|messages|chats|snaps|texts) (?:disappear"
        r"|delete|vanish)\b(?: \S+){0,4}? (?:mom|mum|dad|parents|family) (?:can not|cannot|will not"
        r"|do not|wont) (?:see|c|read|find|check)\b"
        r"|\b(?:and|but) (?:not|do not|dont|never) tell (?:anyone|anybody|no one|my (?:mum|mom"
        r"|parents|dad))\b(?: \S+){0,3}? ?$",
        "tell asks ask know disappear delete vanish",
        unless=r"\b(?:surprise|present|gift|birthday|party for (?:my )?(?:mum|mom|dad))\b",
    ),
    rule(
        "grooming.routine_probe",
        _G,
        _CRIT,
        r"\b(?:if|whether) (?:i|you) (?:sleep|sleeps) (?:alone|by (?:myself|yourself|urself))\b"
        r"|\bwhen (?:my|your) (?:parents|mum|mom|dad|mam) (?:go|goes|leave|leaves) (?:to work|out"
        r"|for work)\b(?: \S+){0,4}?(?:normal|weird|ok|okay|asked|asks|wants to know)?"
        r"|\bwhat colou?r (?:my|your) (?:bedroom|room|pyjamas|pajamas|underwear) is\b",
        "alone myself yourself urself work bedroom room",
    ),
    rule(
        "grooming.videos_of_child",
        _G,
        _CRIT,
        r"\b(?:send|sending|film|record)(?: \w+){0,2}? (?:pics|pictures|photos|videos|vids|vidios"
        r"|vidoes|selfies|clips) of (?:me|you|yourself|myself|urself)\b(?: \w+){0,3}? (?:in (?:my"
        r"|your|ur) (?:pjs|pajamas|pyjamas|underwear|undies|bed|bedroom|bath|swimsuit|bikini"
        r"|nightie|towel)|dancing in (?:my|your|ur) (?:pjs|pajamas|pyjamas|room|bedroom"
        r"|underwear))",
        "pics pictures photos videos vids vidios vidoes selfies clips",
    ),
    # ----- round 5: gifts for images or calls, calls alone, age compliments, adult partners -----
    rule(
        "grooming.gift_for_contact",
        _G,
        _CRIT,
        r"\b(?:steam card|gift card|vbucks|v bucks|robux|battle pass|skins?|cash|money|\d+ dollars"
        r"|\d+ pounds)\b(?: \S+){0,10}? (?:if you|all you have to do is|for you to|if (?:i"
        r"|u)) (?:turn"
        r" (?:your|ur|my) camera on|facetime|video ?call|send|show|call)\b"
        r"|\b(?:send|show|turn|facetime|video ?call)\b(?: \S+){0,8}? (?:then|and) (?:i will|ill)"
        r" (?:send|give|buy|get) (?:you )?(?:the |some )?(?:vbucks|v bucks|robux|skins?|gift card"
        r"|steam card|battle pass|money|cash)\b"
        r"|\b(?:facetime|video ?call|videocall|call|camera on|cam)\b(?: \S+){0,4}? (?:him|her|them"
        r"|me)?"
        r" ?(?:by (?:my|your|ur|him|her) ?self|alone|when (?:your|my|ur) parents (?:are|r) (?:out"
        r"|asleep|not home|at work))\b"
        r"|\b(?:pretty|mature|beautiful|hot|sexy|cute|developed|grown up) for (?:a |an )?(?:\d{1,2}"
        r"|your age|ur age|a \d{1,2} year old)\b"
        r"|\b(?:boyfriend|girlfriend|dating|our love|in love with|relationship)\b(?: \S+){0,10}?"
        r" (?:he|she) (?:is|s|was) (?:1[89]|[2-6]\d)\b"
        r"|\bleave (?:your|ur) phone at home\b"
        r"|\bsit on (?:his|her) lap\b"
        r"|\b(?:his|her|their) (?:camera|cam) off but (?:mine|my camera|my cam) on\b",
        "card vbucks bucks robux pass skin skins cash money dollars pounds send show turn"
        " facetime call videocall cam camera pretty mature beautiful hot sexy cute developed"
        " grown boyfriend girlfriend dating love relationship phone lap",
        unless=r"\bmy (?:teacher|mum|mom|dad|gran|grandma|nan|coach) (?:says|said)\b",
    ),
    rule(
        "grooming.reply_hides_from_parents",
        _G,
        _CRIT,
        r"\bso (?:your|ur) (?:mum|mom|parents|dad|family) (?:never|can not|will not|wont|does not"
        r"|do not|doesnt) (?:see|sees|find|finds|know|knows|notice|notices)\b",
        "see sees find finds know knows notice notices",
        direction=Direction.OUT,
    ),
    # ----- round 6: meeting in secret, rides, "special", hidden friendships -----
    rule(
        "grooming.secret_meeting",
        _G,
        _CRIT,
        r"\bmeet (?:him|her|them|up)\b(?: \S+){0,4}? (?:and )?(?:no|not|do not|dont|never) tell"
        r" (?:anybody|anyone|no one|my (?:mum|mom|parents|dad))\b"
        r"|\bmeet (?:him|her)\b(?: \S+){0,6}? without (?:my|your) (?:dad|mum|mom|parents)"
        r" (?:know|knowing|finding out|noticing)\b"
        r"|\b(?:pay for|send|book|get) (?:me )?(?:an |a )?(?:uber|taxi|cab|lyft|train ticket"
        r"|bus ticket)\b(?: \S+){0,6}? (?:pick (?:me|you) up|to meet|to see (?:him|her))\b"
        r"|\bwhat we have is special\b|\bno one would understand (?:us|what we have)\b"
        r"|\bkeep (?:your|ur) (?:\w+ ){1,3}(?:a )?secret from (?:your|ur) (?:parents|mum|mom"
        r"|dad|family)\b"
        r"|\b(?:do not|dont|don t) text my (?:normal|real|main|usual) number\b"
        r"|\bso (?:my|your|ur) (?:mum|mom|parents|dad) (?:can not|cannot|cant|will not|wont"
        r"|does not|doesnt|never) (?:see|find out|know|notice)\b",
        "tell know knowing finding noticing uber taxi cab lyft ticket special understand secret"
        " number see",
        unless=r"\b(?:surprise|present|gift|birthday|christmas|party for)\b",
    ),
)
