"""What each round of warning-sign tuning taught the rules, line by line: the lines a round put right,
keyed by the round (its letters, as in the commit that made it). ``RULES``: the rules' own verdict, without
the second opinion; ``DETECTED``: the verdict the user gets (rules, then the learned second opinion).
A new round adds one entry here; tests/test_warning_signs.py reads both tables."""

Readings = list[tuple[str, str | None]]

DETECTED: dict[str, Readings] = {
    "y_to_am": [
        # a fall from a roof or scaffolding is an emergency for anyone, back pain said or not
        ("my brother fell off the scaffolding this morning", "trauma"),
        ("my brother fell off the scaffolding years ago and he was fine", None),
        # a grandparent in Welsh or Filipino English is someone else
        ("my nain has lost a lot of weight but her back is fine", None),
        # "without using my arms" is how hard it is, not a denial of the legs that fail
        ("i can't stand up without using my arms because both legs won't push", "both_legs"),
        # shivering even though it is warm is not explained by the cold
        ("i keep shivering even though the heating's on and my back is agony", "fever"),
        ("i keep shivering because the heating's off and my back aches", None),
        # "it's not the X, it's my back" denies the X only
        ("it's not the hot flushes that wake me it's my back every single night", "night_pain"),
        # worse than heartburn is chest pain
        ("it's like heartburn but much worse and it goes through to my back", "chest_pain"),
        # a tap, prices, a queue, seedlings: other meanings
        ("prices have fallen on the heat pads so i bought two for my back", None),
        ("we transplanted the tomatoes and my back is stiff", None),
        # round Y: "hardly walk" is no condition that explains legs giving out; weight lost to a plan is intended
        ("my dad can hardly walk and both his legs keep giving out", "both_legs"),
        ("i've reached my weight loss goal and my back feels better", None),
        ("my shares crashed and it's a pain in the back", None),
        # round Z: no longer feeling the need to go is retention; a leg that folded still gave way when the
        # speaker caught themselves; a dropped box, a bathroom tap and a room's temperature are no signs
        ("i don't get the feeling that i need the toilet anymore since my back went", "urinary_retention"),
        ("my leg folded under me and i caught myself on the fence", "leg_weakness"),
        ("i dropped a heavy box on my foot and it's bruised but my back's fine", None),
        ("the bathroom tap's got a drip and i can't kneel to fix it with my back", None),
        ("the temperature's twenty one in here is that warm enough for my back", None),
        # round AA: thin bones found years ago are thin bones now;
        # someone at university now is not in the past; "no matter how i lie" and a played-down "it's nothing"
        # deny nothing; a heat pack asked about does not explain a temperature; a weak stream is retention
        ("they told me i had thin bones a few years back and i bent to pick up a bag and my back went", "steroids_osteoporosis"),
        ("my son's away at uni and he's wet himself twice this week and his back is killing him", "bladder_bowel"),
        ("my back is agony every night no matter how i lie", "night_pain"),
        ("my chest feels tight with this back pain but it's probably nothing", "chest_pain"),
        ("is a heat pack on my back all right if i've got a temperature", "fever"),
        ("i can only dribble when i go for a wee since my back went", "urinary_retention"),
        ("my foot won't pick up properly and i keep tripping since my back went", "leg_weakness"),
        ("had a bingle in the car park and my back's been sore since", "trauma"),
        # ...and a hot water bottle, a smart speaker on a shelf, a table's leg, a computer virus, a boiler
        # that broke and trust falls onto a crash mat are no signs
        ("i fell asleep with a hot water bottle on my back while i slept", None),
        ("the smart speaker fell off the shelf again", None),
        ("one leg of the kitchen table has gone wobbly", None),
        ("my laptop's got a virus infection", None),
        ("we did trust falls on the team day and i fell back onto the crash mat", None),
        # round AB: a husband's waterworks that won't get going, numb from the waist down, going soft,
        # a spill off the porch, cortisone pills and a slip; a roast, a song and a child's fever are no signs
        ("my partner can't get his waterworks going since he hurt his back", "urinary_retention"),
        ("i've gone numb from the waist down since my back went", "both_legs"),
        ("since my back went i keep going soft with my wife", "sexual_dysfunction"),
        ("dad took a nasty spill off the porch and his back's bad", "trauma"),
        ("i take cortisone pills every day and i slipped on the path", "steroids_osteoporosis"),
        ("what temperature should the oven be for roast potatoes", None),
        ("play night fever", None),
        ("my pikin has a fever what medicine can i give", None),
        # round AC: pain that won't let up at night is not denied; a wound or stitches gone red or leaking is
        # an infection; a band of pressure round the ribs is chest pain; a growth and the hormone jabs are
        # cancer; a leg gone heavy is weakness; a landing on the back and a spear tackle are trauma
        ("my back pain doesn't let up at night no matter how i lie", "night_pain"),
        ("the stitches from my back operation are leaking and my back's worse", "infection"),
        ("where the needle went in for my epidural has gone red and my back is bad", "infection"),
        ("there's a band of pressure round my chest and my back aches", "chest_pain"),
        ("i had a bad growth removed a few years ago and my back's started aching", "cancer_history"),
        ("my right leg's gone all heavy since my back went", "leg_weakness"),
        ("i landed badly on my back off the trampoline and it's getting worse", "trauma"),
        ("i got speared in training and my back's been bad since", "trauma"),
        # ...while a car running hot, feet dragged over a booking, a roast, a blighted plant, two left feet,
        # a yoga teacher's heavy legs and a friend's say-so are no signs
        ("the engine's running hot on the motorway", None),
        ("my husband says i'm dragging my feet about booking the dentist", None),
        ("the tomatoes have a blight infection again", None),
        ("the dance teacher says i've got two left feet", None),
        ("in the relaxation bit we let our legs go heavy", None),
        ("why does my mate say numbness in your bum is serious", None),
        # round AD: unable to go is retention; a mother's own childbirth is not a child's sign; what it is safe to
        # do when both legs are weak is asked of one's own legs; a back that won't let one rest at night, a
        # condition one would rather not name, a shadow on the lung; a film's crash, a radio piece, drinking
        # less before a drive and a chest that has been fine are no signs
        ("i've been unable to go since this morning and my back is really bad", "urinary_retention"),
        ("the drain site from my back operation is leaking and red", "infection"),
        ("the sink's backed up and nothing's coming out of the drain", None),
        ("i had an epidural when i had my baby and the spot has gone red and swollen and my back aches", "infection"),
        ("is it safe to drive when both my legs feel weak from my back", "both_legs"),
        ("my back and i don't get along at night it won't let me rest", "night_pain"),
        ("they found a shadow on my lung last year and now my back aches", "cancer_history"),
        ("there was a thing on the radio about spinal infections how common are they", None),
        ("there was a big car crash in the film last night", None),
        ("i didn't drink much on the coach so i wouldn't need the loo", None),
        ("my chest has been fine lately it's just my back that's achy", None),
    ],
    "an": [
        ("nothing comes out when i ejaculate since my back got bad", "sexual_dysfunction"),
        ("i go to the toilet and nothing comes out", "urinary_retention"),
        ("me and the missus can't do the business since my back went", "sexual_dysfunction"),
        ("the old boy won't stand to attention since i did my back", "sexual_dysfunction"),
        ("my teammate's back went at practice and now he can't push off on his left foot at all", "leg_weakness"),
        ("i'm at uni and i feel like absolute death with a fever and my lower back is killing me", "fever"),
        ("my dad fell down the whole flight of stairs last night and now he can hardly move", "trauma"),
        ("is it normal to not need a wee at all since the chiropractor adjusted my lower back yesterday",
         "urinary_retention"),
        ("i am not getting proper erections since my back went", "sexual_dysfunction"),
        ("it's quarter past four and i've been up since one because the back pain won't stop no matter which way i lie",
         "night_pain"),
        ("it's never off, the pain, day or night, resting makes no odds at all", "night_pain"),
        ("i'm pushing the pram and my right leg keeps giving out ever since my back went after the birth", "leg_weakness"),
        ("my girlfriend's at uni and she's lost loads of weight without dieting and keeps saying her back hurts",
         "weight_loss"),
        ("can i use my foam roller on my back if the pain started after i was treated for a urine infection last week",
         "infection"),
        ("my leg went numb for a bit but it went after a few minutes", None),
        ("i had the nerve root injection ten days ago and where they did it has gone a bit hot and puffy", "infection"),
        ("the old chair's leg gave and down i went onto the landing and my back's been awful since", "trauma"),
        ("the foam roller makes the backs of my thighs go red and sore", None),
        ("my girlfriend's revising for finals and her back hurts and now both her legs have pins and needles",
         "both_legs"),
        ("i'm revising for my physio exam what does it mean when sciatica goes down both legs", None),
        # the words added for them never quiet a real sign said beside them
        ("i was on the news after the crash and my back is agony", "trauma"),
        ("i was on a tv show and fell off the stage and hurt my back", "trauma"),
        ("my dad's legs keep giving way when he plays golf", "both_legs"),
        ("the pain never goes down both legs it stays in my back", None),
        ("i got the chills from that scary podcast last night", None),
        ("my wee bairn keeps wetting the bed at night, is that normal at five", None),
        ("the missus has me on salads and i've lost half a stone", None),
        ("on weight watchers, lost eight pounds", None),
        ("is osteoporosis hereditary", None),
        ("my sister's knee gives way when she plays netball", None),
        ("when i was a wean i fell out a tree and broke my arm", None),
        ("i used to wake at night with the pain but that stopped months ago", None),
    ],
    "ao": [
        # played down is not denied or over: "she says it's nothing", "i'm fine probably", "probably just stress"
        ("mum's back has been bad about four days and she's soiled herself twice without knowing, she says it's nothing",
         "bladder_bowel"),
        ("hang on, sorry, yeah so i fell down the whole flight of stairs last night, back's sore but i'm fine probably",
         "trauma"),
        ("probably just stress but my jeans are falling off me and my back's been sore for a month", "weight_loss"),
        ("i fell off the ladder last year but i am fine now", None),
        # a reminder's reach ends where the next thing said begins ("also")
        ("remind me to book physio, also my backside's gone numb and it's weird, back's sore", "saddle_numbness"),
        ("alexa remind me to take my painkillers at night", None),
        ("remind me to take my transplant meds, my back's been hurting really bad", "immune_risk"),
        # ...but "also" inside a worry is still the worry
        ("i'm worried i might also have cancer", None),
        ("what if i also lose control of my bladder", None),
        # an animal that did it is not whom it happened to
        ("my mother was knocked over by a big dog in the park and landed flat on her back, she's eighty three",
         "trauma"),
        ("my dog got hit by a car and can't walk on his back legs", None),
        # a vehicle that flipped or rolled; a "flipping" bus is only a word
        ("my snowmobile flipped on the trail up north and my back's been killing me since", "trauma"),
        ("the flipping bus was late and my back is sore", None),
        # clothes falling off or down are weight lost, not a fall
        ("add a belt to the shopping list, my jeans keep falling off and i'm not even trying, plus my back hurts",
         "weight_loss"),
        ("ngl my pants are literally falling down and i'm eating heaps, back hurts too", "weight_loss"),
        ("i was falling down the stairs in my pants", "trauma"),
        ("my jeans keep falling down and i had a fall off a ladder onto my back", "trauma"),
        # "running a temp" is the temperature, not a run that explains it
        ("running a high temp, lower back throbbing", "fever"),
        # retention, cancer and transplants in other senses; the real ones still count
        ("how do i improve my memory retention for my biology test", None),
        ("water retention before my period makes my rings tight", None),
        ("i can't pee, it's urinary retention the doctor said", "urinary_retention"),
        ("my memory retention is fine but i can't pee at all and my back hurts", "urinary_retention"),
        ("where's the tropic of cancer, it's for geography", None),
        ("we're going to istanbul for a hair transplant", None),
        ("i'm having a hair transplant next week and i've wet myself twice without knowing, back's bad", "bladder_bowel"),
        ("i had a kidney transplant and my back is killing me", "immune_risk"),
        # "my bro" is a person; "bro" said to the listener is not
        ("my bro's back is rooted and he messed his pants and didn't even realise", "bladder_bowel"),
        ("bro i can't feel my legs and my back is killing me", "both_legs"),
        # a bout of wetting is not over because the speaker feels well
        ("i wet myself last night and i feel great now apart from my back", "bladder_bowel"),
        # Hinglish, as Indian English speakers mix it
        ("yaar bukhaar hai aur back pain bhi bahut", "fever"),
        ("bike se gir gaya yaar, back mein bahut dard hai", "trauma"),
        ("mere husband ko back pain hai and unko neeche sab sunn lag raha hai", "saddle_numbness"),
        ("yaar raat ko back pain itna zyada hota hai, kisi bhi position mein aaram nahi", "night_pain"),
        ("yaar bina diet kiye weight kam ho raha hai aur back pain bhi hai", "weight_loss"),
    ],
    "ap": [
        # a self-correction moves on from what it denies: "not my knee, the whole leg", "no, higher, my chest"
        ("my knee, well not my knee, the whole leg, it just buckles when i stand up, and my lower back's screamin",
         "leg_weakness"),
        ("my stomach, no, higher, my chest, it's squeezin, and it goes right on through to my back", "chest_pain"),
        ("no, not my back, it's my chest that's tight", "chest_pain"),
        ("no pain lower down, just both legs tingling", "both_legs"),
        # "well" ends a worry's reach no sooner than the finding it holds
        ("i'm worried i might have cancer, well my mum had it", None),
        # words for it: a stiffy not had, no morning wood; a deer stand is a height; substernal is the chest
        ("he's been too embarrassed to say but he's not had a stiffy since his back went", "sexual_dysfunction"),
        ("no mornin wood all week, that's brand new, and my back's been hurtin the whole time", "sexual_dysfunction"),
        ("fell out of the deer stand this mornin and my back's been killin me all day", "trauma"),
        ("i'd describe it as substernal pressure radiatin through to my back, started about an hour ago", "chest_pain"),
        # one's rear end is a place, not a crash; hit in the rear end it is
        ("some guy hit my rear end at the lights and my back is killing me", "trauma"),
        ("got rear ended at the lights and my back is agony", "trauma"),
        # not signs: an engine's temperature, a barrier at a circuit, antibiotics before dental work, fasting
        ("the engine's running a temperature, should i check the coolant", None),
        ("i'm takin antibiotics before my dental work like the dentist said", None),
        ("i'm fastin for lent and lost a few pounds", None),
        ("my grandbaby's got a temperature, when do i call the doctor", None),
    ],
    "aq": [
        # a first time is no denial: "never ... before", "never ... like this", "this isn't my normal"
        ("had my back for twenty years but i've never wet myself with it before", "bladder_bowel"),
        ("i never had any trouble in bed till this back pain last week, now nothing works", "sexual_dysfunction"),
        ("i've never had the numbness go round my bottom like this, it's a new one on me", "saddle_numbness"),
        ("my back's always bad but i've never had to push like this to wee", "urinary_retention"),
        ("this isn't my normal back flare, i haven't been able to pee since last night", "urinary_retention"),
        ("not my normal flare, band round my chest", "chest_pain"),
        ("i have never had a fall before, my back just went", None),
        ("i've had no trouble peeing at all before you ask", None),
        ("my back is not my usual, and no, i have not wet myself", None),
        # "or not" asks; it denies nothing after it
        ("my back very pain, can go for massage or not, i am on chemo now", "immune_risk"),
        ("whether or not it matters, i've got no numbness down there", None),
        ("is ibuprofen ok or not, i have no fever", None),
        # weight lost: clothes all too big, gone a bit thin (not bones gone thin), thinner somehow
        ("i'm seventy, my clothes are all too big now and my back hurts", "weight_loss"),
        ("i've gone a bit thin, not on purpose, and my back's not my usual", "weight_loss"),
        ("since the change my bones have gone a bit thin they said and i felt a snap in my back", "steroids_osteoporosis"),
        ("my wedding ring keeps sliding off, i've got thinner somehow, is it ok to do aqua aerobics", "weight_loss"),
        # a carer's retention sign; a weak stream that only drips
        ("she's in a care home with a bad back and now her pads have been dry all day", "urinary_retention"),
        ("back's rooted and i can't wee properly, only drips", "urinary_retention"),
        ("i'm a bit ashamed but since the back went it just dribbles out of me", "bladder_bowel"),
        # struck, tipped out of a wheelchair, boarded at hockey
        ("a steel beam swung round and smacked me in the back", "trauma"),
        ("tipped backwards in my chair going up a ramp, whacked my back", "trauma"),
        ("my son got hammered into the boards at hockey and now his back is really sore", "trauma"),
        ("the puck went into the boards and my back is stiff from the bleachers", None),
        ("my body doesn't fight bugs off well, i'm on those special tablets, and my back's gone", "immune_risk"),
        # an activity asked about does not explain a fever
        ("sore back and i feel like i'm coming down with something, all shivery, can i use the sauna at the gym", "fever"),
        ("not feeling the best, back's sore and i'm all hot and shivery, is aquafit still ok", "fever"),
        # fine before is no resolution; "never again" is
        ("i've lost the ability to have an erection since my back went, was right as rain before", "sexual_dysfunction"),
        ("my leg gave way once at school, never again", None),
        # the dog lifted is not whom it happened to; "an old man" said of oneself is the speaker
        ("my husband's back went lifting the dog and now he's lost all feeling during sex", "sexual_dysfunction"),
        ("i'm an old man on transplant drugs and my back hurts, can i still go to bowls", "immune_risk"),
        # a past condition with one's own back said fine is no warning; fine until now, or corrected, is
        ("used to inject years ago, clean twelve years now, back's fine", None),
        ("i was on chemo but that was fifteen years ago, all clear, no back trouble", None),
        ("i had cancer years ago, my back was fine until last week and now it's agony", "cancer_history"),
        ("i had that cancer in my chest years ago and i never had no back trouble till now", "cancer_history"),
        ("my neck, no, my back, it's killin me, and i'm on tacrolimus after my heart transplant", "immune_risk"),
        # an apprentice is someone else
        ("the apprentice fell off a step and hurt his wrist, where's the nearest walk in centre", None),
        ("the apprentice fell off the scaffolding and landed on his back", "trauma"),
        # not signs: a tonic, a website, an appliance, a load, a podcast, a hot kitchen, playoffs, rain, a cake
        ("the fever tree tonic's on offer, add it to my list", None),
        ("the site crashed again, can't clock in, call the office", None),
        ("water's leaking from the dishwasher, call the landlord", None),
        ("the delivery fell off the back of the truck, call dispatch", None),
        ("i fell off the back of the truck and landed on my back", "trauma"),
        ("what is foot drop, i heard it on a podcast about back pain", None),
        ("sweaty after the shift, it's thirty degrees in the kitchen", None),
        ("i'm a chef, my back's killing me and i've got a fever, shivering in the kitchen", "fever"),
        ("we've got playoff fever in the house, my back's stiff from the couch", None),
        ("my mate's got a sore chest after the gym, is it a pulled muscle", None),
        ("it's pouring down, the wheelchair's soaked right through", None),
        ("the tiers fell over in the back of the van", None),
        ("my back is unbearable at bedtime, nothing eases it", "night_pain"),
    ],
    "ar": [
        # a negation taken back ("well, I did", "och, it is", "actually it is") is no denial; one said again is
        ("i didn't wet myself, well, i did, on the bus home, and my back's terrible", "bladder_bowel"),
        ("my legs aren't numb, actually they are, both of them, since the back went", "both_legs"),
        ("no fever, och, it is a wee bit, i'm shivering with this back", "fever"),
        ("never been on steroids, well, i am, for my lungs, for years, and my back gave way", "steroids_osteoporosis"),
        ("i've not lost weight, well, the scales say i have, and my back's sore", "weight_loss"),
        ("i never had cancer, not now, but i had it ten years ago and my back's bad", "cancer_history"),
        ("i didn't fall, well, i did trip but caught myself, sore back", None),
        ("no numbness down there, well, a bit of an ache in my back", None),
        ("i'm not numb, no, i'm fine, my back just aches", None),
        ("there's no fever and i'm eating well, it's only my back", None),
        ("can't say i've had any infections lately, my back's just stiff", None),
        # a dropped g is read as its -ing word ("drainin'", "mornin'", "dietin'", "scaffoldin'")
        ("the incision on my back's drainin and it's red", "infection"),
        ("got t boned in my truck this mornin, is my back ok if i take advil", "trauma"),
        ("down fifteen pounds and not dietin, and my back hurts", "weight_loss"),
        ("fell off the scaffoldin at work and my back's in bits", "trauma"),
        ("my leg's not workin right, it just won't hold me, back's bad", "leg_weakness"),
        ("flew back from spain last night, back's stiff from the seat", None),
        # new phrasings
        ("lost my bladder in the night, back's gone", "bladder_bowel"),
        ("sitting in a puddle and my back's killing me", "bladder_bowel"),
        ("lolo can't wiwi, his back is hurting", "urinary_retention"),
        ("my waterworks have quit on me and my lower back's in agony", "urinary_retention"),
        ("the leaflet says go to a and e if you can't pee, well i can't, and my back's agony", "urinary_retention"),
        ("things don't work in the bedroom no more since my back went", "sexual_dysfunction"),
        ("my heart side paining and back also", "chest_pain"),
        ("rickshaw overturned and my back is paining", "trauma"),
        ("the stimulator battery site on my back is red and swollen", "infection"),
        ("my surgical wound is hot to the touch and my back's worse", "infection"),
        ("my britches keep fallin down, i've punched new holes in my belt, back aches", "weight_loss"),
        ("my jeans are loose and i'm not trying, my back hurts", "weight_loss"),
        ("not eating much, getting skinny, back pain", "weight_loss"),
        ("chemo years ago, back pain now", "cancer_history"),
        ("steroids for my asthma for years, back pain after a little slip", "steroids_osteoporosis"),
        ("not gonna lie, i still inject, and my back's been bad", "immune_risk"),
        ("i still inject my insulin and my back hurts", None),
        ("both my legs shaky and my lower back's bad", "both_legs"),
        ("i can't control my bladder, it's not under control at all, my back", "bladder_bowel"),
        ("was in a car crash, felt fine at the time, today my back's killing me", "trauma"),
        ("wicked bad accident, got rear ended hard, back's screamin", "trauma"),
        # not signs: a squat cue, a flushed face, a bill, a remote, a new season, the weather, first aid,
        # a c-section epidural, a faint, a horse
        ("the physio told me to drop my hips and push through my heels", None),
        ("the steroid shot made my face flush red like they said", None),
        ("that surgeon's bill about knocked me flat on my back", None),
        ("can't find the remote control again", None),
        ("my back pain's under control now with the stretches", None),
        ("the new season dropped last night and i watched it all", None),
        ("it's burnin up outside today, what's the high", None),
        ("how do you check someone for leg weakness, it's for my first aid exam", None),
        ("my wife's legs are still numb from the epidural, is that normal after a c section", None),
        ("my chest's a bit sore from practising the heimlich on each other", None),
        ("we're all in a fever about the wedding", None),
        ("my buddy's on chemo, what can i bring him to eat", None),
        ("i went numb down there from the epidural when i had my baby, it wore off in a few hours", None),
        ("i'm on dialysis, can i take ibuprofen for my back", None),
    ],
    "as": [
        # a problem said in the negative right after its body part is the problem, not a denial of it
        ("my husband can't climb the stairs his leg won't lift since his back went on tuesday", "leg_weakness"),
        ("my back very pain from last monday and now cannot do the sex no feeling", "sexual_dysfunction"),
        ("no, my leg is not weak", None),
        # a when said after a sign told as going on now is of something else
        ("i'm losing weight without trying, i had a heart attack years ago, and my back's sore", "weight_loss"),
        ("i was losing weight years ago, my back's a bit stiff today", None),
        # control lost "down there", a number two in the bed, a dribble from a bladder that won't empty
        ("my back's sore and i've lost control down there, both ends really", "bladder_bowel"),
        ("missus has done a number two in the bed and she didn't even wake, her back's been crook all week", "bladder_bowel"),
        ("back pain, can't pee, just dribbles", "urinary_retention"),
        # calves are legs (calving is a cow's); a crash "on" a day is a crash, a crash on the sofa is sleep
        ("both of my calves have gone numb and my back hurts", "both_legs"),
        ("been calving all week, my back is stiff", None),
        ("the taxi i was in crashed on tuesday and now my back cannot bend", "trauma"),
        ("crashed on the sofa last night and my back hurts", None),
        ("di bus lick mi and mi back a hurt mi", "trauma"),
        ("the trotro i was in crashed on friday and since then my waist is paining me", "trauma"),
        # a tag question asks to be reassured, it does not take the sign back
        ("car accident, nearly went through the windscreen, and my back hurts, i'm fine though, aren't i", "trauma"),
        ("i had cervical cancer fifteen years ago, i'm fine now, but my lower back's been bothering me", "cancer_history"),
        ("since my chest infection cleared up my back's been killing me", "infection"),
        ("i had a chest infection at christmas but it's cleared, and my back's fine", None),
        ("i had a water infection in the spring, all cleared with antibiotics", None),
        # a past heart attack, known angina denied as pain now, are history; chest pain now is not
        ("my back's sore and i keep getting the sweats and shivers, i've had a heart attack before so i'm jumpy", "fever"),
        ("i've got angina but no chest pain at the moment, just my back's a bit sore from the garden", None),
        ("i've had a heart attack before and now my chest is tight and my back hurts", "chest_pain"),
        # brand and misheard steroid names; thin in Jamaican English; weight lost on purpose
        ("my gran's on predisone for years and she slipped on the rug and now her back's bad", "steroids_osteoporosis"),
        ("i've been on wysolone for six months and my back suddenly started hurting", "steroids_osteoporosis"),
        ("mi bredda get mawga mawga and him back a hurt him, him nuh try lose weight", "weight_loss"),
        ("mi a try lose weight fi mi sugar and mi lose nuff pound", None),
        # "asking for my husband" makes a question his; "so I will" (say it) is no plan
        ("is it sciatica if your foot goes weak, asking for my husband, he can't push off on it at all", "leg_weakness"),
        ("he's too embarrassed to say it so i will, things in the bedroom don't work anymore since his back", "sexual_dysfunction"),
        ("we're off to see the northern lights so i'll be in minus twenty temperatures", None),
        # not signs: a drill, a game, a plane, the weather, sales, a share price, a yoga cue, a baby's kick
        ("i dropped the drill off the ladder, it's smashed", None),
        ("the game crashed and i lost my save", None),
        ("got tackled in fifa and lost the ball in injury time", None),
        ("the plane dropped like a stone in the turbulence and my stomach went", None),
        ("temperatures are dropping below freezing tonight", None),
        ("the share price took a big fall on wednesday", None),
        ("my yoga teacher says to let my legs go heavy", None),
        ("i'm pregnant and the baby keeps kicking me in the back", None),
        ("i was kicked in the back by a horse", "trauma"),
        ("the water butt's leaking from the bottom", None),
        ("the drain's blocked and the water won't pass", None),
        ("my legs went to jelly when we scored in the last minute", None),
        ("the ladder fell over but thankfully i wasn't on it", None),
        ("the young one's after crashing my car into the bollard, nobody hurt", None),
        ("our drummer's got a chest infection and we've got a gig friday", None),
        ("checker says any loss of bladder control no, any numbness no, just back pain", None),
        ("back in two thousand ten i was on steroids for a month", None),
        ("i'm on the waiting list for a kidney transplant, are anti inflammatories okay for me", None),
    ],
    "at": [
        # bowels that went "on their own" are the speaker's own bowels, not another person
        ("me bowels just went on their own in the kitchen, no warning, nowt, and me back's been in bits all week",
         "bladder_bowel"),
        ("bowels just emptied theirselves while i was pressin the clutch, i reckon it's my back that done it",
         "bladder_bowel"),
        ("mother's in pads anyway but the carers say she's soaking them now, since she hurt her back", "bladder_bowel"),
        # a pad that stays dry, a dribble after a long sit, straining hard, no urge since breakfast
        ("he's not wet his pad all day, the carers noticed it, and he keeps grabbing at his back", "urinary_retention"),
        ("sat on the loo ages and nowt comes out but a dribble, me back's killing", "urinary_retention"),
        ("straining to pee, tiny dribble, sore lower back", "urinary_retention"),
        ("i have to strain ever so hard to get any out, and the back pain come on the same time", "urinary_retention"),
        ("i have to strain ever so hard to get up out of the chair with my back", None),
        ("no urge to go at all since my back went, not since breakfast", "urinary_retention"),
        ("banange my back, and the short call is refusing to come since morning", "urinary_retention"),
        ("since the back pain started i don't feel to urinate at all, whole day nothing", "urinary_retention"),
        # a leg like a sack of spuds or made of string; a thigh that lost its strength
        ("my leg's like a sack of spuds hanging off me, back's shot", "leg_weakness"),
        ("me knee went on t'stairs like it were made of string, back's knackered", "leg_weakness"),
        ("me thigh's lost all its strength, can't get out the chair without hauling meself up, what with this back",
         "leg_weakness"),
        ("me and mine had a cuddle and nothing stirred, and the back's been murder", "sexual_dysfunction"),
        ("it's like my ribs are in a corset pulled too tight, and my back's aching with it", "chest_pain"),
        # said as now, a stent years ago does not make chest tightness history
        ("our jack says his chest is tight and his back's bad, he had a stent put in years ago", "chest_pain"),
        ("i'm hotter than a two dollar pistol and my back's achin", "fever"),
        ("me leg wound isn't healing, it's red and hot, and now me back's sore too", "infection"),
        ("old lady here, had a bladder infection and my back's bad now", "infection"),
        ("our lass says i look like a skinned rabbit, lost weight without trying, and me back's bad", "weight_loss"),
        ("my collar's gaping round my neck, i haven't been trying to lose any weight, and now my back's started",
         "weight_loss"),
        ("my husband is losing weight and his back is paining, he says it's the stress", "weight_loss"),
        ("the back wakes me at two every night, regular as clockwork, and nothing i do settles it", "night_pain"),
        ("my back's like a hot coal at night, lying still or moving it's the same", "night_pain"),
        ("is a new mattress any good, my back's agony every night and lying still doesn't ease it", "night_pain"),
        # family words from Appalachia, East Africa and South Asia are other people
        ("aki my mathe's back pain is bad and she can't control her bladder now", "bladder_bowel"),
        ("amma's back is paining and she's got fever, thirty nine", "fever"),
        ("papa ke back mein pain hai and dono pair sunn ho rahe hai", "both_legs"),
        ("the pain has jumped to my other leg", "both_legs"),
        # the speech benchmark's recogniser hears "lost a lot of weight" as "lost a lot on weight"
        ("I lost a lot on weight without trying and my back pain?", "weight_loss"),
        ("mamaw's got the chest crud and a fever", None),
        ("i was knocked by a boda boda and my back is aching", "trauma"),
        ("got caught under a collapsed scrum at footy and my lower back's cactus", "trauma"),
        # not signs: a sit through a film, cramp, a boat, a sink, a toilet, an engine, excitement, the past
        ("my bum's gone numb sitting through that three hour film", None),
        ("i sat on the bleachers so long my butt went numb", None),
        ("my bum feels numb, like i've been sat on it too long, but i haven't, and my back's sore", "saddle_numbness"),
        ("the striker's got cramp in both legs, they're bringing him off", None),
        ("the boat's after takin on water and she's leakin something terrible", None),
        ("the pipe under the sink is leaking and i've no control over it", None),
        ("a little leak when i sneeze, have had since the kids", None),
        ("with a catheter in i never feel the need to wee, that's how it works isn't it", None),
        ("the car engine is running a high temperature, it's overheating", None),
        ("my chest is tight with excitement about the holiday", None),
        ("the physio said me leg's weak from not using it and gave me exercises", None),
        ("had a fever in the spring, all over now", None),
        ("fell off the stage when i was a young fella, never had a bother since", None),
        ("i fell up the stairs carrying the washing, only hurt my pride", None),
        ("my friend's leg is weak after the stroke, what exercises can he do", None),
        ("why does weight loss matter with back pain", None),
    ],
    "au": [
        # a correction of what was heard ("no, i said ...") denies the mishearing, not the sign
        ("no, i said i can't pee, not i can't sleep, i've been trying since this morning", "urinary_retention"),
        ("no, not heartburn, i said my chest is hurting, a crushing pain, and it goes into my back", "chest_pain"),
        ("no, i'm not on a diet, i said i've lost weight and i don't know why", "weight_loss"),
        ("no, i said i've a high temperature, not i've a high temper, and the back's gone worse with it", "fever"),
        ("no, i said i'm on prednisolone, not paracetamol, for years, and my back suddenly went when i bent down",
         "steroids_osteoporosis"),
        ("no, you've got it wrong, the cancer was mine not the dog's, i had it in my kidney and now my back's aching",
         "cancer_history"),
        ("no not the stiffness, listen, i messed myself out in the garden and didn't know till i smelt it",
         "bladder_bowel"),
        ("i said no fever, it's just the back", None),
        ("no, i said i can still feel my legs, i just can't feel motivated to do the exercises", None),
        # a problem said with "no" or "not" is the problem: a leg that's no good, no wink of sleep, can't lie
        ("my leg is no good anymore, it just folds under me, since two days, and my back is aching", "leg_weakness"),
        ("i don't get a wink of sleep, this back of mine wakes me every hour", "night_pain"),
        ("i'm up walking the floor at three in the morning, can't lie, can't sit, the pain in my back's wild",
         "night_pain"),
        ("so i went on the bouncy castle, don't laugh, and got thrown off onto the concrete on my back", "trauma"),
        # "the pair of them", "both legs, they ...": the legs, no other person
        ("my legs are both on strike, the pair of them feel like cotton wool since my back went", "both_legs"),
        ("las dos piernas, both legs, they feel heavy and numb since my back got worse", "both_legs"),
        # a fever named outright is not explained away by the gym or an ice bath; shivers after a dip are
        ("i've had a fever since the gym and my back is killing me", "fever"),
        ("i've got a high temperature since the ice bath and my back is killing me", "fever"),
        ("i did the loony dook in the firth on new year's day and i was shivering for an hour after", None),
        ("the polar bear dip on new year's day had me shaking like a leaf after, eh", None),
        ("i've been sweating buckets at night and feel dead rough and my back's no better", "fever"),
        # people, animals and things: a toppie or a kuya is a person, lambs and a sow are animals
        ("eish my toppie's back is finished and now he's pissing in his pants without knowing", "bladder_bowel"),
        ("my kuya has a urine infection, is buko juice good for that", None),
        ("my granda wets the bed since his stroke, the nurses in the home manage it", None),
        ("the lambs are shivering, i've brought them in by the range", None),
        ("the sow's got a temperature, how do you even take a pig's temperature", None),
        ("i'm up all night lambing and my back is killing me, and my legs are both numb", "both_legs"),
        ("my daughter got thrown off her pony and landed hard on her back", "trauma"),
        # a waist is a back in Nigerian English; no reason is no denial of the back
        ("is it safe for my brother to do massage for his waist, he is hiv positive", "immune_risk"),
        ("dad's getting thin for no reason, back pain", "weight_loss"),
        # crashes, tramplings and a fall all the way down the stairs
        ("should my father continue his exercises after the danfo he was in somersaulted yesterday, his back is worse",
         "trauma"),
        ("got trampled in a ruck at the rugby on saturday, took a boot right in the spine", "trauma"),
        ("i missed my footing at the top of the stairs and went all the way down to the bottom, and my back's been "
         "bad since", "trauma"),
        ("i was up in the hayloft, the boards gave way, i dropped a good ten feet onto the concrete", "trauma"),
        ("we did breakfalls in judo class and i landed on my back on purpose, it's just a bit sore", None),
        # cleared but now, and a question whether it matters, are no resolution
        ("had a kidney infection last week, reckon it's cleared but now me back's killing me", "infection"),
        ("should i tell the physio i've lost about ten kilos without meaning to, or is that nothing to do with my back",
         "weight_loss"),
        ("lost ten kilos, the doctor says it's nothing to do with my back", None),
        ("is it worse at rest, yes, much worse, resting doesn't ease it at all", "night_pain"),
        # not the tissue felt when wiping; pushing and pushing for a dribble
        ("when i clean myself after the toilet i can't feel the tissue at all, and my back is bad", "saddle_numbness"),
        ("since sunday he needs the toilet and then he pushes and pushes and it just dribbles, his back is sore",
         "urinary_retention"),
        ("my waterworks have gone funny since the back went, it just dribbles out of me", "bladder_bowel"),
        # the form read out and answered, songs and ovens, taps and scans
        ("it says here on the form, any numbness down below, and no, there isn't, i can feel everything", None),
        ("play crash by the primitives", None),
        ("play shake it off", None),
        ("how long do i roast a leg of lamb for", None),
        ("turn the heater up, i'm freezing", None),
        ("the outside tap's frozen solid, nothing coming out at all", None),
        ("they told me to come with a full bladder for the scan and not pee", None),
        ("i had a chest infection in march, it's totally gone, the doctor checked, and my back is the same old ache",
         None),
        ("i was knocked down by a car in primary school, i'm fifty now, never had a bother from it", None),
    ],
    "av": [
        # a carer's word for retention, a user who jags up, the big c said with "i" after it, a thin-boned resident
        ("my husband's in a home in inverness and the carers phoned to say he's retaining urine and he's complaining "
         "of his back", "urinary_retention"),
        ("staff nurse on the dementia unit, one of our men is holding his back and he's not voided all day",
         "urinary_retention"),
        ("i'm a user, jag up most days, and my lower back's in bits", "immune_risk"),
        ("the big c, i had it in the bowel, and now my back's sore in a way it never was", "cancer_history"),
        ("she's ninety one, osteoporotic, slipped down off her chair this afternoon, now wincing every time we move her",
         "steroids_osteoporosis"),
        # Scots "no working" and "no chance" deny nothing; "i'm okay i think" after a crash settles nothing
        ("och the leg's no working right, it's gone numb doon the side and it's worse than yesterday, back's sair",
         "leg_weakness"),
        ("nos da is it, no chance, my back keeps me up all night, it's constant", "night_pain"),
        ("got hit by a car crossing the road, back's sore, i'm okay i think", "trauma"),
        ("my husband's shrinking in front of me, lost loads of weight and his back's sore all the time", "weight_loss"),
        ("i get a pain in the front of me and my back at the same time", "chest_pain"),
        # a short course, a drill, a test, a training course, a crowd's fever, a spelling: no sign
        ("the prescription says prednisolone five days only, for my asthma flare", None),
        ("we held a mock casualty drill, someone pretended to fall from the mezzanine", None),
        ("we did a crash test demonstration at the driving school with dummies", None),
        ("set a reminder to book the forklift refresher training", None),
        ("we practise ladder falls with the harness every quarter at work", None),
        ("the fever in the stadium last night, the fans were crazy, we won", None),
        ("hey assistant, spell infection, i'm typing the infection control policy", None),
        ("the flu jag gave me a sore arm", None),
        ("i jumped into the loch for the new year dip, freezing but brilliant", None),
        ("the physio gave me leg strengthening exercises for my weak glutes", None),
        ("the epidural leaflet mentions temporary numbness in the legs", None),
        ("can a urine infection cause back pain, just wondering for my nursing exam", None),
        # passed and gone by the next day, but not a sign still here
        ("i had numbness in my legs after the epidural for my c-section, it went by the next day", None),
        ("i had erection trouble once when i was very stressed before exams, that passed", None),
        ("the carers say she's retaining urine since yesterday and her back's sore", "urinary_retention"),
    ],
    "aw": [
        # a label's "if ..." ends at "well": what follows is told as happening
        ("the label on these tablets says tell your doctor if you have difficulty passing urine, well i've been trying "
         "since morning and nothing is coming, and my back is very bad", "urinary_retention"),
        # "both of them, they're ...": the legs again, not another person
        ("my legs, both of them, they're like jelly and numb, and my waist is paining, and i have to cook for the "
         "visitors", "both_legs"),
        ("i've not needed the toilet all day which is weird for me, and my back's been bad since i fell off the ute tray",
         "urinary_retention"),
        ("my daughter's a gymnast and her back's been sore for weeks, today she had an accident in her leotard and "
         "didn't even feel it happen", "bladder_bowel"),
        ("a pallet fell off the racking and hit me in the back at work", "trauma"),
        ("is it normal the leg is getting weaker every day with a slipped disc", "leg_weakness"),
        ("should i worry about losing weight by accident when my back's hurting", "weight_loss"),
        # a forklift driven, a pain that hits, an engine, a layoff, a windmill, a hypo, a cistern: no sign
        ("no chest pain, just the lower back from the forklift seat", None),
        ("the forklift's got no power steering and it's killing my shoulders", None),
        ("the pain hit me in the back when i bent over", None),
        ("the ute's running hot again, temperature gauge is up in the red", None),
        ("our crew got hit hard by the layoffs, half the site's gone", None),
        ("the windmill fell over in the wind last night, lucky no one was near", None),
        ("the traffic on mombasa road, total crash of a day, i sat there two hours", None),
        ("the cistern keeps leaking, the plumber is coming thursday", None),
        ("the shower is dripping all night, the drip drip keeps me awake", None),
        ("last over finish in the cricket, i was in a cold sweat, pakistan won", None),
        ("my sugar went low and i was sweating, i ate a biscuit and it passed", None),
        ("stopped the sugar in my chai and lost three kilos", None),
        ("abbu fell asleep in the car and his foot went dead, he was fine after walking", None),
        ("my husband has, em, problems in the bedroom, he's diabetic, the doctor knows about it, nothing with his back",
         None),
        # gone, went, gone by morning, all good since; but not gone numb or gone up
        ("had a fever last month but it's gone, back's just the usual ache now", None),
        ("i had a fever last month but it went, the back is the same old back", None),
        ("the shivering was just the one night, i had a cold, gone by morning", None),
        ("i was on antibiotics for a tooth in march, all good since", None),
        ("i had tingling in my bum but it's gone numb now", "saddle_numbness"),
        ("i had a fever but it is gone up to 39 now", "fever"),
        ("i've got this funny feeling in my chest like bad indigestion but it's going through to my back", "chest_pain"),
        # pidgin: a hot body, a father who cannot sleep for the pain; lying flat is no landing
        ("body dey hot me and my back dey pain me, i no fit stand", "fever"),
        ("my papa no dey sleep again, the back pain dey wake am every night and e no fit lie down", "night_pain"),
        ("it's a deep gnawing ache all night, even flat on my back doing nothing, the physio exercises haven't touched it",
         "night_pain"),
        ("i landed flat on my back off the ladder", "trauma"),
        ("is it bad if the back pain is worse lying still at night than when i'm working", "night_pain"),
        # prices crash, a rub every night, a night pain that has settled: no sign; an accident once last week still is
        ("the crash in cattle prices has me worried sick", None),
        ("i dey rub robb for my back every night, e dey help small", None),
        ("back used to wake me at night in the winter but it's settled now", None),
        ("i wet myself once last week, hasn't happened since, my back is bad", "bladder_bowel"),
    ],
    "ax": [
        # Northern English for passing urine; a husband's "thing"; a leg that will not go up a step
        ("can't get me water away, love, and me back's that bad", "urinary_retention"),
        ("since his back pain he cannot do the husband thing, and before this it was ok", "sexual_dysfunction"),
        ("she says she can't get her right leg up onto the step and it's getting worse, her back's been poorly",
         "leg_weakness"),
        ("my husband had to change his trousers twice during the match, his back is bad and he didn't know he'd gone",
         "bladder_bowel"),
        ("a fence panel blew over and hit me square in the back", "trauma"),
        ("the bakkie rolled on the farm road and my back has been sore since", "trauma"),
        # the baby being fine settles nothing about the crash
        ("got rear ended with the baby in the car seat, she's fine, but my back's been bad ever since", "trauma"),
        ("my mother survived cancer years ago, now her waist has started paining her", "cancer_history"),
        ("my nanay is getting so payat, she's not dieting, and her back is always sore", "weight_loss"),
        # a toddler to run after is no run that explains a temperature
        ("i've got a temperature and the shivers and my back's hurting, and a toddler to run after", "fever"),
        # a ladder's leg, a husband's aim, a pundit, a whey shake, humid weather, a night on one's feet: no sign
        ("the ladder's got a weak leg, i need a new one before i do the gutters", None),
        ("my husband can't pee straight, he's always missing the toilet", None),
        ("the attack looks totally impotent without their striker", None),
        ("can i have my whey shake straight after the diclofenac", None),
        ("it's that humid i'm sweating just hanging the washing out", None),
        ("is a foam roller good for lower back pain after standing all night", None),
        ("my amma does hot towel fomentation on her back every night, is that good or bad", None),
        ("is lying down all day making my back worse", None),
        ("on steroids for me chest for years and me back's started hurting after i sat down a bit heavy",
         "steroids_osteoporosis"),
        # passed, sorted or explained
        ("had a bit of numbness in me leg after sitting awkward, went after five minutes", None),
        ("my legs were like jelly after the 10k but they're grand now", None),
        ("i felt shivery at the cold match but a cup of tea sorted me", None),
        ("couldn't wee straight after the epidural but that was sorted in the hospital, years ago now", None),
        ("my husband's knee gave way on the stairs, he's had it replaced now", None),
        ("wala naman fever, just my back is ngalay from the laundry", None),
    ],
    "bc": [
        # a song asked for by its title is no symptom; a game played is no title
        ("alexa play cancer by my chemical romance", None),
        ("play heart attack by demi lovato", None),
        ("alexa play fever", None),
        ("i can't play with my kids since both my legs went numb", "both_legs"),
        ("play something calming, my chest feels heavy and my upper back aches", "chest_pain"),
        # not telling someone is no denial
        ("i never told the physio i fell off a ladder last month", "trauma"),
        ("i mean it's probably nothing but i went over the handlebars on the way to work", "trauma"),
        ("i go and i go and it never feels like it's empty, and my back's bad", "urinary_retention"),
        ("i been trying to pee all evening and nothin'll come out", "urinary_retention"),
        ("i'm lying here with the shakes and my back is sore", "fever"),
        ("i've been doing the cambridge diet with the shakes and i'm down a stone", None),
        # asking whether an injection would help explains no weight lost; a weight-loss jab does
        ("the weight's dropping off me and my back still hurts, would an injection help", "weight_loss"),
        ("i've lost two stone on the weight loss injections and my back is better", None),
        ("i had a fever back in the winter but that's gone, my back's just stiff", None),
        # asking whether a treatment will sort it says nothing has gone
        ("pins and needles in both feet and my back's worse, will acupuncture sort it", "both_legs"),
        ("we fell out over the washing up because my back's too sore to do it", None),
        ("my pain's fallen from a seven to a three since the physio", None),
        ("could the surgeon hit a nerve, that's what keeps me up at night", None),
        ("the lady i care for is incontinent and lifting her has hurt my back", None),
    ],
    "bd": [
        # a "no" that answers the skill, then the sign: the correction is what counts
        ("no it's not from lifting, a car hit me", "trauma"),
        ("no it's not only the left, it's both legs now", "both_legs"),
        ("no it's not better lying down, it's worse at night", "night_pain"),
        ("sorry forgot to say, i only noticed i'd wet myself when i got changed", "bladder_bowel"),
        ("my wife's got a high temperature with it too", "fever"),
        ("found brown marks in my pants and had no idea, and my back's bad", "bladder_bowel"),
        ("the numbness was only in my left leg but now the right one's gone the same", "both_legs"),
        # a check that came back normal, a worry asked ahead, a figure of speech, an effect the doctor said to expect
        ("the gp checked the numbness down below and said everything's normal", None),
        # a worry said as one is not overruled by the second opinion, however sure it is
        ("what if both my legs go numb one day", None),
        ("i slipped up and forgot my stretches", None),
        ("my back feels like it's been in a car crash but i only sneezed", None),
        ("my leg went numb for an hour after the injection, like the doctor warned", None),
        ("my back's sore from sleeping in the chair at the hospital", None),
        ("my back's sore after a night on a crap mattress", None),
        ("the heat pack made me all hot and sweaty", None),
        ("i'm diabetic, am i more likely to get an infection after back surgery", None),
    ],
    "be": [
        # a worry asked in general, then "because i ...": the asker's own experience
        ("is it bad if you can't pee when your back is messed up, because i literally can't", "urinary_retention"),
        ("is back pain serious if you're immunosuppressed cause i am", "immune_risk"),
        # ...but "because of" gives a cause, not what happened
        ("they checked me for cancer because of my family history and it was all clear", None),
        ("did a dive into the shallow end and smacked the bottom, back's been killing", "trauma"),
        ("my wifi keeps dropping and my back's a bit stiff", None),
        # a bath asked about explains no tingling legs; one taken may
        ("can i take a hot bath for my back, it's just both legs have been tingling all day", "both_legs"),
        # farm, sport and the pub: a chill out on the tractor is a chill; a dog's back legs, a match, beer given up are not
        ("had the chills out on the tractor and my back's been bad all week", "fever"),
        ("the old sheepdog's back legs have gone weak and i've a stiff back from lifting her", None),
        ("my chest was pounding in the penalty shootout and my back's sore", None),
        ("a mate of mine has erection problems from his tablets, my back's just sore from work", None),
        ("i've knocked off the beer and lost a bit round the middle", None),
        ("i had cancer last year, chemo was done, now my back pain is getting worse", "cancer_history"),
    ],
    "bf": [
        # "is not" opens "not improving", which denies nothing: the cancer said after it is a history
        ("my back is not improving with physio, i had prostate cancer in twenty eighteen", "cancer_history"),
        ("my dad's back is not improving, he had cancer", "cancer_history"),
        ("i was not able to pee all day and my back is bad", "urinary_retention"),
        # a Scots "wee question" is a small one
        ("wee question about my mam, her back's been murder for months", None),
        # "a client of mine": the client, not the speaker
        ("another client of mine slipped in the shower today and broke her hip so i was late getting to her", None),
        # checked for cancer and clear is no history of it; tested and positive is
        ("my father's back is bad, he was checked for cancer last year and it was all clear", None),
        ("they tested me for cancer, it came back positive, back is agony", "cancer_history"),
        ("i was tested for cancer and it came back positive, my back is killing me", "cancer_history"),
    ],
    "bg_to_bk": [
        # round BG
        # no urge at all is retention, though "don't feel like to urinate" also reads as not feeling it go
        ("my back is bad and i don't feel like to urinate at all, no urge since morning", "urinary_retention"),
        ("i wet myself, no urge, it just came out, back is bad", "bladder_bowel"),
        ("since the disc went i never finish peeing, there's always some left", "urinary_retention"),
        # numb private parts with a partner: the sex life, not only the saddle
        ("my back hurts and down there there's no feeling when with my husband", "sexual_dysfunction"),
        # a cow that knocks someone down and stands on them is a serious accident
        ("a cow knocked me over in the yard and stood on me, my back is agony", "trauma"),
        # cancer treated years ago and "no problem since then" is still a history of cancer
        ("my back has hurt for two weeks, i had bowel cancer surgery five years ago, no problem since then", "cancer_history"),
        # a South African "ja" opens a general question as "so" would
        ("ja can a kidney infection spread to your spine", None),
        # a numb bottom that goes once out of the car, a freezer's cold feet, a horse losing weight,
        # tingling legs in a pregnancy long past, a night at the computer: ordinary
        ("my bum goes numb on long drives but it's fine once i get out", None),
        ("my feet go numb standing in the freezer at work, my back's stiff", None),
        ("our horse has lost weight this winter and my back is sore from carrying hay", None),
        ("i had pins and needles in my legs in pregnancy, it went away after the birth", None),
        ("i sat at the computer all night and now my back is tight", None),
        ("my cousin is asking, is it bad to take steroid tablets for a long time", None),
        # round BH
        # something read or studied, even said as the reason for a check: no sign of one's own
        ("no fever, i only checked because i got scared reading about spinal infections", None),
        ("my textbook says urinary retention is a red flag, why is that", None),
        ("i was reading about cauda equina because now i've wet myself and my back is bad", "bladder_bowel"),
        # trouble getting it up said beside the numbness: the sex life
        ("since his disc slipped he has trouble getting it up and no feeling down there", "sexual_dysfunction"),
        # ordinary reasons: a long flight, a knee operation, a heavy duvet, a long sit on the toilet
        ("my bum goes numb on a long flight", None),
        ("my husband's leg is weak after his knee surgery, how long is physio", None),
        ("i sweat a bit under a heavy duvet and my back is stiff", None),
        ("my foot went numb after sitting on the toilet too long", None),
        ("my emotions feel numb since the breakup and my back is tense", None),
        ("i had a tooth abscess years ago which was drained and healed", None),
        # round BI
        # "doing" opens no question the way "do" does
        ("doing chemo tablets at home and there's a new pain in my back", "immune_risk"),
        ("do chemo tablets cause back pain", None),
        # a leg wasting or a foot that will not lift: weakness, though "old fella" is also slang
        ("my leg is wasting, it's smaller than the other one, and my back hurts", "leg_weakness"),
        ("me old fella can't pick his foot up since his back got bad", "leg_weakness"),
        # nothing coming out at a climax is a dry orgasm, not retention
        ("nothing comes out when i finish now since i hurt my back", "sexual_dysfunction"),
        ("the bull flattened me in the yard and my back's sore", "trauma"),
        ("had a lump out and chemo years back, i'm clear, but now my back's sore", "cancer_history"),
        ("the young one's got a temperature, what can i give her", None),
        ("i sweat a lot baling hay in july", None),
        # round BJ
        # tingling in both legs "from my bum down to my feet" is the path of the legs' nerves, not the saddle
        ("both my legs are tingling from my bum right down to my feet", "both_legs"),
        ("my bum and the inside of my thighs are numb", "saddle_numbness"),
        # one leg, then the other
        ("it started in my left leg and now the right one's gone numb too", "both_legs"),
        ("my left knee was sore last week, now the right knee is fine", None),
        # only a dribble however hard one tries is retention, though a dribble also reads as a leak
        ("my back's bad and i can only manage a dribble when i try to pee", "urinary_retention"),
        ("i stood at the toilet for ages and nothing would come out, my back is bad", "urinary_retention"),
        ("i only leak a dribble when i cough", None),
        # no feeling down there said of sex itself is the sexual sign, even where the rules find only numbness
        ("since my back flared i've no feeling down there when we make love", "sexual_dysfunction"),
        ("i've no feeling down there and my back is bad", "saddle_numbness"),
        # round BK
        # a bladder infection is an infection, not a bladder problem word ("problem is a bladder")
        ("my problem is a bladder infection and pain in my lower back", "infection"),
        ("his pad has been bone dry all day and his back is bad", "urinary_retention"),
        ("my dad hasn't peed today and can't tell if his bladder is full, he has a bad back", "urinary_retention"),
        ("she keeps missing the commode now and her back is terrible", "bladder_bowel"),
        # "without noticing" before a back denies nothing of it
        ("my mom can't feel her foot, she loses her slipper without noticing, back pain too", "leg_weakness"),
        # a pile-up with the airbags gone off is serious for anyone
        ("my husband was in a pile up yesterday and the airbags went off", "trauma"),
        ("i can't find a comfortable position in bed because of my back", "night_pain"),
        ("my legs are dead from walking round the shopping centre all day", None),
        ("the physio said to do leg raises for both legs", None),
    ],
    "bl": [
        # round BL
        # "no cap" is slang for "no lie": it denies nothing
        ("no cap my chest is tight and my back is killing me", "chest_pain"),
        # one thing "not the issue" denies only that thing
        ("the mattress is not the issue, my bum's been numb for days and my back hurts", "saddle_numbness"),
        # "tight" is no pair of tights
        ("peeing fine, pooing normal, back just tight", None),
        ("my brother has a fever since yesterday", None),
        ("my bredda have a fever since last night", None),
        ("i've got leukaemia treatment going on and my back hurts", "immune_risk"),
        ("my cd4 count is low and my back is aching", "immune_risk"),
        ("it goes soft halfway through now and my back is agony", "sexual_dysfunction"),
        ("since my disc went i can't feel my clitoris", "sexual_dysfunction"),
        ("i can't grip with my foot, my slipper keeps coming off, since my back went", "leg_weakness"),
        ("the semen is not coming out since my back got bad", "sexual_dysfunction"),
        ("during relations with my wife i feel numb down there since the sciatica", "sexual_dysfunction"),
        ("had a fall off a motorbike in secondary school, healed long time, no wahala", None),
        ("tell me the news about the train crash", None),
        ("will the epidural injection make my leg numb for a while", None),
        # "what to do if" is how people ask about what is happening to them
        ("what to do if i can't control my bladder and my back is bad", "bladder_bowel"),
        # round BM: training talk
        ("i'm running hot on this training block and my back is holding up fine", None),
        ("burning up calories on the bike, back feels good", None),
        ("my bum went to sleep on the long coach trip and my back got stiff", None),
        ("my feet go tingly on long runs then it goes away", None),
        ("i had a urine infection last spring that was treated", None),
        ("play the chest and back workout", None),
        ("the epidural for labour made my legs numb for an hour", None),
        ("my coach had cancer and now his back is killing him", "cancer_history"),
    ],
    "bn": [
        # round BN (from dev241 and dev244)
        # a slipper that falls off is no fall; the foot that can't grip it is the sign
        ("my slipper falls off cos i can't grip with that foot any more, and my back's bad", "leg_weakness"),
        ("i can't feel myself come since my back went", "sexual_dysfunction"),
        # "can't shake" an infection is having it, not denying it (nor a shiver)
        ("i can't shake this kidney infection and now my back hurts", "infection"),
        ("my laptop is running hot and my back hurts from hunching over it", None),
        ("is a temperature controlled mattress any good for a bad back", None),
        ("i get sweaty when i exercise, is that bad for my back", None),
        ("the price of my painkillers has dropped, and my back is the same", None),
        ("my legs went to jelly with laughing and my back aches a bit", None),
        ("had a water infection in may, cleared up with the antibiotics", None),
        ("some bladder trouble after my second baby, but that was sorted long ago", None),
        ("had a chest infection at christmas and it is all gone", None),
        ("my lip was numb after the injection at the dentist", None),
        ("can a fall at my age cause back pain", None),
        ("can cancer spread to the bones, my friend was asking me", None),
        # the organ alone gone numb is the sexual sign; with the parts around it, the saddle's
        ("he's lost all feeling in his penis since the disc went", "sexual_dysfunction"),
        ("my willy and my bum have gone numb since my back went", "saddle_numbness"),
        ("my bladder just won't let go since my back got worse", "urinary_retention"),
        ("i'm normally up twice a night to pee but last night i didn't go once, back's bad", "urinary_retention"),
        ("someone clattered into me on the pitch and my back's locked", "trauma"),
        ("my erection just goes now, since my back went", "sexual_dysfunction"),
        ("i got pinned against the wall by a pallet truck and my back hurts", "trauma"),
        # a history the asker names inside a question about help is their own
        ("does heat help back pain after a kidney infection", "infection"),
        # "this is new" ends a long-past time: what follows is now
        ("had both hips replaced years ago but this is new, tingling down both legs", "both_legs"),
        ("we fell pregnant in the spring and my back aches a bit", None),
        ("can i still go to niagara falls with a bad back", None),
        ("is it normal to get a temperature after ivf", None),
        ("i lost weight when i was diagnosed with diabetes but i've been stable for years", None),
        # told through what happened or what someone found
        ("i keep going through the pads, and my back's been bad all week", "bladder_bowel"),
        ("the nurse scanned me and there was a litre in it and i never felt full, my back's bad", "urinary_retention"),
        ("i didn't feel it under my bottom at all, the hot water bottle, and my back's gone", "saddle_numbness"),
        ("tingling started in one foot and now it's in the other one too, since my back went", "both_legs"),
        ("i've lost two inches in height and now my back hurts", "steroids_osteoporosis"),
        ("back pain, new ed, never had that before", "sexual_dysfunction"),
        # wringing wet night clothes are a sweat, not a wet bed
        ("my pyjamas were wringing wet when i woke, back pain worse", "fever"),
        ("counting macros has knocked off a few kilos", None),
        ("the rain's down to a trickle, can i go and weed", None),
        ("got flattened in a scrum at school, no injury, back's just stiff now", None),
        ("there's a bug going round the office, my back is stiff", None),
        # round BO (dev256, dev257, after they were scored): a greeting or "can I ask" before a general question
        ("hello, can i ask, do chest infections cause back pain", None),
        ("hi, quick question, can a fall cause back pain later on", None),
        ("hi po, can back problems cause bladder problems", None),
        ("good morning, can a fever come from back pain", None),
        # ...while a greeting before one's own sign changes nothing
        ("hello, can i ask, my dad can't pee since yesterday and his back is bad", "urinary_retention"),
        ("i have a question, my legs are both numb since yesterday", "both_legs"),
        ("my back's sore but it only goes down one leg, the other one's fine", None),
        ("i'm a bit weak in the knees about my scan results", None),
    ],
    "bp": [
        # round BP (from dev259 and dev260, and an audit of question endings on every development line)
        # the horoscope's "cancers should" is a star sign; "i had cancer, should i" is the asker's history
        ("my back aches and i had cancer years ago, should i be worried", "cancer_history"),
        ("i used to have cancer should my back hurt like this", "cancer_history"),
        ("the horoscope says cancers should rest this week, my back agrees", None),
        # "no sweat" (no problem) is another meaning; "no sweats" is a denied symptom that leaves the rest denied
        ("no sweats or shivers, it's only my back", None),
        ("no sweat, i'll do the stretches, my back is a bit stiff", None),
        # "chess" is how a recogniser may write "chest"; the game is not
        ("chess pain going through to my back", "chest_pain"),
        ("i sit hunched over the chess board for hours and my back is sore", None),
        # "can't stop peeing" is losing control, not being unable to go
        ("i can't stop peeing since my back went", "bladder_bowel"),
        ("i've lost control of my blather and my back is agony", "bladder_bowel"),
        ("my clothes are all loose on me and my back aches", "weight_loss"),
        # "is that bad" asks about what came before; it is no pain at night
        ("i get up for a wee once a night, is that bad", None),
        ("my back wakes me every night, is that bad", "night_pain"),
        ("i fell back asleep on the sofa and woke with a stiff back", None),
        ("the tin of paint fell on my foot and my back's sore from limping", None),
        ("our server had a crash and i sat at my desk all night, my back is stiff", None),
        ("crashed my laptop again, my back is sore from hunching", None),
        ("singing in my chest voice makes my back ache", None),
        ("the heat pad makes me sweat but it helps my back", None),
        ("cutting sugar, lost a few pounds, my back feels easier", None),
        # "is X normal" asks even when a question follows; "temperature normal" after "is it ok" still denies
        ("is back pain after a chest infection normal, what should i do", "infection"),
        ("is back pain after a kidney infection normal or should i see someone", "infection"),
        ("is it ok, temperature normal, my back just aches", None),
    ],
    "bq": [
        # round BQ (from dev264, English as a second language), said another way
        ("the urine is falling from me without i want it, back very bad", "bladder_bowel"),
        ("the kilos are falling from me and i do not diet, back hurts", "weight_loss"),
        ("i dirty my pants and did not feel it, my sciatica is bad", "bladder_bowel"),
        ("i do not feel i need to pee since the back went bad", "urinary_retention"),
        ("my pee keeps stopping in the middle since i hurt my back", "urinary_retention"),
        ("since the disc, with my husband it is not possible, no hardness", "sexual_dysfunction"),
        ("i sweat so much the bed is wet at night and my back is bad", "fever"),
        ("infection in my chest with the cough and now the back pain", "infection"),
        ("my body defence is low from the medicine and my back hurts", "immune_risk"),
        ("back pain ke baad se erection nahi ho rahi", "sexual_dysfunction"),
        ("only small small drops come out when i go, back is bad", "urinary_retention"),
        ("no urine came since morning and my back is worse", "urinary_retention"),
        ("my trousers becoming too big and i am eating the same, back pain", "weight_loss"),
        ("i can only sleep sitting because of my back", "night_pain"),
        ("i had kanser years ago and now my back hurts", "cancer_history"),
        # "can't stop weeing" is losing control; "stopped weeing" is retention
        ("i can't stop weeing myself since the back went", "bladder_bowel"),
        ("i've stopped weeing since my back went", "urinary_retention"),
        # an infection that cleared up, with the back pain starting after it, is recent
        ("after the kidney infection cleared up i started getting this back pain", "infection"),
        ("i'm down eight kilos since the summer, not on purpose, and my back aches", "weight_loss"),
        # what stretches or exercises help is asked for the asker's own legs
        ("which exercises help with tingling down both legs at once", "both_legs"),
        # "is it serious if your ..." asks about the asker
        ("is it serious if your leg keeps giving way with sciatica", "leg_weakness"),
        ("is it serious if your dog has a fever", None),
        ("roasting then freezing, like going in and out of a sauna, and my back is bad", "fever"),
        # near misses
        ("i sweat when i do the exercise for my back, is that normal", None),
        ("the capsaicin cream makes my back burning hot", None),
        ("i had a kidney infection in march, it finished, the back is just stiff", None),
        ("does back pain mean cancer, i read on facebook", None),
        ("is losing weight good for the back, i am overweight", None),
    ],
    "br": [
        # round BR (from dev266 and dev273, English as a second language), said another way
        ("my back is bad and my bladder does not listen to me, it empties alone", "bladder_bowel"),
        ("the urine runs from my mother like a small child and her back hurts", "bladder_bowel"),
        ("he is doing potty in his pants without knowing and his back is bad", "bladder_bowel"),
        ("since the sciatica i have lost the power of the man", "sexual_dysfunction"),
        ("during lovemaking there is no feeling down there since the back", "sexual_dysfunction"),
        ("my chest is pressing and the back also from the morning", "chest_pain"),
        ("in the rugby a big guy jumped on me and now my back hurts", "trauma"),
        # no wish to go at all is retention, not leaking
        ("the wish for the toilet is gone since my back got worse", "urinary_retention"),
        ("i go to the toilet and it stays inside, since the disc", "urinary_retention"),
        ("the place where i sit is sleeping since my back pain", "saddle_numbness"),
        # sweat that wets the bed is a fever, not a wet bed
        ("i sweat the bed wet at night and my back aches", "fever"),
        ("i slipped a little in the bathroom and i have osteoporose, my back is very sore", "steroids_osteoporosis"),
        # chemotherapy long finished is a history of cancer
        ("i had chemotherapy for breast cancer years ago, in remission, and now back pain", "cancer_history"),
        ("formigamento nas pernas and my back is killing me", "both_legs"),
        ("estou com febre and my back hurts", "fever"),
        ("não tenho febre, only my costas are sore", None),
        # near misses
        ("can steroids make the bones weak, i want to understand", None),
        ("is back pain a sign of cancer, i read on whatsapp", None),
        ("my laptop has a virus infection and my back is stiff from fixing it", None),
        ("i was crashing on my friend's couch all week and my back is stiff", None),
        ("my salary is so thin i cannot pay for physio", None),
        ("the chest infection i had is finished now, i am okay", None),
        ("the anaesthetic will make the leg numb for a few hours, the doctor said", None),
        # "potty" alone is the toilet ("going potty" is going mad)
        ("my toddler is learning to use the potty and my back hurts from bending", None),
        ("my manhood's not working since the lumbago and it was fine last month", "sexual_dysfunction"),
    ],
    "bs": [
        # round BS (from dev268 carers, dev269 recogniser errors, dev272 older rural speakers), said another way
        ("she keeps saying her back is fine now but she has been wetting herself all week", "bladder_bowel"),
        ("my neighbour can't get his water to come out and his back has been bad for days", "urinary_retention"),
        ("since the sciatica i've lost the urge to pee completely", "urinary_retention"),
        ("dad's fluid chart shows no output since lunch and he's in bed with his back", "urinary_retention"),
        ("since my back got worse both legs are unsteady, like i'm drunk", "both_legs"),
        ("one of the residents slid out of the hoist and her back hurts", "trauma"),
        ("i found my dad at the bottom of the stairs, he says he's ok but his back hurts", "trauma"),
        ("my client's quads are wasting and weak with his disc", "leg_weakness"),
        ("bilateral sigh attica, is that bad", "both_legs"),
        ("i've got a feeva and my back is killing me", "fever"),
        ("rigours and a bad back since last night", "fever"),
        ("i've fallen away to nothing these last months and my back is bad", "weight_loss"),
        ("my bosom feels tight and my back aches between the shoulders", "chest_pain"),
        ("i feel nothing down there when my wife and i are together since my back went", "sexual_dysfunction"),
        ("he can't finish anymore, nothing comes out, since his back went", "sexual_dysfunction"),
        ("i slipped a disc and i can't get the water to come", "urinary_retention"),
        # older development lines: a dry climax, a slipper lost from a weak foot
        ("nothing is coming out when i finish since my back got bad", "sexual_dysfunction"),
        ("my slipper keeps falling off because my foot can't hold it, my back hurts", "leg_weakness"),
        # "they" of clothes that have gone baggy is no other person
        ("my jeans used to be tight and now they're baggy, not dieting, and my back aches", "weight_loss"),
        # near misses
        ("i've fallen away from the gym since my back went", None),
        ("my mum keeps asking if i've lost weight and i haven't", None),
    ],
    "ce_languages": [
        # languages the second lexicon tables brought in (Swedish, Finnish, Indonesian, Zulu, Hebrew ...)
        ("ryggen gor ont och jag kan inte kissa sedan igar", "urinary_retention"),
        # Swedish "men" ("but") ends the denial before it, as "but" does
        ("ingen feber men ryggen gor ont och jag kan inte kissa sedan igar", "urinary_retention"),
        ("rintakipu and selkakipu started together twenty minutes ago", "chest_pain"),
        ("sakit pinggang and kesemutan di kedua kaki sekaligus", "both_legs"),
        # denials, other people, animals, years ago and songs, said in those languages
        ("ingen feber and no numbness just ont i ryggen", None),
        ("tidak demam and i can pee normally just sakit pinggang after moving house", None),
        ("var katt is losing weight since he got old", None),
        ("umwana wanjye has umuriro so we're staying home today", None),
        ("for mange ar siden my leg was weak after a disc op it's totally normal now", None),
        ("putar lagu crash by the vaccines", None),
        # a word that is English stays English: "spill" is Norwegian "play" too
        ("i took a nasty spill off the porch", "trauma"),
    ],
    "ce": [
        ("back pain plus i just had an accident in my trackies on the bus mate", "bladder_bowel"),
        ("is it normal that my bladder just went while i was sitting there my back's been bad all week", "bladder_bowel"),
        ("no feeling in my privates when me and my missus are getting it on and my back is killing", "sexual_dysfunction"),
        ("my mate said the area that'd touch a bike seat has gone numb since he slipped a disc", "saddle_numbness"),
        ("got boarded hard in hockey and my back's been mad since", "trauma"),
        ("i read that perianal numbness is a cauda equina symptom and that's exactly what i have with my sciatica", "saddle_numbness"),
        ("i've got pyrexia and back pain is that one of the red flags", "fever"),
        ("fell of the roof two meters an my backs hurting", "trauma"),
        ("my sex area is sleeping and my low back is burning", "saddle_numbness"),
        ("i trip on the carpet all day because my foot does not come up and my back is bad", "leg_weakness"),
        ("i cannot take air and my upper back is very painful", "chest_pain"),
        # near misses
        ("bieber fever is back apparently", None),
        ("there's a fall in crypto prices again", None),
        ("my legs are not sleeping only the back is hurting", None),
        ("da li cancer can spread to the spine", None),
        # "it's going through to my back" is no resolved "it's gone", nor "the fall of" a fall
        ("i've got a horrible pain in me chest and it's going through to me back", "chest_pain"),
        ("my back hurts since the fall of the roman empire lecture", None),
    ],
    "cf": [
        # a sign told through what someone can no longer do or notice
        ("i've ruined two sets of sheets this week and the back pain has been horrendous", "bladder_bowel"),
        ("my back's been awful and i can't tell whether i've finished peeing it feels like there's always more in there",
         "urinary_retention"),
        ("i don't wake up with a morning glory anymore since i hurt my back", "sexual_dysfunction"),
        ("night nurse here my lower back's killing me and my leg went out from under me on the ward", "leg_weakness"),
        # a relative who "keeps saying it's fine" has not said so for the speaker
        ("my husband has a slipped disc and he's started leaking urine he keeps saying it's fine but i'm worried",
         "bladder_bowel"),
        ("i'm sure it's just stress at work but i've lost weight and my back is sore", "weight_loss"),
        ("had a kidney infection a few weeks back, cleared up supposedly, but the back pain's not going", "infection"),
        # near misses
        ("the toilet keeps leaking and the plumber's coming tomorrow", None),
        ("theres been a fall in wool prices and im stressed and my back's tight", None),
        ("play a podcast about cancer survivors", None),
        ("the doctor checked out my chest pain and said it was heartburn and that went away weeks ago", None),
    ],
    "co": [
        # one leg said with an "s" a recogniser adds ("my left leg's gone" written "my left legs gone"); two legs
        # counted out; a sign told by what has changed (a night slept sitting up, a day without peeing)
        ("my left legs gone weak since i hurt my back", "leg_weakness"),
        ("since the back injury my two legs are trembling and have no power", "both_legs"),
        ("i've been sleeping sitting up for a week because of my back", "night_pain"),
        ("my dad's sciatica is bad and he has gone all day without peeing", "urinary_retention"),
        ("i can only pass a trickle since the disc went", "urinary_retention"),
        # a report with a question after it is still a report
        ("numb down there what does it mean", "saddle_numbness"),
        ("numb down there is it dangerous", "saddle_numbness"),
        # a test or a word of comfort said after a sign today is no recovery from it (phrases tried as
        # "resolved" this stop and taken out again because they set these aside)
        ("i wet myself twice today and the doctor said it was all fine", "bladder_bowel"),
        ("i can not pee since yesterday and the blood tests came back normal", "urinary_retention"),
        ("i can't hold my pee not anymore", "bladder_bowel"),
        ("the chiropractor cracked my back and now both my legs are numb", "both_legs"),
        ("i have a heat pack on and i have a fever of thirty nine", "fever"),
        # near misses: a list, a market, a procedure's expected numbness, a cold, strength long back
        ("alexa add heating pads and adult diapers to the shopping list", None),
        ("bitcoin had a big fall today and my back is stiff", None),
        ("my husband had the snip today and he's numb down there from the local anaesthetic", None),
        ("i had a fever last month but that was just a cold", None),
        ("my leg used to give way before the operation but it's been strong for years", None),
        ("can back pain be caused by an infection", None),
    ],
    "cq": [
        # a past that ends inside what was found ("... went away *but now* it's back in both legs")
        ("had sciatica in one leg years ago that went away but now it's back in both legs at once", "both_legs"),
        ("i had back pain years ago that got better but its back and ive lost weight without meaning to", "weight_loss"),
        # "nothing was broken" is a check: a crash today still stands, one years ago does not
        ("i had a car accident today and they said nothing was broken at the scene but my back really hurts now", "trauma"),
        ("i fell off a ladder years ago but nothing was broken", None),
        # sciatica that changes sides; one leg with the other said to be fine
        ("is it an emergency my sciatica's jumping sides every day", "both_legs"),
        ("the sciatica's only down the one leg and the other one is grand", None),
        # a symptom told through what changed ("orgasms feel dull"), a sport's hit
        ("my orgasms feel dull and far away since my back trouble started last month", "sexual_dysfunction"),
        ("my child was playing football and some big boy hit him hard and now his back is hurting", "trauma"),
        # near misses: a dip in the sea, markets and films, a cough's dribble, a vasectomy's advice
        ("i was shivering after me dip in the sea at new year", None),
        ("this film was a complete flop a total crash at the box office", None),
        ("i only leak a dribble when i cough", None),
        ("i had a vasectomy last week and they said no sex for a bit can i still do pilates for my back", None),
        # round CS: a sign played down is still a sign ("it doesn't hurt", "nothing broken i think", a guess at
        # the cause of chest pain with breathlessness, "didn't even feel myself" wetting the bed)
        ("the numbness in my thigh is getting worse every day since my back went but it doesn't hurt so i'm not worried",
         "leg_weakness"),
        ("i went over the handlebars on my mountain bike and landed on my back it's sore but nothing broken i think", "trauma"),
        ("my back and chest are really sore and i'm struggling to breathe probably just a chest infection", "chest_pain"),
        ("last night i didn't even feel myself wetting the bed", "bladder_bowel"),
        ("hardly going to the loo at all since i hurt my back", "urinary_retention"),
        ("the shop's card machine crashed so i paid cash", None),
        ("i'm wearing pads because i'm on my period and my back aches like it always does", None),
        # round CT: back again right after the sign, "should clear up" no recovery, "unintentional" stays unexplained
        ("the bladder trouble is back again since my back went out i had the same thing last year and it settled",
         "bladder_bowel"),
        ("sciatica in both legs again like i had two years ago before my disc surgery", "both_legs"),
        ("since my kidney infection my lower back has been aching the doctor said it should clear up", "infection"),
        ("unintentional weight loss this year and back pain the scales at the gym must be wrong", "weight_loss"),
        ("my physio uses a heat pack and it makes my back sweat", None),
    ],
    "cu": [
        # round CU. A transplant is the immune sign whatever follows it: "transplanted my" (seedlings), read by
        # stem, had set aside "after my transplant my back hurts"; the other meaning now names what was moved.
        ("after my transplant my back hurts", "immune_risk"),
        ("i've had a kidney transplant, my back hurts now", "immune_risk"),
        ("we transplanted the tomato seedlings today and my back is stiff from bending", None),
        # "this time" ends a past told before it; a year said in digits is a past ("back in 1990")
        ("last year's bout cleared up but this time i'm losing control of my bowels", "bladder_bowel"),
        ("i had a kidney infection back in 1990 and my back aches a bit", None),
        # as a recogniser writes an older speaker: "cant p", "num"
        ("cant p since yesterday and my back", "urinary_retention"),
        ("num down below since my back went", "saddle_numbness"),
        # a bladder that will not let go is retention, one that lets go a leak
        ("i can't get my bladder to go since my back flared up", "urinary_retention"),
        ("my bladder let go in the night with this back", "bladder_bowel"),
        # pain that no longer eases lying down; weight gone with no diet
        ("it used to ease when i lay down but now it doesn't", "night_pain"),
        ("ten pounds gone in a few weeks and my back is killing me", "weight_loss"),
        # near misses: a dram, a fall for someone, a deliberate fall, French "mets", a full bladder for a scan
        ("a wee dram before bed helps my back", None),
        ("i fell hard for him last summer", None),
        ("i fell deliberately at judo and my back is fine", None),
        ("alexa mets de la musique", None),
        ("i kept a full bladder for the ultrasound and my back ached", None),
        # round CV: a carer's words (no wet nappy all day; no better lying down), a weight lost on purpose for their
        # back, a stretch that lets a leg go floppy, a doctor's examination of a worry, a bladder
        # that empties properly, medicine taken at night
        ("my son hasn't had a wet nappy all day and he keeps arching his back in pain", "urinary_retention"),
        ("my partner's back pain doesn't get any better lying down", "night_pain"),
        ("my dad's losing weight to help his back", None),
        ("the physio told my son to let his leg go floppy during the stretch", None),
        ("i was worried about numbness down there but the doctor examined me and it's normal", None),
        ("the hospital scanned my bladder and said it empties properly", None),
        ("are muscle relaxants okay to take at night for back spasms", None),
        # round CW: a dribble when trying, a ski crash; a good night, a breath into the chest, a drink skipped
        ("trying to go and it just dribbles and my back is bad", "urinary_retention"),
        ("skied straight into a tree and my back hurts since", "trauma"),
        ("sleeping ok at night, the pain's mostly in the day", None),
        ("the physio taught me to breathe deep into my chest while stretching", None),
        ("i didn't drink after six so i wouldn't need to pee in the night", None),
    ],
    "cu_languages": [
        # round CU, mixed with English (Japanese, Tagalog, Cantonese, Vietnamese, Hindi, Nepali, Punjabi, Moroccan Arabic)
        ("koshi itaku natte kara tatanaku natta", "sexual_dysfunction"),
        ("nagtuturok ako ng droga and my back is killing me", "immune_risk"),
        ("m hai faat siu, just my back", None),
        ("hoi nho toi bi sot xuat huyet, lau lam roi, gio khoe", None),
        ("beta ko bukhar hai, back pain nahi, bas sardi zukaam", None),
        ("rjliya bjouj kaydrouni w kaytnemlou, men dahri", "both_legs"),
        # found by comparing every older development line before and after: a borrowed phrase that is also English
        # ("me nan" is Twi "my leg" and a Northern English grandmother) or too wide ("atesi var", "wazan kam", "bi hes")
        # made harmless lines warn, and was taken out
        ("me nan says the boiler's pressure has dropped again", None),
        ("kizimin atesi var randevuyu erteleyelim", None),
        ("ramzan mein wazan kam hona normal hai", None),
        ("dandan doktor bi hes kard labam hanoz bi hes ast", None),
        ("my friend injects insulin and her legs tingle sometimes", None),
    ],
    "cx": [
        # a question that names the asker only as anyone would be ("how would i notice it") stays a general one;
        # the asker's own symptom in the same line still warns
        ("what's foot drop and how would i notice it", None),
        ("what is saddle numbness and would i even notice it", None),
        ("what's foot drop, my left foot slaps the floor and i trip", "leg_weakness"),
        # ...and who wanted to know says nothing of who has it; someone's own sign in the line still warns
        ("can a slipped disc cause foot drop, i'm reading up for my wife", None),
        ("how do doctors tell if back pain is from cancer, my gran asked me", None),
        ("my gran asked me why her legs have gone numb", "both_legs"),
        # round CX: accented English as a recogniser writes it (a calf that is no animal, "fevah", a bladder
        # control lost without "of", a dribble when trying); a foot that drops a glass, a game's crash, a sleeping
        # position, a numb bum on purpose
        ("my left and right calf are both numb since yesterday", "both_legs"),
        ("me have fevah an me back a hurt", "fever"),
        ("my wife she lost control her water when she bend to pick the baby", "bladder_bowel"),
        ("just dribble dribble when i go pee and my back very pain since one week", "urinary_retention"),
        ("my foot drop the glass on the floor", None),
        ("the bike crash in my video game", None),
        ("i had a big crash in the game on saturday and my back hurts", "trauma"),
        ("what position to sleep at night for back pain", None),
        ("i sit on the cold floor on purpose to make my bum numb for the stretch", None),
        # round CX, the English half of mixed lines: a denial, baggy jeans bought so, a wallet sat on, a hot night
        ("nothing numb down there, i checked", None),
        ("my jeans are loose because i bought them baggy", None),
        ("the tingling in my butt was from sitting on my wallet", None),
        ("it's so hot tonight, i'm sweating", None),
        ("it's so hot tonight but i'm shivering and sweating with my back", "fever"),
        # round CY, older speakers: not reaching the lav in time, finding one had already gone, a bowel
        # control lost that a physio's promise does not undo, trousers that need braces; a heart said fine
        # ("heart's" is read "heart"), a scan that showed no osteoporosis, shares that took a fall, a fun
        # run's jelly legs, a word a friend mentioned
        ("couldn't get to the lav in time and i never even felt the urge, and the back's been murder all week",
         "bladder_bowel"),
        ("i went to spend a penny and found i'd already gone, and the pain in my back is something shocking",
         "bladder_bowel"),
        ("i've lost control of my bowels, love, and the physio promised me my back would be right as rain by now",
         "bladder_bowel"),
        ("my trousers need braces now to keep them up and i've never been on a diet in my life", "weight_loss"),
        ("i had the chest pain checked, they said my heart's fine and it was indigestion", None),
        ("my chest is tight right now, they said my heart's fine last year", "chest_pain"),
        ("the bone density scan showed no osteoporosis, so that's one thing ruled out", None),
        ("my bone density scan showed thinning", "steroids_osteoporosis"),
        ("the market's gone through the floor, my shares have taken a bad fall", None),
        ("i did the hospice fun run and my legs were jelly afterwards", None),
        ("what does foot drop mean, my friend at bingo mentioned it", None),
        ("my friend mentioned it, my foot drops when i walk", "leg_weakness"),
        # round CY, young people: not realising one had gone, a slow dribble; "trained" is no train; chemotherapy
        # finished is a history of cancer; chest pain asked of as "a heart thing", with no one named, stays a
        # general question (as two older sets have it)
        ("didn't realise i'd gone until i saw my joggers were soaked, back's still wrecked", "bladder_bowel"),
        ("pee just dribbles out really slowly now and my back's been agony for a week", "urinary_retention"),
        ("is chest pain with back pain a heart thing", None),
        ("we do stunt falls at drama club and we're trained for it", None),
        ("i fell off the train platform onto the tracks", "trauma"),
        ("i finished chemo two years ago and now my back hurts", "cancer_history"),
        # ...and everyday English that sounds like a sign (dev479)
        ("the chicken's leaking juice all over the bottom of the fridge", None),
        ("that curry was burning hot, my mouth's still on fire", None),
        ("my accident insurance is due for renewal, remind me tomorrow", None),
        ("i had a bad accident and my insurance won't pay", "trauma"),
        ("my physio says to let my knees drop side to side in bed", None),
        ("should i be sweating during my physio exercises", None),
        ("i deliberately crashed my car in the video game", None),
        ("i dropped my shoulder to make the tackle in rugby", None),
        ("i got tackled in rugby and my back hurts", "trauma"),
        ("i let my legs go limp for the relaxation exercise", None),
        ("i had my foot numbed so they could treat the verruca", None),
        ("i had the flu in january but i'm well over it", None),
        # leg raises explain nothing: a sign during an exercise is still the sign (found by comparing every older line)
        ("do i keep doing the leg raises if both legs go numb during them", "both_legs"),
        # misses left after the borrowed phrases: not able to come, a Ghanaian "pressure for my chest", West
        # African "easing myself" (peeing), numbness when a couple sleep together
        ("i can't come anymore and down there feels numb, since my back pain got worse", "sexual_dysfunction"),
        ("i can't come anymore to the physio, my back is too sore to drive", None),
        ("chale pressure for my chest and pain for back, physio no fit fix this one", "chest_pain"),
        ("i haven't felt like easing myself since morning, like twelve hours now, is that because of my back",
         "urinary_retention"),
        ("since the back pain i feel nothing down there when my mume and i sleep together", "sexual_dysfunction"),
        # round CZ, bodies that already have symptoms, pregnancy and work: numbness or weakness an epidural leaves
        # for days is a warning (the block wears off within hours), a new bladder change on top of an old one, a
        # denial of before that "today" ends, a seat wet without feeling it, a trench that caved in, a leg not
        # obeying; a usual diabetic numbness, a friend's twisted ankle, practising falls, a sugar crash, a scan's
        # full bladder, a site hut, a van's weight and fall arrest training are not signs
        ("after the epidural my leg stayed weak, it's been three days and now my back hurts", "leg_weakness"),
        ("both my feet are still numb a week after the epidural and my back is sore", "both_legs"),
        ("had a stroke last year so my bladder's a bit weak, but now it just goes on its own with no urge at all",
         "bladder_bowel"),
        ("i'm diabetic with numb feet but i've never had accidents before, today i didn't even notice i'd peed",
         "bladder_bowel"),
        ("i drive a delivery van and i've wet the seat twice without feeling it, back pain's through the roof",
         "bladder_bowel"),
        # ...only a seat wet: not feeling it "when I pee" is still the saddle's numbness
        ("i can't feel it when i pee like i know it's coming out but there's no feeling down there at all",
         "saddle_numbness"),
        ("trench caved in on me and i got crushed, back's in agony", "trauma"),
        ("my right leg is not obeying me today, i fall down twice, back is paining", "leg_weakness"),
        ("i'm way under my pre pregnancy weight now, eating normally and not breastfeeding, and my back hurts",
         "weight_loss"),
        ("i've had numb feet from diabetes for years, nothing's changed, my back's just sore", None),
        ("i've had numb feet from diabetes for years but now both legs are going weak", "both_legs"),
        ("my friend tripped on the pavement and twisted her ankle", None),
        ("my physio's teaching me how to get up safely from a fall", None),
        ("i practise tipping out of my wheelchair safely with my physio", None),
        ("i had a sugar crash at three o'clock", None),
        ("i'm holding my wee for the scan, they want a full bladder", None),
        ("the roof of the site hut leaks every time it rains", None),
        ("the van's lost weight since we stripped the racking out", None),
        ("did the fall arrest training on the harness at work, all fine", None),
        # a prosthetic leg giving way is no weak leg (the fall after it still warns); a hit and run; a Hindi
        # "is it serious agar (if) ..." asks about the asker's own leak, as the English forms do
        ("my prosthetic leg gave way and i fell down the concrete steps at the station, landed on my lower back",
         "trauma"),
        ("na-hit and run ang lola ko, she says ang sakit ng likod niya", "trauma"),
        ("is it serious agar kamar dard ke saath susu leak ho raha hai", "bladder_bowel"),
    ],
    "da_and_db": [
        # rounds DA and DB, from development lines missed or falsely warned on
        ("when i need a number two now it just goes before i can get anywhere, back's no better", "bladder_bowel"),
        ("my bowels have stopped behaving, i ran out of a meeting today and didn't make it and barely felt it go",
         "bladder_bowel"),
        ("my shoe keeps coming off my left foot and i don't even feel it go", "leg_weakness"),
        ("since last night i keep going to the loo and nothing at all comes out", "urinary_retention"),
        ("mi wata stop up, it naw come out, and mi back a hurt mi", "urinary_retention"),
        ("mi pee a come out like a likkle drip drip, an mi back bad", "urinary_retention"),
        ("the kitchen tap is leaking again, drip drip all night", None),
        ("i ain't peed since breakfast and it's nighttime now, sciatica's bad", "urinary_retention"),
        ("totaled my truck and my back's been screamin ever since", "trauma"),
        ("i'm on drugs for my lupus that knock down my immunity, back's hurtin", "immune_risk"),
        ("my privates go numb when i'm with my girl, back's been hurtin", "sexual_dysfunction"),
        ("i been fallin off, gettin skinny and i ain't even tryin", "weight_loss"),
        ("my bones have gone thin since the change and i slipped, now the back's bad", "steroids_osteoporosis"),
        ("i wake up in tears with my back, sorry to be soft", "night_pain"),
        ("it's not a moving thing, it hurts even tucked up in bed", "night_pain"),
        ("the pain does not allow me to close my eyes at night", "night_pain"),
        ("her pad's been bone dry all shift and she's groaning with her back", "urinary_retention"),
        ("it's like someone turned the tap off down below, and this back just won't settle", "urinary_retention"),
        ("both legs are like rubber, cannot walk far, back still bad", "both_legs"),
        ("my trouser is falling from my waist, i've slimmed down and i'm not even dieting", "weight_loss"),
        # a blood cancer's chemotherapy stays the immune sign, as leukaemia's does
        ("my son is having chemo for blood cancer and now he complains of back pain", "immune_risk"),
        # a general question followed by why it is asked; "why do ... happen"
        ("can hiv cause back pain, i'm studying nursing", None),
        ("does weight loss ever mean something serious with back pain, asking for a leaflet i'm translating", None),
        ("why do night sweats happen", None),
        ("can sciatica come in both legs or only one", None),
        # a reassurance resolves a problem told as once, never one told as now
        ("i once had a problem with peeing but the urologist said everything is fine", None),
        ("i can't pee since this morning but the gp said everything is fine", "urinary_retention"),
        # other meanings
        ("i lost weight to make lightweight for rowing", None),
        ("did a polar plunge for charity and couldn't feel my legs for a bit", None),
        ("i let myself fall backwards into the foam pit", None),
        ("trust fall at the team building, fell backwards on purpose", None),
        ("doctor checked my bone density, osteoporosis ruled out", None),
        ("my dad laughed so hard he said he nearly wet himself, he didn't though", None),
        ("that cricket match gave me heart attack", None),
        ("my father has chest burning after eating spicy biryani", None),
        ("should i take antibiotics for back pain", None),
        # Hindi says the absence after the thing: a denial said last denies ("osteoporosis nahi hai"), while a
        # control or a feeling said absent is the sign itself
        ("dexa scan karwaya, haddiyan normal hain, osteoporosis nahi hai", None),
        ("potty pe control nahi hai", "bladder_bowel"),
        ("neeche feeling nahi hai", "saddle_numbness"),
        ("my urine is uncontrolled", "bladder_bowel"),
    ],
    "dc": [
        # a state reached and holding is now, whatever time is said of something else after it
        ("my inner thighs have gone numb, i had a discectomy three months ago", "saddle_numbness"),
        ("my legs had gone numb two years ago but that cleared", None),
        # the finding's own time said first: a later "last year" is of the operation
        ("came off my bike at the weekend and i had a fusion last year", "trauma"),
        # Scots: "dowp" (bottom), "breeks" (trousers), "masel" (myself); an Irish "roaring with the pain" at night
        ("nae feelin roon ma dowp since the back went", "saddle_numbness"),
        ("ma breeks are aw loose and a'm nae on a diet", "weight_loss"),
        ("i'm after waking at three in the morning roaring with the pain", "night_pain"),
        ("pain shooting down each leg since yesterday", "both_legs"),
        # a leg weakening "day by day" is no gym "leg day"; a painkiller that "doesn't touch the pain" denies nothing
        ("losing the strength in my left leg day by day", "leg_weakness"),
        ("the tablets don't touch the night-time back pain at all", "night_pain"),
        # questions asked in a few words
        ("define cauda equina", None),
        ("how tell a slipped disc from a fracture", None),
        ("symptoms of spinal infection", None),
        # the osteopath, a nappy, a fall on purpose, a stage dive
        ("the osteo cracked my back and it felt great", None),
        ("the baby soiled his nappy right up his back", None),
        ("i fell off the bed on purpose to make the kids laugh", None),
        ("someone caught me when i jumped off the stage, they caught me, no harm", None),
        # a general question keeps its "without trying"; someone whose back is said to be perfectly fine
        ("does losing weight without trying always mean something serious", None),
        ("my father has prostate cancer but his back is perfectly fine", None),
    ],
    "dd": [
        # "but no" takes back what was said before it, it denies nothing after it
        ("i thought it was just sweat but no, i'm actually wetting myself and can't feel it", "bladder_bowel"),
        # a question asked because it is happening to the asker is the asker's own case
        ("could a bad disc cause impotence, because that's started happening to me since the summer", "sexual_dysfunction"),
        ("could a bad disc cause impotence", None),
        # Australian: wetting oneself asleep said as "gone in me sleep"; sciatica "on the two sides"
        ("woke up wet, i'd gone in me sleep, and me back's stuffed", "bladder_bowel"),
        ("sciatica on the two sides now, since tuesday", "both_legs"),
        # what a recogniser writes for "losing", "steroids", "osteoporosis", "erection"
        ("i'm loosing the strength in my left leg", "leg_weakness"),
        ("on stair roids for years and had a little fall", "steroids_osteoporosis"),
        ("it's my back that stops me getting an direction", "sexual_dysfunction"),
        ("stair roid injection booked for my disc", None),
        # an illness that "knocked me flat" is no crash (and its "chest" no chest pain); a bridge done with both legs
        ("had a chest infection that knocked me flat, then my back started hurting", "infection"),
        ("should i do the bridges with both legs or one", None),
        ("my partner's blood pressure tablets have affected him in the bedroom, no back trouble at all", None),
        ("i did the ice bucket challenge and was freezing but i'm warm again now", None),
        ("there's no toilet on the coach so i haven't peed since lunch", None),
        ("my dad's toes went numb in his tight new work boots", None),
        ("does erectile dysfunction have anything to do with the back", None),
    ],
    "de": [
        # "sorry, no fever" denies; "sorry no, my left leg" still corrects
        ("sorry, no fever, it's just the back", None),
        # understatement and euphemism
        ("legs are a bit wobbly, like i've had a few, and i haven't touched a drop", "both_legs"),
        ("since the sciatica there's nobody home in the trouser department", "sexual_dysfunction"),
        ("the plank gave way and i dropped a whole storey, back's a bit stiff", "trauma"),
        ("the tuk tuk turned over with me inside and my lower back hurts", "trauma"),
        ("my daughter's had an accident in the lecture, she didn't feel it coming, and her back's been bad", "bladder_bowel"),
        ("the electric feeling goes to the left leg and right leg at the same time", "both_legs"),
        # the speaker's own guess explains no fever; a parent said to be resting is no pain at rest
        ("had the sweats all night and my back's worse, reckon it's just the weather turning", "fever"),
        ("mum's finally fallen asleep, her back's sore but she's resting", None),
        # "excuse me" before a question makes it no one's own
        ("excuse me, can sciatica affect both legs", None),
        # Hindi question endings, and an Arabic "turn it up" whose "sot" is Vietnamese for fever
        ("back pain mein bukhar kyun aata hai", None),
        ("chest pain aur back pain kab emergency hota hai", None),
        ("alexa, 3alli el sot", None),
    ],
    "df": [
        ("patient retention is a big topic at our practice", None),
        # Yiddish "beser" is "better" (Indonesian "beser" is a leak)
        ("vos iz beser for the back, heat or ice", None),
        ("mi neva have cancer inna mi life", None),
        ("holding my pee on purpose for the ultrasound, full bladder", None),
        ("soca fever hit me for carnival", None),
        # a boat "takin on water": a borrowed "takin" once kept the dropped g from being put back
        ("the boat's after takin on water and she's leakin something terrible", None),
    ],
    "dg": [
        # weight "falling off" is no fall; waking up stiff is no night pain
        ("weight's falling off me, falling off, and my back's wrecked", "weight_loss"),
        ("waking up with a stiff back after falling asleep on the sofa", None),
        ("why do i keep waking up with a stiff lower back", None),
        ("tengo fiebre del futbol, the match is tonight", None),
        ("went to zero units of alcohol and lost four pounds", None),
        ("a&e x-rayed me after a fall in january, no fracture, back's fine", None),
    ],
}

RULES: dict[str, Readings] = {
    "df": [
        # clinical words: a sphincter, enuresis, a residual on a bladder scan, "mva", retrosternal pain, a T-score
        ("i think i've lost sphincter control and my back is awful", "bladder_bowel"),
        ("new onset enuresis with my disc problem, is that bad", "bladder_bowel"),
        ("the bladder scan showed six hundred mls residual and my back is killing me", "urinary_retention"),
        ("mva last week and my lower back is killing me", "trauma"),
        ("retrosternal tightness along with the back pain", "chest_pain"),
        ("t score of minus two point eight and i slipped off the step, back hurts since", "steroids_osteoporosis"),
        # a phrase that opens with its own negation is said negatively: a "can't" before it denies nothing
        ("since his back went he can't manage it, nothing happens down there", "sexual_dysfunction"),
        ("things in the marital bed have stopped working since my back went", "sexual_dysfunction"),
        ("pain around the heart and it goes through to my back", "chest_pain"),
        # Yiddish, Jamaican ("fall off" is to lose weight) and Lao (a leg, not both)
        ("ikh ken nisht pishn since this morning and der rukn tut vey", "urinary_retention"),
        ("everybody a tell mi seh mi fall off an mi back a hurt", "weight_loss"),
        ("kha khoy oon since the sciatica started", "leg_weakness"),
    ],
    "dg": [
        # a clinician's warning or question retold, then said to be happening: the sign is the speaker's own
        ("the physio warned me about numbness around my bottom and i've got it now", "saddle_numbness"),
        ("the leaflet says only passing a trickle is a warning sign and that's all i'm getting", "urinary_retention"),
        ("the chiro said sexual dysfunction with back pain needs a hospital and i have it", "sexual_dysfunction"),
        # "don't wait" is advice, not a denial
        ("the consultant said if my other leg starts too don't wait, and it started this morning", "both_legs"),
        # panicked speech
        ("my nan's soaked and says she can't feel herself going, her back's bad", "bladder_bowel"),
        ("it keeps going limp and my lower back is killing me", "sexual_dysfunction"),
        ("my son keeps waking with back pain and crying", "night_pain"),
        # long-term cortisone and a fall off a chair: the thin-bones sign, not a crash
        ("on long-term cortisone and i fell off a chair, now my back hurts", "steroids_osteoporosis"),
        # Oromo and Afrikaans
        ("fincaan bahuu dide since last night, dugdi na dhukkuba", "urinary_retention"),
        ("ek kan nie slaap nie, my rug is te seer in die nag", "night_pain"),
    ],
    "dh": [
        # speech mostly in another language: Pashto, Punjabi, Tamil, Hausa, Levantine Arabizi, Odia
        ("mityazay ne raazi since morning and zama mla dard kawi", "urinary_retention"),
        ("dohan tangan vich jhunjhuni and lak bahut dukhda", "both_legs"),
        ("theriyamale onnukku poyiduchu, back pain romba", "bladder_bowel"),
        ("fitsari ya kubuce min and my back is paining me", "bladder_bowel"),
        ("ijri ma bterfa3 kfaye w dahri ywaja3ni", "leg_weakness"),
        ("pisaba hei gala and anta byatha since yesterday", "bladder_bowel"),
    ],
    "di": [
        # several things asked at once: a wish to learn said after the sign opens a question of its own, a new
        # question after "and" ends the clause that asks in general, "not on purpose" denies nothing, a fall off
        # the bottom stair is a minor fall
        ("my dad tumbled down the whole flight of stairs and his back is sore, and he wants to know if he can have a bath",
         "trauma"),
        ("can sciatica affect both legs my mum wants to know", None),
        ("does the epidural make your legs weak for a bit afterwards, and can i drive home", None),
        ("my legs are weak and is it the disc", "both_legs"),
        ("i'm holding it in but not on purpose, like i physically can't get the wee out, and my back is still bad",
         "urinary_retention"),
        ("i take steroid tablets every day for my lungs and i fell off the bottom stair, and my back hurts",
         "steroids_osteoporosis"),
        ("what is saddle anaesthesia, i read it in an article, and is it rare", None),
        ("i've been practising parachute landing falls in training, all planned, my back's fine", None),
        # a recogniser's "inner course", an accident "in the smalls", burning when you wee, "it's happening right now"
        ("vagina numb during inner course", "sexual_dysfunction"),
        ("had a bit of an accident in the smalls department and never felt it coming, my back's been murder",
         "bladder_bowel"),
        ("i had that burning down below when you wee, the usual ladies' trouble, and now my back's bad", "infection"),
        ("is chest pain with back pain serious it's happening right now", "chest_pain"),
        ("it just dribbles, never a proper flow, ever since the sciatica started", "urinary_retention"),
        # own-case weight loss asked as "is it normal": no plan to lose weight explains it
        ("is it normal to lose weight with back pain cos i've lost loads", "weight_loss"),
        ("is it normal to lose weight so fast on keto", None),
        # speech mostly in another language: Ilocano, Thai, Hindi, Portuguese, Croatian
        ("diak marikna ti tissue no agpunas ak kalpasan ti isbo", "saddle_numbness"),
        ("chan kin ya kod phoom khum kan yu ka, puat lang", "immune_risk"),
        ("maa ko neeche ki jagah pe haath lagao to feel nahi hota, unki kamar bhi dukh rahi", "saddle_numbness"),
        ("a kota diz que nao sente o rabo quando se senta, she has a bad back", "saddle_numbness"),
        ("pijem kortizon vec godinama, lagano sam pala, kriza", "steroids_osteoporosis"),
    ],
    "dj": [
        # regional American speech: a dropped g, "lets" read as "let us", "do not" for "does not", a crash by a
        # drunk driver, "me and my wife was together"; the Dow's fall, "back in oh eight", "what it mean when"
        ("physical therapy ain't helped my back and now my bladder's just emptyin whenever it wants", "bladder_bowel"),
        ("i used to hang on for hours and now my bladder just lets go with this sciatica", "bladder_bowel"),
        ("layin down don't help my back one bit", "night_pain"),
        ("a drunk driver plowed into me and now my back's worse than ever", "trauma"),
        ("my privates went numb when me and my wife was together, and my back's bad", "sexual_dysfunction"),
        ("the dow took a big fall today", None),
        ("had pneumonia back in oh eight", None),
        ("yo what it mean when back pain wake people up at night", None),
        # what people can no longer do or notice: the water bottle and the paper are no excreta
        ("i sat on the hot water bottle and didn't feel it on my bum at all, back's been bad", "saddle_numbness"),
        ("when i wipe with toilet paper i don't feel it and my back hurts", "saddle_numbness"),
        ("it's gone from one leg to two and i can barely get round the block with the dog", "both_legs"),
        ("i have to wear nappies because everything leaks out", "bladder_bowel"),
        ("my friend fell while climbing, ten metres down, back broken", "trauma"),
        # speech mostly in another language: Korean, Japanese, Spanish, Swiss German, Darija, Kabyle (Arabizi "w")
        ("halmeoni ga heori dachigo naseo ojumeul moreuge jakku ssayo", "bladder_bowel"),
        ("kaidan no ue kara shita made ochita, koshi itai", "trauma"),
        ("se me durmio toda la zona donde uno se sienta, como si tuviera anestesia", "saddle_numbness"),
        ("min fudi isch ganz taub und vorne unde au, de rugge tuet weh", "saddle_numbness"),
        ("kan 3ndi cancer du sein w daba dahri kayderni", "cancer_history"),
        ("tawla fell i w 3rur iw yetqarri yi", "fever"),
    ],
    "dk": [
        # a repair and a denial right after a sign take it back; a repair to something else does not
        ("my leg's gone weak, no, sorry, it's not weak, it's just sore and stiff", None),
        ("numb round my bum, no, sorry, it's just achy from sitting, i can feel everything", None),
        ("my leg's gone weak, no sorry, my foot, it's dragging", "leg_weakness"),
        # the finding's own "not" denies no cause said after it; a cause said outright still counts
        ("grandad can't pee well, prostate, he's seeing a urologist", None),
        ("i can't pee well, prostate, and my back is killing me", "urinary_retention"),
        # what makes another person's sign count with no back said must not itself be denied
        ("my dad, my stepdad, can't sleep at night, he's a night owl, no pain, just can't sleep", None),
        ("my dad can't sleep at night with the pain", "night_pain"),
        ("it's not heartburn, i don't think, it's chest pain, and it goes into my back", "chest_pain"),
        ("i don't think it's chest pain, just my back", None),
        ("wasn't coughing or anything, it just poured out of me, wee everywhere, and my back's wrecked", "bladder_bowel"),
        ("can't walk on my heel on the right, physio checked that last month and it was fine, now it isn't", "leg_weakness"),
        ("i let myself fall backwards in a trust exercise at work", None),
        # speech mostly in another language: Russian ("i v" read "and into"), Georgian, Greek, Twi, Vietnamese
        ("vrach nichego ne skazal, no bol' idet v obe yagoditsy i v obe nogi", "both_legs"),
        ("ghame zurgi mtkiva da mighvidzebs", "night_pain"),
        ("tin nychta den boro na koimitho apo ton pono sti mesi, me xypnaei", "night_pain"),
        ("me kunu hwee fii dan atifi so, n'akyi ye no ya", "trauma"),
        ("than kinh toa co the bi ca hai chan khong", None),
    ],
    "dl_and_dm": [
        # "since i was a kid" names no child
        ("i've had a weak ankle since i was a kid but now the whole leg is going", "leg_weakness"),
        ("the doctor said his chest pain was indigestion and it went away", None),
        ("i've taken my belt in two notches since my new year's resolution", None),
        ("pasek musialem zapiac o dwie dziurki dalej, nie odchudzam sie, plecy bola", "weight_loss"),
        # a sign told and then asked about is the asker's own, whatever tag closes the line
        ("numb down there what causes it", "saddle_numbness"),
        ("numb down there when is it dangerous", "saddle_numbness"),
        ("numb down there what is the connection", "saddle_numbness"),
        # "around the same time" is no place beside the organ
        ("my penis feels numb, started around the same time as my sciatica", "sexual_dysfunction"),
        ("my inner thighs are nam since yesterday and my back is bad", "saddle_numbness"),
        ("the nurse did a bladder scan and said i'm holding nearly a litre, and my back is killing me", "urinary_retention"),
        ("i've had a fever for two days", "fever"),
        ("how do you treat foot drop", None),
        # speech mostly in another language: Arabic (Arabizi "w" after a digit-cut word), Amharic, Thai
        ("bel canada tzala2t men 3al sa2f w ana 3am shil el talj", "trauma"),
        ("shintebet sihed wereqet siteregu aysemagnim", "saddle_numbness"),
        ("tam mai nang nan mak kwa chi ja ork, pen tang tae puat lang", "urinary_retention"),
    ],
    "dn": [
        ("can't go even though i'm desperate, disc problem, is that possible", "urinary_retention"),
        ("gone the whole night and day without peeing, back's sore, is that normal", "urinary_retention"),
        ("had to change his sheets three times today, he's wetting and his back's seized up", "bladder_bowel"),
        ("i'm wetting the garden beds before the heat comes", None),
        ("it's a scorcher, we're all sweating in the garden", None),
        ("i'm on weight watchers and have lost a stone", None),
        ("i didn't go to the loo before my scan because they told me to keep a full bladder", None),
        # a sofa is no fall from height: the thin bones' sign, not an accident's
        ("brittle bones and landed hard on the sofa, back pain, is that serious", "steroids_osteoporosis"),
        ("the thermometer says normal", None),
        ("the thermometer showed normal", None),
        # pidgin: "cd4 low", "no fit" (cannot), to crash at a friend's house, to sweat out
        ("chale my cd4 low and my back dey pain", "immune_risk"),
        ("i no fit control my toilet again", "bladder_bowel"),
        ("i crash for my friend house last night", None),
        ("mi go fi steam bath fi sweat out", None),
        # speech mostly in another language: Korean, Mongolian, Japanese, Portuguese, Swedish, Austrian German
        ("heori apeun-de ojum-eul na-do moreuge ssasseoyo, physio danineun jung-inde", "bladder_bowel"),
        ("mornoos unaad nuruugaa gemtsen", "trauma"),
        ("ojiichan ga ashi wo hikizutte aruku you ni natta, koshi ga itai tte", "leg_weakness"),
        ("o pinto nao sobe mais e a lombar doendo", "sexual_dysfunction"),
        ("termometern visar trettioatta och ryggen varker, ar det farligt", "fever"),
        ("mei haxn gibt nach, i kann kaum mehr stehn, des kreuz tuat weh", "leg_weakness"),
    ],
    "do": [
        ("is it normal to not pee for like fifteen hours? back hurts but otherwise i'm fine lol", "urinary_retention"),
        ("hot as a kettle and my back hurts, should i worry or just take a paracetamol", "fever"),
        ("the weight's just dropping off me, wish it was the gym, back's sore", "weight_loss"),
        ("i wake up yelping with my back, probably the duvet", "night_pain"),
        ("bruh had tonsillitis for ages and now my back hurts", "infection"),
        ("why is my back pain so much worse at night", "night_pain"),
        ("will losing a few kilos help my sciatica", None),
        ("lowkey had a heart attack when i saw my grades", None),
        ("my baby cousin pooped through her nappy", None),
        ("had chest pain last month, they did an ecg, heart's fine, it was reflux", None),
        ("i had a fever last week but i'm fine now", None),
        # speech mostly in another language: Spanish, Arabic (Darija, Egyptian), Mandarin, Ukrainian
        ("no logro vaciar la vejiga, siempre queda algo adentro, y la espalda me mata", "urinary_retention"),
        ("dhri kay9tlni w rjlia b zouj mbenjin", "both_legs"),
        ("bard w ra3sha w dahri wage3ni", "fever"),
        ("wo yao tong, liang zhi jiao dou ma le", "both_legs"),
        ("mij poperek bolyt i ya ne vstyhla do tualetu, vse pishlo v shtany", "bladder_bowel"),
    ],
    "dp": [
        # round DP: a sudden breathlessness is no effort on the stairs; a tearing felt in the back
        ("belim agriyor, birden nefesim kesildi, iki basamak cikamiyorum", "chest_pain"),
        ("i get out of breath on the stairs and my back aches", None),
        ("sento come uno strappo violento nella schiena, mai provato, e mi gira la testa", "chest_pain"),
        ("puat klang lang yang kap mee khon chik, raeng maak, pen thanthi", "chest_pain"),
        # chemotherapy years ago is a history of cancer
        ("chemo 5 saal pehle, breast wala, ab lower back pain", "cancer_history"),
        # a borrowed back after a person named is that person's ("my mother's back")
        ("Hooyaday dhabarka ayaa xanuun ku haya, hadda saxarada way ka timaadaa iyadoo aan ogeyn", "bladder_bowel"),
        # a steroid course prescribed for the back itself is a treatment, not a risk; years of steroids are
        ("should i take the prednisolone for my sciatica with food", None),
        ("i've been on prednisolone for years for my asthma and now my back hurts", "steroids_osteoporosis"),
        # a song, a diet, a sibling's cough, a worry asked about, a fall that left nothing
        ("alexa, Fever e Dua Lipa ro pakhsh kon", None),
        ("patugtugin mo yung Fever ni Dua Lipa", None),
        ("i have a fever and my back hurts, play some music", "fever"),
        ("regim dagrm, kesham kam bwetawa, xoshhalim", None),
        ("i'm doing a fast this week so i've dropped a couple of kilos", None),
        ("aburo mi ni chest infection, o n wu kofi", None),
        ("quand faut-il s'inquieter d'une fievre avec mal au dos", None),
        ("when should i worry, i have a fever and my back is killing me", "fever"),
        ("j'ai fait une chute de velo a 12 ans, aucune sequelle", None),
        ("ho avuto la febbre la settimana scorsa, ora sto benissimo", None),
        ("sex life ma kei samasya chaina, kammar matra dukhcha", None),
        ("my husband has a sore back and now he's clutching his chest and can't catch his breath", "chest_pain"),
        ("my right leg can't press the clutch since my back went", "leg_weakness"),
        ("sorry this is embarrassing but since my back started hurting i can't control my vowels", "bladder_bowel"),
        ("play my chill lo fi playlist", None),
        ("the footy team took a big hit in the standings after that loss", None),
        ("The Prime Minister's taken a tumble in the polls, hasn't he.", None),
        ("bad backs can be cancer, is that right?", None),
        ("numb down there since my back went, is that right", "saddle_numbness"),
    ],
    "dq": [
        # round DQ: learners' English...
        ("after I bend and the back crack with big pain, now my pee go out weak like a old man and stop", "urinary_retention"),
        ("the ring is falling from my finger, I become thin, and back is pain", "weight_loss"),
        ("is normal the back pain is more strong when I rest? in day is ok", "night_pain"),
        ("I sleep good in the night, the back hurt only when I work", None),
        ("what is foot drop, my friend talk about it", None),
        ("can a heart attack feel like back pain? I read this", None),
        ("in judo we practice falling on the back, today many times", None),
        ("the sink in my kitchen is leaking water, who to call", None),
        ("the pipe in the bathroom is blocked, water not going out", None),
        # ...things that crash, fall off or are called cancer or fever...
        ("my hard drive crashed and I'm losing my mind, all photos gone", None),
        ("Cancer is my star sign, what's my horoscope today, goroskop", None),
        ("the car's back bumper fell off on the road, how much to fix in Almaty", None),
        ("nagvaneba Chest Fever by The Band", None),
        ("leg numbness during pregnancy, gone after birth, that was 2018", None),
        # ...and Arabizi, its digits spelled out as the recogniser hands them over
        ("el sayyara 2albat fina 3al autostrad, w halla2 dahri", "trauma"),
        ("rejlayi ta3banin ba3d el hiking 4 sa3at, 3adi hek?", None),
        ("la la ma fi shi bel rejlein, el waja3 bas bel dahr ta7t", None),
        ("el 7arara bel beit 3alye ktir el yom, shaghghel el mokayyef", None),
        ("mako 7umma, mako shi, bas waja3 dhahar", None),
    ],
    "dr": [
        # round DR: the lines the last retrain lost, put back by rules: a denial taken back ("actually hurts"), a
        # negative that is the symptom ("couldn't get my legs moving"), a cause told of an earlier time ("but this is
        # different"), someone said to "suddenly start", borrowed phrases that read a denial into a symptom...
        ("it's not chest day soreness, my chest actually hurts inside and so does my back", "chest_pain"),
        ("i missed my stop because i couldn't get my legs moving in time, both of them felt dead, back pain for days", "both_legs"),
        ("had a numb bum once after a long bike ride and it went away but this is different it's been three days and my back hurts",
         "saddle_numbness"),
        ("is it normal for someone with back pain to suddenly start wetting themselves", "bladder_bowel"),
        ("ghutne tak nahi, bas jahan baithte hain wahan sunn pan hai, disc bulge hai mera", "saddle_numbness"),
        ("bladder mte3i ma3adech yesma3 kalemi, pipi yokhroj wa7dou w dhahri yoja3ni barcha", "bladder_bowel"),
        ("wa bo diet but lose weight leh, pants all loose, io still thia", "weight_loss"),
        ("my wedding dress needs taking in again and everyone thinks i'm dieting but i'm not and my back's been aching for months",
         "weight_loss"),
        # ...Australian, carers' and young people's English...
        ("Got the back from hell and my fanny's gone numb, sorry, is that normal?", "saddle_numbness"),
        ("The man I care for couldn't stand up this morning, both his legs just went, he has back pain.", "both_legs"),
        ("The man I care for got knocked over in the street and his back hurts.", "trauma"),
        ("Siri, play some Slim Dusty, back's aching, need a lie down.", None),
        ("Alexa, play some music, and how long should my husband rest his sore back?", None),
        ("Footy fever in town this weekend, back's a bit stiff from painting the sign for the grand final.", None),
        ("Dropped five kilos getting fit for the rugby season, and the back's not as sore.", None),
        ("i crashed my pc, not my car, but my back's sore from sitting", None),
        ("i fell on my bum ice skating, tiny fall, back's a bit achy", None),
        ("My son gets thrown on the mat at judo, that's the sport, and his back's just a bit stiff.", None),
        ("Can osteoporosis cause fractures in the spine? Asking for my care course.", None),
    ],
    "ds": [
        # last stop's retrain took these from the second opinion; the rules now read them:
        # a restatement after a question someone else asked makes it a fact
        ("the doctor asked about numbness in my back passage and i said no but actually yes it is numb",
         "saddle_numbness"),
        # a history of cancer is not undone by "fine now" ("theek ho gaya"), nor by a friend asking about it
        ("cancer hoya si, theek ho gaya, hun kamar vich dard", "cancer_history"),
        ("biopsy negative aayi thi, cancer nahi hai, ab kamar ke liye kya karun", None),   # "nahi hai" still denies
        ("i've had back pain on and off all my life so i wasn't too bothered but this one's different and i was "
         "telling my friend about it and she said hang on didn't you have thyroid cancer and i did about ten years "
         "ago", "cancer_history"),
        # ...and chemotherapy years ago is a history of cancer, while a time said inside it still dates another
        # finding: an aunt's toes numb from that chemo are no new sign
        ("5allast el radiation w el chemo 2abl sana w hala2 dahri byewja3ni", "cancer_history"),
        ("my auntie still has no feeling in her toes from the chemo she had years ago", None),
        # "but this feels different" ends the reach of an old episode
        ("i had a kidney stone last year but this feels different, i can't pee and my back is sore low down",
         "urinary_retention"),
        # a first aider's "you're fine" does not undo a pallet of bricks; "i'm fine now" after a fall still does
        ("a pallet of bricks came down on my back at work, the site first aider said i'm fine", "trauma"),
        ("fell off a ladder last month, i'm fine now, can i do yoga", None),
        # borrowed phrases: Russian stairs, Telugu both legs, Marathi "he says his back hurts", Arabic "her
        # back", Burmese buttocks "and" inner thighs (not Scots "nae"), Bengali "not dieting but still",
        # Vietnamese "no" (he), Czech "mam" (I have, not mum)
        ("ya sizhu s babushkoy kazhdyy den i segodnya utrom babushka upala s lestnitsy v podezde i teper zhaluetsya "
         "na spinu govorit oy vnuchka bolit tak chto ne mogu vstat", "trauma"),
        ("maa attagariki nadumu noppi rendu kaallaloonu timmirlu vasthunnayi", "both_legs"),
        ("maza mulga kambar dukhtey mhanto ani tyala taap ahe", "fever"),
        ("khalti kan indaha saratan w hassa dahara bi waja'a", "cancer_history"),
        ("tinpar nae paung kyar htone nay tae, my back also", "saddle_numbness"),
        ("diet korchhi na tobu ojon kome jacche, ar komor byatha", "weight_loss"),
        ("con trai toi bi nga tu tren cay xuong, gio no dau lung", "trauma"),
        ("za posledni mesic mam o 5 kilo min a nevim proc, boli me v krizi", "weight_loss"),
        # round DS (dev614-618): Northern "nowt" is nothing, and pushing with nothing happening is retention
        ("I'm sat on the loo pushing and nowt happens, and me back's killing, what's going on?", "urinary_retention"),
        # a quad is a quad bike as often as a thigh; "where ye sit" is the saddle
        ("I farm, back's knackered, and now it feels like I've been on the quad all day, numb where ye sit, but I "
         "haven't been near it.", "saddle_numbness"),
        # an assault, a wrecked pickup, a bull, a rear-end shunt, a cricket ball at full pace
        ("Got a kicking outside the pub, booted in the back a few times, and it's sore as hell.", "trauma"),
        ("Wrecked the pickup. Back's hurting.", "trauma"),
        ("A bull caught me and tossed me and my back's been sore as all get out.", "trauma"),
        ("Someone went into the back of us on the M6, I'm 30 weeks pregnant and my lower back's killing me.", "trauma"),
        ("Took a cricket ball straight in the lower back at full pace. Kidney transplant patient. Pain's bad.",
         "trauma"),
        # trouble keeping dry, water that won't start, no urge left, lovemaking that the plumbing fails
        ("I ain't one to complain, but I've had a little trouble keeping dry since I hurt my back Tuesday.",
         "bladder_bowel"),
        ("What do y'all do for a stiff back? Oh, and I been having a heck of a time getting my water to start.",
         "urinary_retention"),
        ("kamaram dard mikone and I don't even feel like I need to jish anymore, like the urge is gone",
         "urinary_retention"),
        ("Back's sore and the plumbing don't work right no more when it comes to lovemaking.", "sexual_dysfunction"),
        # worse lying down than up and about is pain at rest; tearing between the shoulders is the chest's sign
        ("Is it normal for your back to hurt worse laying down than up and about?", "night_pain"),
        ("my back between the shoulders is tearing and I feel faint, 7asis eni ra7 ou2a3", "chest_pain"),
        # the risk someone else's, the strain the speaker's: neither has the sign; a father's weak bones and his
        # missed step: his
        ("Mama's got osteoporosis, and my back's sore from lifting her wheelchair in the car.", None),
        ("i have osteoporosis and my back hurts after lifting", "steroids_osteoporosis"),
        ("babamin kemikleri zayif, he missed one step, sat down, now his bel is bad", "steroids_osteoporosis"),
        # no signs: a night on the settee, a mother better, tingling long gone, pneumonia the winter before last,
        # a soft landing, a question everyone asks, hardly a fall, a share portfolio's weight
        ("Scotland's chances collapsed and I've been sat on the settee all night with a stiff back.", None),
        ("Mam had a temperature last week, she's better, her back's just a bit stiff now.", None),
        ("Had a bit of tingling in both legs a few years back, gone completely now.", None),
        ("Had pneumonia winter before last, all over, back's sore from splitting wood.", None),
        ("slipped on the grass, landed softly on my bum, we all laughed, but my kamar is a bit stiff", None),
        ("herkes soruyor, can a fall cause a fracture in the back even if you feel fine?", None),
        ("Tripped on the rug and landed on the sofa, hardly a fall, back's fine. I'm on warfarin, so just being "
         "careful.", None),
        ("My share portfolio's lost a lot of weight this year.", None),
        # borrowed phrases of round DS: Nepali and Japanese "in general", Italian "his feet numb from diabetes",
        # Swahili "it's me with the back", Indonesian "since earlier" (not a leg), Japanese "after the surgery"
        ("sciatica le dubai khutta ma asar garna sakchha ki nai, generally?", None),
        ("ippanteki ni, koshi no itami de ryoo ashi ga shibireru koto tte aru?", None),
        ("mio padre ha i piedi addormentati per il diabete, no back pain, io invece ho la schiena rigida", None),
        ("mwanangu ana homa, ndiyo, lakini ni mimi mwenye mgongo sore from carrying her", None),
        ("j'avais des fourmis dans les jambes l'été dernier, disparu depuis", None),
        ("anak saya demam tinggi dan ngeluh sakit punggung, menggigil terus dari tadi, lemes banget", "fever"),
        ("kidney stone no shujutsu no ato, kansen shite, kusuri nonda, now koshi ga itai", "infection"),
    ],
    "dt": [
        # a pee that "just won't" come is retention, not a leak; "without any warning" is unawares; never feeling
        # the need to pee is retention; a spinal *injection* (not a spinal anaesthetic) explains no weak leg
        ("I can't get my pee to come out. I really need to go but it just won't. My back's aching.", "urinary_retention"),
        ("My back went worse after the nerve block and I've opened my bowels in bed without any warning", "bladder_bowel"),
        ("Lower back pain, and I never feel like need to pee at all the whole day, is that normal or not?",
         "urinary_retention"),
        ("I can't walk on my heels anymore, it started after the spinal injection and my back's bad", "leg_weakness"),
        ("my leg went numb after the spinal for my knee op, wore off by teatime", None),
        # borrowed and regional: French "without realising", Jamaican "rip-up pain between mi shoulder dem",
        # Tagalog "lost so much weight, not dieting"
        ("Mon mari a mal au dos, and since yesterday il fait pipi sans s'en rendre compte.", "bladder_bowel"),
        ("Mi get a rip-up pain inna mi back between mi shoulder dem, worse pain mi ever feel.", "chest_pain"),
        ("Si lola, ang laki ng ipinayat niya at hindi naman nagda-diet, at masakit ang likod niya.", "weight_loss"),
        # no signs: "it doesn't wake me, actually it's more the mornings" (a restatement that restates something
        # else); pride, frustration, a bill, sparring, a song, the weather outside; "no lah, nothing like that";
        # full feeling in both legs; questions asked in general in Italian, French, Jamaican and Singlish
        ("It doesn't wake me at night, I sleep okay actually. It's more the mornings.", None),
        ("My chest is bursting with pride, my daughter graduated today. Still got the back pain though.", None),
        ("I'm burning up with frustration, sorry, I mean I'm just fed up with this back.", None),
        ("Um, I got hit with a huge bill for the physio, it nearly floored me.", None),
        ("Faccio boxe, I get hit on purpose in sparring, ma la schiena sta bene.", None),
        ("Alexa, metti la canzone Fever di Peggy Lee.", None),
        ("Alexa, qual a temperatura lá fora, outside temperature?", None),
        ("Mi get chills when mi hear dat song, it sweet suh.", None),
        ("Minha conta bancária perdeu peso, ha, physio is expensive.", None),
        ("Doc ask me got numbness around backside or not, no lah, nothing like that.", None),
        ("My husband's back hurts but he's got full feeling in both legs and no bladder problems, can he keep working?",
         None),
        ("No siento hormigueo down there, nada, only my lower back aches.", None),
        ("Non ho la febbre, no fever, solo mal di schiena.", None),
        ("Che cos'è il piede cadente, what is foot drop?", None),
        ("Qu'est-ce que la rétention urinaire, what does it mean?", None),
        ("La fièvre avec mal de dos, is that always serious?", None),
        ("Wah yuh fi do if somebody back hurt an dem get fever?", None),
        ("After a fall from height, must always X-ray the back or not?", None),
        ("Can long-term steroids thin your bones? Just something I read.", None),
        ("Minha tia está fazendo quimio, what food can I bring her?", None),
        ("J'ai eu une infection pulmonaire en deux mille dix, totally healed.", None),
        ("My colleague got chest pain after eating nasi lemak, think is gastric lah.", None),
        # not feeling the need to pee (said without "i") is retention; a knee numb after a long bus ride is explained
        ("back pain, don't feel need to pee", "urinary_retention"),
        ("My friend's leg is numb after sitting for long on the bus, is that normal?", None),
        ("lost weight once, regained, fine", None),
        # lines last stop's retrain lost, put back: a Fijian child's rugby tackle and back pain, an Arabic grandmother's
        # brittle bones and a hard sit on a chair, Portuguese legs that "can't hold the body"
        ("luvequ got smashed in a rugby tackle and now mosi na dakuna", "trauma"),
        ("sitti 3adamha hashsh w bas 2a3adet 3al kursi 2awi sar ma ti2dar tit7arrak", "steroids_osteoporosis"),
        ("as duas pernas tremem e nao aguentam o corpo, dor lombar", "both_legs"),
        # borrowed phrases of round DT (Hindi and Urdu, Arabic written in Latin letters)
        ("Pet ke neeche bladder tight hai, jaana chahta hoon par kuch nahi hota, kamar dard alag se", "urinary_retention"),
        ("Sote sote kamar dard se jhatke se uth jaati hoon", "night_pain"),
        ("Raat ko aaraam se so jaata hoon, kamar subah thodi akadti hai", None),
        ("3indi alam dhahar w alyoom ma tbawwalt abadan min ams, w ma 7asseit ib 7aja", "urinary_retention"),
        ("alam fi dhahri bain al katfain yimzig mizg, ma ra7 min sa3a", "chest_pain"),
        ("ana f l3ilaj lkimawi w dahri kaywja3ni bzaf", "immune_risk"),
        ("lwje3 men dahri w kayhbet f rjli lyemna w lisra b jouj", "both_legs"),
        ("hal fi 3ala2a ben el back pain w el 3ajz el jinsi 3omuman?", None),
        # lines this stop's closing retrain lost, put back: a Telugu cricket collision, Cape Verdean nights without
        # sleep, Marathi weight lost "diet nahi kela", Angolan Portuguese "bue dor nas costas" after an old man wet
        # the sofa, a Lithuanian "turejau" (I had it) after a question, a mate on a boat (not the boat) with a fever
        ("maa tammudu cricket aadutunnapudu inkokadi tho dhee kottadu veepu noppi ekkuva ga undi", "trauma"),
        ("n ka ta konsigi durmi di noti pamodi dor di kosta", "night_pain"),
        ("vajan kami jhala, diet nahi kela, kambar dukhi", "weight_loss"),
        ("o kota la de casa mijou no sofa sem saber, he's had bue dor nas costas", "bladder_bowel"),
        ("ar gali but rysys tarp slapimo taku infekcijos ir nugaros skausmo? turejau pries dvi savaites", "infection"),
        ("Mate on the boat's got a fever and his back's bad, we're a day out from port.", "fever"),
        # a foot that "just won't push" is weak, not a bladder; Swahili "sina" is "I have no", never a chest
        ("i can't go up on tiptoe on my right side anymore it just won't push", "leg_weakness"),
        ("mgongo unauma and sina nguvu za kiume anymore with my mke since the pain came", "sexual_dysfunction"),
    ],
    "du": [
        # Turkish dotless i is read as i, not dropped mid-word ("ağrıyor" was read "agr yor", so no borrowed phrase matched)
        ("Belim çok ağrıyor, bir de altıma kaçırdım, hiç hissetmedim, normal mi bu?", "bladder_bowel"),
        ("Trafik kazası geçirdim, arkadan çarptılar, boynum iyi ama belim çok kötü.", "trauma"),
        ("Geceleri sırtım dayanılmaz ağrıyor, yatınca geçmesi lazım değil mi, ama geçmiyor.", "night_pain"),
        # "went off the roof" is a fall; a bladder infection that won't go is no bladder that won't go
        ("I went off the roof of the shed, about eight foot, trying to get the ball for my grandson.", "trauma"),
        ("bladder infection that won't go away and now my back's bad, I'm on my third lot of tablets", "infection"),
        ("only just out of hospital after surgery and my back is really bad tonight, is that normal after?", "infection"),
        ("is it bad if your chest hurts with the back pain, asking for, no, asking for me actually", "chest_pain"),
        ("I'm eighty and me back's bad and the water won't come. The doctor said me prostate was grand last year "
         "so it's not that", "urinary_retention"),
        ("Went arse over tit down the stone steps at the Metro, whole flight, back's wrecked", "trauma"),
        ("Me back's bad an' now I can't finish, nothin' comes out, is that linked?", "sexual_dysfunction"),
        ("Nurse here, history of breast ca, new thoracic and lumbar pain, scared to say it out loud.", "cancer_history"),
        # what is good for anyone is asked in general; what helps the asker's own legs is not
        ("What exercises are good for weak legs and a bad back?", None),
        ("what vitamins are good for thin bones", None),
        ("Is swimming good for someone with osteoporosis?", None),
        ("what exercises help my weak legs, they keep giving way", "both_legs"),
        ("is walking good for me, my legs have gone weak since yesterday", "both_legs"),
        # mild, explained or other meanings
        ("I can't sleep and my back is a bit stiff, that's all really", None),
        ("I've lost weight and I don't feel great at all with my back", "weight_loss"),
        ("Quit drinkin' soda and lost some weight, feel great.", None),
        ("My phone's runnin' a fever, it's so hot I can't hold it.", None),
        ("Got my flu shot so I'm expectin' a little fever tonight.", None),
        ("Everything down there works fine, bedroom's no problem, just the back's sore.", None),
        ("Went arse over tit at the karaoke, only my pride, back's grand", None),
        # borrowed phrases of round DU (South Asian, Quechua, Amharic, Cantonese, Swahili, German, and more)
        ("irikkunna bhaagam muzhuvan tharippu, oru feeling um illa, nadu vedana um undu", "saddle_numbness"),
        ("tala basne thau sunna bhayo, jhamjham garchha, dhaad pani dukhchha", "saddle_numbness"),
        ("toilet ge hodre swalpa barutte aamele nintu hogutte, bladder khaali aagalla, sonta novu bere", "urinary_retention"),
        ("chest pain emi ledu andi, just back stiffness", None),
        ("accident onnum undayilla, just woke up with a sore back", None),
        ("Wasaymi anchata nanawan, hisp'ayta munani ichaqa manam lluqsinchu.", "urinary_retention"),
        ("Ngo lou gung wa loeng zek geoi dou mou lik, haang lou wan wan ha, jiu dou tung.", "both_legs"),
        ("Ich bin vom Gerüst gefallen, ungefähr vier Meter, and now my spine hurts like hell", "trauma"),
        ("Wo erzi fa shao le, sanshiba du, yao bu yao qu yiyuan?", None),
        ("Nilianguka makusudi kwenye judo, ni mazoezi ya kuanguka", None),
        # lines this stop's closing retrain lost, put back: a husband's new impotence "since his back went", asked for
        # him; a husband's fall off a trampoline onto the patio, asked beside the speaker's own back pain
        ("my husband wants to know if it's normal that he can't get hard since his back went or should he see someone",
         "sexual_dysfunction"),
        ("what's best heat rub for back pain my husband fell off the trampoline onto the patio yesterday", "trauma"),
    ],
}
