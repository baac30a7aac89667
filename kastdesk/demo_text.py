"""The demo's free text in Swedish and Norwegian bokmål (notes, topics, goals, risk flags).

The demo writes its notes in the language the app runs in (:func:`kastdesk.i18n.current_language`),
as a Swedish or Norwegian clinic would: a table keyed by the English sentence, not the
catalogues (translators do not translate demo prose). English stays as written; a sentence
missing from a table is left in English. The Swedish and Norwegian sentences are written
about a man (han/hans/honom, han/hans/ham): :func:`herself` makes them about a woman, as the
English ones are.
"""

from __future__ import annotations

import re

from kastdesk.i18n import current_language

SV: dict[str, str] = {
    # Session topics.
    "putting the behaviour into words": "sätta ord på beteendet",
    "consequence listing": "konsekvenslista",
    "I am vs. what I do": "jag är vs. det jag gör",
    "triggers and alternatives": "utlösande faktorer och alternativ",
    "urge log": "impulslogg",
    "coping plan": "handlingsplan",
    "shame and guilt": "skam och skuld",
    "relationship": "relationen",
    "family of origin": "ursprungsfamiljen",
    "genogram": "familjekarta",
    "pornography": "porr",
    "loneliness": "ensamhet",
    "stress at work": "stress på jobbet",
    "relapse": "återfall",
    "self-compassion": "självmedkänsla",
    "the person who sold sex": "den som sålde sex",
    "goals": "mål",
    "follow-up planning": "planering av uppföljning",
    "sleep": "sömn",
    "alcohol": "alkohol",
    # Openings and what fills them.
    "Client arrived on time and seemed {mood}.": "Klienten kom i tid och verkade {mood}.",
    "Phone session; client calling from the car, {mood} but focused.":
        "Telefonsamtal; klienten ringde från bilen, {mood} men fokuserad.",
    "Client started by saying the week had been {week}.":
        "Klienten började med att berätta att veckan hade varit {week}.",
    "We began by looking back at what we agreed last time.":
        "Vi började med att gå tillbaka till det vi kom överens om förra gången.",
    "Client had prepared notes at home and wanted to start with them.":
        "Klienten hade förberett anteckningar hemma och ville börja med dem.",
    "Client called on time and sounded {mood}.": "Klienten ringde i tid och lät {mood}.",
    "Client joined the video call on time and seemed {mood}.":
        "Klienten anslöt till videosamtalet i tid och verkade {mood}.",
    "Client came straight from work, {mood} but focused.":
        "Klienten kom direkt från jobbet, {mood} men fokuserad.",
    "Video session; client joining from home, {mood} but focused.":
        "Videosamtal; klienten deltog hemifrån, {mood} men fokuserad.",
    "We began with what made the client get in touch.":
        "Vi började med vad som fick klienten att höra av sig.",
    "open": "öppen",
    "tense": "spänd",
    "calm": "lugn",
    "tired": "trött",
    "relieved": "lättad",
    "low": "nedstämd",
    "more open than last time": "öppnare än förra gången",
    "restless": "rastlös",
    "difficult": "tung",
    "better than expected": "bättre än väntat",
    "hectic at work": "stressig på jobbet",
    "quiet": "lugn",
    "full of urges": "full av impulser",
    # Early sessions.
    "Described in his own words what he has done: bought sex several times a year since "
    "{since}, mostly via escort sites when travelling for work.":
        "Beskrev med egna ord vad han har gjort: köpt sex flera gånger om året sedan "
        "{since}, mest via eskortsajter på tjänsteresor.",
    "Talked about what led him to contact us: his partner found messages on his phone.":
        "Pratade om vad som fick honom att kontakta oss: partnern hittade meddelanden i "
        "hans telefon.",
    "Talked about what led him to contact us: he could no longer keep it to himself.":
        "Pratade om vad som fick honom att kontakta oss: han orkade inte längre bära det "
        "ensam.",
    "Went through the consequence listing; he had not thought about consequences for the "
    "person who sold sex before. The areas money and the law were left empty for now.":
        "Gick igenom konsekvenslistan; han hade inte tidigare tänkt på konsekvenserna för "
        "den som sålde sex. Områdena pengar och lagen lämnades tomma tills vidare.",
    'Spoke about shame. Introduced the difference between "I am" and "what I do".':
        'Pratade om skam. Introducerade skillnaden mellan "jag är" och "det jag gör".',
    "First look at the family map: father drank and could be violent, mother worked nights, "
    "an older sister who looked after him.":
        "Tittade på familjekartan för första gången: pappan drack och kunde vara våldsam, "
        "mamman arbetade natt, en äldre syster som tog hand om honom.",
    "Client worried about confidentiality; explained how the case file is kept and that "
    "we have no duty to report him.":
        "Klienten var orolig för sekretessen; förklarade hur journalen förvaras och att vi "
        "inte har någon skyldighet att anmäla honom.",
    "Reason for coming put into words together: he wants to stop buying sex and "
    "understand why he started.":
        "Formulerade tillsammans anledningen till kontakten: han vill sluta köpa sex och "
        "förstå varför han började.",
    # Middle sessions.
    "Worked on triggers: loneliness on Sunday evenings and stress after conflicts at work. "
    "Need behind it seems to be comfort and validation rather than sex itself.":
        "Arbetade med triggers: ensamhet på söndagskvällar och stress efter konflikter på "
        "jobbet. Behovet bakom verkar vara tröst och bekräftelse snarare än själva sexet.",
    "Client reported one urge this week; he paused, named the feeling (anxiety) and went "
    "for a run instead. We noted it in the urge log.":
        "Klienten berättade om en impuls den här veckan; han stannade upp, satte ord på "
        "känslan (ångest) och gick ut och sprang i stället. Vi skrev in det i impulsloggen.",
    "A lapse last weekend after drinking. Talked about it without shame: what happened "
    "before, what he could do differently. Progress since the start remains clear.":
        "Ett återfall i helgen efter att han druckit. Pratade om det utan skam: vad som "
        "hände innan och vad han kan göra annorlunda. Framstegen sedan starten är fortfarande "
        "tydliga.",
    "Returned to the genogram: the pattern of silence around feelings in his father's "
    "family. Client made the link to his own secrecy.":
        "Återvände till familjekartan: mönstret av tystnad kring känslor i pappans släkt. "
        "Klienten kopplade det till sitt eget hemlighållande.",
    'Rewrote "I am disgusting" into "I have done things I am ashamed of, and I am '
    'working on stopping". He found the second easier to live with.':
        'Skrev om "jag är äcklig" till "jag har gjort saker som jag skäms över, och jag '
        'arbetar på att sluta". Han tyckte att det andra var lättare att leva med.',
    "Pornography use has decreased; he has removed the sites that linked on to escort ads.":
        "Porranvändningen har minskat; han har tagit bort sajterna som länkade vidare till "
        "eskortannonser.",
    "Talked about what he would rather do when the urge comes: call his brother, take a "
    "walk, play guitar. Rewards: a good breakfast on Saturday.":
        "Pratade om vad han hellre vill göra när impulsen kommer: ringa sin bror, ta en "
        "promenad, spela gitarr. Belöning: en god frukost på lördagen.",
    "Discussed the women he bought sex from; he now thinks at least one was probably "
    "controlled by someone else. Strong reaction, we stayed with it.":
        "Pratade om kvinnorna han köpt sex av; han tror nu att åtminstone en av dem troligen "
        "var kontrollerad av någon annan. Stark reaktion, vi stannade kvar i den.",
    "Client tested for STI as agreed; results negative. Relief, but also reflection on "
    "the risk he exposed his partner to.":
        "Klienten har testat sig för könssjukdomar som vi kom överens om; proverna var "
        "negativa. Lättnad, men också eftertanke kring risken han utsatt sin partner för.",
    "Client tested for STI as agreed; results negative. Relief, but also reflection on "
    "the risks he took with his own health and others'.":
        "Klienten har testat sig för könssjukdomar som vi kom överens om; proverna var "
        "negativa. Lättnad, men också eftertanke kring riskerna han tagit med sin egen och "
        "andras hälsa.",
    # Late sessions.
    "Looked back at the goals from the start. He says the urges are rarer and weaker than "
    "when he first came.":
        "Såg tillbaka på målen från starten. Han säger att impulserna kommer mer sällan och "
        "är svagare än när han först kom hit.",
    "Planned the end of treatment and the follow-up in six months. Client wants the option "
    "to come back if needed.":
        "Planerade avslutet av behandlingen och uppföljningen om sex månader. Klienten vill "
        "kunna komma tillbaka vid behov.",
    "Coping plan reviewed and printed as a card for his wallet.":
        "Gick igenom handlingsplanen och skrev ut den som ett kort att ha i plånboken.",
    "Agreed to fill in the self-rating scale at the end of treatment.":
        "Kom överens om att fylla i självskattningsskalan när behandlingen avslutas.",
    # Closings.
    "Next session in two weeks.": "Nästa samtal om två veckor.",
    "Agreed to keep the urge log until next time.":
        "Kom överens om att fortsätta med impulsloggen till nästa gång.",
    "Homework: add to the consequence list at home.":
        "Hemuppgift: fylla på konsekvenslistan hemma.",
    "Next time we continue with the family map.":
        "Nästa gång fortsätter vi med familjekartan.",
    "Client asked for a longer gap before the next session; agreed.":
        "Klienten bad om ett längre uppehåll till nästa samtal, vilket vi kom överens om.",
    "Partner joined today. She described the loss of trust; he listened "
    "without defending himself. Both were given room to speak.":
        "Partnern var med i dag. Hon beskrev hur förtroendet gått förlorat; han lyssnade "
        "utan att försvara sig. Båda fick utrymme att tala.",
    "Partner joined today. He described the loss of trust; she listened "
    "without defending herself. Both were given room to speak.":
        "Partnern var med i dag. Han beskrev hur förtroendet gått förlorat; hon lyssnade "
        "utan att försvara sig. Båda fick utrymme att tala.",
    # Goals.
    "Stop buying sex": "Sluta köpa sex",
    "Stop buying sex and understand what the buying has filled in":
        "Sluta köpa sex och förstå vilket tomrum köpen har fyllt",
    "Stop watching pornography": "Sluta titta på porr",
    "Reduce pornography to a level I decide, no escort sites":
        "Minska porren till en nivå jag själv bestämmer, inga eskortsajter",
    "Save my relationship": "Rädda mitt förhållande",
    "Stop living a double life": "Sluta leva ett dubbelliv",
    "Be honest with my partner and see whether we can go on":
        "Vara ärlig mot min partner och se om vi kan fortsätta tillsammans",
    "Be honest with the people close to me": "Vara ärlig mot mina närstående",
    "Understand why I do it": "Förstå varför jag gör det",
    "Understand the link between stress, loneliness and buying":
        "Förstå sambandet mellan stress, ensamhet och köpen",
    "Handle urges without acting": "Hantera impulserna utan att handla på dem",
    "Use my coping card when the urge comes":
        "Använda mitt handlingskort när impulsen kommer",
    "Reworded together after the consequence listing.":
        "Omformulerat tillsammans efter konsekvenslistan.",
    "Dropped when the case was closed: the client stopped coming.":
        "Avbrutet när ärendet avslutades: klienten slutade komma.",
    "No longer what the client wants to work on.":
        "Inte längre något som klienten vill arbeta med.",
    # Amendments.
    "Correction: it was the partner who suggested the couple session, not the client.":
        "Rättelse: det var partnern som föreslog parsamtalet, inte klienten.",
    "Correction: it was a colleague, not a friend, who first asked how he was.":
        "Rättelse: det var en kollega, inte en vän, som först frågade hur han mådde.",
    "Factual correction after reading back the note":
        "Saklig rättelse efter genomläsning av anteckningen",
    "Addition: client later called to say he had told his brother.":
        "Tillägg: klienten ringde senare och berättade att han har talat om det för sin bror.",
    "Information received after signing": "Uppgift som kom in efter signering",
    # Sessions not held.
    "Client phoned an hour before to cancel: a meeting at work had run over. New time "
    "booked.":
        "Klienten ringde en timme innan och lämnade återbud: ett möte på jobbet hade dragit "
        "ut på tiden. Ny tid bokad.",
    "Client sent a message the same morning to say he was ill. New time booked.":
        "Klienten skickade ett meddelande samma morgon om att han var sjuk. Ny tid bokad.",
    "Client cancelled by phone at short notice and did not want to say why. We agreed on "
    "a new time.":
        "Klienten lämnade återbud per telefon med kort varsel och ville inte säga varför. "
        "Vi kom överens om en ny tid.",
    "Client wrote in the morning that he could not face coming today. Phoned him; new time "
    "booked.":
        "Klienten skrev på morgonen att han inte orkade komma i dag. Ringde upp honom; ny "
        "tid bokad.",
    "Cancelled by the clinic: the therapist was ill. Client told by phone in the morning "
    "and offered a new time.":
        "Inställt av mottagningen: behandlaren var sjuk. Klienten fick besked per telefon på "
        "morgonen och erbjöds en ny tid.",
    "Cancelled by the clinic: the therapist was ill. Client told by message the day "
    "before; new time booked.":
        "Inställt av mottagningen: behandlaren var sjuk. Klienten fick besked via "
        "meddelande dagen innan; ny tid bokad.",
    "Client did not come. He called the next day to apologise: he had mixed up the days. "
    "New time booked.":
        "Klienten kom inte. Han ringde dagen efter och bad om ursäkt: han hade blandat ihop "
        "dagarna. Ny tid bokad.",
    "Client did not come and did not answer the phone. Letter sent offering a new time.":
        "Klienten kom inte och svarade inte i telefon. Brev skickat med erbjudande om ny tid.",
    "no reply to the letter or to a second call":
        "inget svar på brevet eller på ett andra samtal",
    # Risk flags.
    "Client mentioned thoughts of not wanting to live after the disclosure at home; "
    "safety plan made, no plans or means.":
        "Klienten nämnde tankar på att inte vilja leva efter att allt kom fram hemma; "
        "säkerhetsplan upprättad, inga planer eller medel.",
    "Client mentioned thoughts of not wanting to live when the shame was at its worst; "
    "safety plan made, no plans or means.":
        "Klienten nämnde tankar på att inte vilja leva när skammen var som värst; "
        "säkerhetsplan upprättad, inga planer eller medel.",
    "Concern raised about the home situation of the youngest child; consulted the team.":
        "Oro för det yngsta barnets hemsituation; konsulterade teamet.",
}

NB: dict[str, str] = {
    # Session topics.
    "putting the behaviour into words": "sette ord på atferden",
    "consequence listing": "konsekvensliste",
    "I am vs. what I do": "jeg er vs. det jeg gjør",
    "triggers and alternatives": "utløsere og alternativer",
    "urge log": "impulslogg",
    "coping plan": "mestringsplan",
    "shame and guilt": "skam og skyld",
    "relationship": "forholdet",
    "family of origin": "opprinnelsesfamilien",
    "genogram": "familiekart",
    "pornography": "porno",
    "loneliness": "ensomhet",
    "stress at work": "stress på jobben",
    "relapse": "tilbakefall",
    "self-compassion": "selvmedfølelse",
    "the person who sold sex": "den som solgte sex",
    "goals": "mål",
    "follow-up planning": "planlegging av oppfølging",
    "sleep": "søvn",
    "alcohol": "alkohol",
    "Client arrived on time and seemed {mood}.": "Klienten kom presis og virket {mood}.",
    "Phone session; client calling from the car, {mood} but focused.":
        "Telefonsamtale; klienten ringte fra bilen, {mood}, men fokusert.",
    "Client started by saying the week had been {week}.":
        "Klienten begynte med å si at uka hadde vært {week}.",
    "We began by looking back at what we agreed last time.":
        "Vi begynte med å se tilbake på det vi avtalte sist.",
    "Client had prepared notes at home and wanted to start with them.":
        "Klienten hadde forberedt notater hjemme og ville begynne med dem.",
    "Client called on time and sounded {mood}.": "Klienten ringte presis og hørtes {mood} ut.",
    "Client joined the video call on time and seemed {mood}.":
        "Klienten koblet seg på videosamtalen presis og virket {mood}.",
    "Client came straight from work, {mood} but focused.":
        "Klienten kom rett fra jobb, {mood}, men fokusert.",
    "Video session; client joining from home, {mood} but focused.":
        "Videosamtale; klienten deltok hjemmefra, {mood}, men fokusert.",
    "We began with what made the client get in touch.":
        "Vi begynte med hva som fikk klienten til å ta kontakt.",
    "open": "åpen",
    "tense": "anspent",
    "calm": "rolig",
    "tired": "sliten",
    "relieved": "lettet",
    "low": "nedstemt",
    "more open than last time": "mer åpen enn sist",
    "restless": "rastløs",
    "difficult": "tung",
    "better than expected": "bedre enn ventet",
    "hectic at work": "hektisk på jobben",
    "quiet": "rolig",
    "full of urges": "full av impulser",
    "Described in his own words what he has done: bought sex several times a year since "
    "{since}, mostly via escort sites when travelling for work.":
        "Beskrev med egne ord hva han har gjort: kjøpt sex flere ganger i året siden "
        "{since}, mest via escortsider på jobbreiser.",
    "Talked about what led him to contact us: his partner found messages on his phone.":
        "Snakket om hva som fikk ham til å kontakte oss: partneren fant meldinger på "
        "telefonen hans.",
    "Talked about what led him to contact us: he could no longer keep it to himself.":
        "Snakket om hva som fikk ham til å kontakte oss: han klarte ikke lenger å bære det "
        "alene.",
    "Went through the consequence listing; he had not thought about consequences for the "
    "person who sold sex before. The areas money and the law were left empty for now.":
        "Gikk gjennom konsekvenslisten; han hadde ikke tenkt på konsekvensene for den som "
        "solgte sex før. Områdene penger og loven ble stående tomme inntil videre.",
    'Spoke about shame. Introduced the difference between "I am" and "what I do".':
        'Snakket om skam. Introduserte forskjellen mellom "jeg er" og "det jeg gjør".',
    "First look at the family map: father drank and could be violent, mother worked nights, "
    "an older sister who looked after him.":
        "Så på familiekartet for første gang: faren drakk og kunne være voldelig, moren "
        "jobbet natt, en eldre søster som passet på ham.",
    "Client worried about confidentiality; explained how the case file is kept and that "
    "we have no duty to report him.":
        "Klienten var bekymret for taushetsplikten; forklarte hvordan journalen oppbevares, "
        "og at vi ikke har plikt til å anmelde ham.",
    "Reason for coming put into words together: he wants to stop buying sex and "
    "understand why he started.":
        "Formulerte sammen grunnen til at han tok kontakt: han vil slutte å kjøpe sex og "
        "forstå hvorfor han begynte.",
    "Worked on triggers: loneliness on Sunday evenings and stress after conflicts at work. "
    "Need behind it seems to be comfort and validation rather than sex itself.":
        "Jobbet med triggere: ensomhet søndag kveld og stress etter konflikter på jobben. "
        "Behovet bak ser ut til å være trøst og bekreftelse mer enn selve sexen.",
    "Client reported one urge this week; he paused, named the feeling (anxiety) and went "
    "for a run instead. We noted it in the urge log.":
        "Klienten fortalte om én impuls denne uka; han stoppet opp, satte ord på følelsen "
        "(angst) og tok en løpetur i stedet. Vi førte det inn i impulsloggen.",
    "A lapse last weekend after drinking. Talked about it without shame: what happened "
    "before, what he could do differently. Progress since the start remains clear.":
        "Et tilbakefall forrige helg etter at han hadde drukket. Snakket om det uten skam: "
        "hva som skjedde før, hva han kan gjøre annerledes. Framgangen siden starten er "
        "fortsatt tydelig.",
    "Returned to the genogram: the pattern of silence around feelings in his father's "
    "family. Client made the link to his own secrecy.":
        "Tok opp igjen familiekartet: mønsteret med taushet rundt følelser i farens familie. "
        "Klienten så sammenhengen med sin egen hemmeligholdelse.",
    'Rewrote "I am disgusting" into "I have done things I am ashamed of, and I am '
    'working on stopping". He found the second easier to live with.':
        'Skrev om "jeg er ekkel" til "jeg har gjort ting jeg skammer meg over, og jeg '
        'jobber med å slutte". Han syntes det siste var lettere å leve med.',
    "Pornography use has decreased; he has removed the sites that linked on to escort ads.":
        "Pornobruken har gått ned; han har fjernet sidene som lenket videre til "
        "escortannonser.",
    "Talked about what he would rather do when the urge comes: call his brother, take a "
    "walk, play guitar. Rewards: a good breakfast on Saturday.":
        "Snakket om hva han heller vil gjøre når impulsen kommer: ringe broren sin, gå en "
        "tur, spille gitar. Belønning: en god frokost på lørdag.",
    "Discussed the women he bought sex from; he now thinks at least one was probably "
    "controlled by someone else. Strong reaction, we stayed with it.":
        "Snakket om kvinnene han har kjøpt sex av; han tror nå at minst én av dem "
        "sannsynligvis var styrt av noen andre. Sterk reaksjon, vi ble værende i den.",
    "Client tested for STI as agreed; results negative. Relief, but also reflection on "
    "the risk he exposed his partner to.":
        "Klienten har testet seg for kjønnssykdommer som avtalt; prøvene var negative. "
        "Lettelse, men også refleksjon over risikoen han utsatte partneren sin for.",
    "Client tested for STI as agreed; results negative. Relief, but also reflection on "
    "the risks he took with his own health and others'.":
        "Klienten har testet seg for kjønnssykdommer som avtalt; prøvene var negative. "
        "Lettelse, men også refleksjon over risikoen han tok med egen og andres helse.",
    "Looked back at the goals from the start. He says the urges are rarer and weaker than "
    "when he first came.":
        "Så tilbake på målene fra starten. Han sier at impulsene kommer sjeldnere og er "
        "svakere enn da han først kom.",
    "Planned the end of treatment and the follow-up in six months. Client wants the option "
    "to come back if needed.":
        "Planla avslutningen av behandlingen og oppfølgingen om seks måneder. Klienten "
        "ønsker å kunne komme tilbake ved behov.",
    "Coping plan reviewed and printed as a card for his wallet.":
        "Gikk gjennom mestringsplanen og skrev den ut som et kort til lommeboka.",
    "Agreed to fill in the self-rating scale at the end of treatment.":
        "Avtalte å fylle ut selvvurderingsskalaen når behandlingen avsluttes.",
    "Next session in two weeks.": "Neste samtale om to uker.",
    "Agreed to keep the urge log until next time.":
        "Avtalte å fortsette med impulsloggen til neste gang.",
    "Homework: add to the consequence list at home.":
        "Hjemmeoppgave: fylle på konsekvenslisten hjemme.",
    "Next time we continue with the family map.":
        "Neste gang fortsetter vi med familiekartet.",
    "Client asked for a longer gap before the next session; agreed.":
        "Klienten ba om lengre tid til neste samtale; det ble avtalt.",
    "Partner joined today. She described the loss of trust; he listened "
    "without defending himself. Both were given room to speak.":
        "Partneren var med i dag. Hun beskrev tillitsbruddet; han lyttet uten å forsvare "
        "seg. Begge fikk rom til å snakke.",
    "Partner joined today. He described the loss of trust; she listened "
    "without defending herself. Both were given room to speak.":
        "Partneren var med i dag. Han beskrev tillitsbruddet; hun lyttet uten å forsvare "
        "seg. Begge fikk rom til å snakke.",
    "Stop buying sex": "Slutte å kjøpe sex",
    "Stop buying sex and understand what the buying has filled in":
        "Slutte å kjøpe sex og forstå hvilket tomrom kjøpene har fylt",
    "Stop watching pornography": "Slutte å se porno",
    "Reduce pornography to a level I decide, no escort sites":
        "Redusere pornoen til et nivå jeg selv bestemmer, ingen escortsider",
    "Save my relationship": "Redde forholdet mitt",
    "Stop living a double life": "Slutte å leve et dobbeltliv",
    "Be honest with my partner and see whether we can go on":
        "Være ærlig med partneren min og se om vi kan fortsette sammen",
    "Be honest with the people close to me": "Være ærlig med dem som står meg nær",
    "Understand why I do it": "Forstå hvorfor jeg gjør det",
    "Understand the link between stress, loneliness and buying":
        "Forstå sammenhengen mellom stress, ensomhet og kjøpene",
    "Handle urges without acting": "Håndtere impulsene uten å handle på dem",
    "Use my coping card when the urge comes":
        "Bruke mestringskortet mitt når impulsen kommer",
    "Reworded together after the consequence listing.":
        "Omformulert sammen etter konsekvenslisten.",
    "Dropped when the case was closed: the client stopped coming.":
        "Avbrutt da saken ble avsluttet: klienten sluttet å komme.",
    "No longer what the client wants to work on.":
        "Ikke lenger noe klienten vil jobbe med.",
    "Correction: it was the partner who suggested the couple session, not the client.":
        "Rettelse: det var partneren som foreslo parsamtalen, ikke klienten.",
    "Correction: it was a colleague, not a friend, who first asked how he was.":
        "Rettelse: det var en kollega, ikke en venn, som først spurte hvordan han hadde det.",
    "Factual correction after reading back the note":
        "Saklig rettelse etter gjennomlesing av notatet",
    "Addition: client later called to say he had told his brother.":
        "Tillegg: klienten ringte senere og fortalte at han har sagt det til broren sin.",
    "Information received after signing": "Opplysning mottatt etter signering",
    "Client phoned an hour before to cancel: a meeting at work had run over. New time "
    "booked.":
        "Klienten ringte en time før og avlyste: et møte på jobben hadde trukket ut. Ny time "
        "avtalt.",
    "Client sent a message the same morning to say he was ill. New time booked.":
        "Klienten sendte melding samme morgen om at han var syk. Ny time avtalt.",
    "Client cancelled by phone at short notice and did not want to say why. We agreed on "
    "a new time.":
        "Klienten avlyste på telefon på kort varsel og ville ikke si hvorfor. Vi avtalte en "
        "ny time.",
    "Client wrote in the morning that he could not face coming today. Phoned him; new time "
    "booked.":
        "Klienten skrev om morgenen at han ikke orket å komme i dag. Ringte ham; ny time "
        "avtalt.",
    "Cancelled by the clinic: the therapist was ill. Client told by phone in the morning "
    "and offered a new time.":
        "Avlyst av klinikken: behandleren var syk. Klienten fikk beskjed på telefon om "
        "morgenen og ble tilbudt ny time.",
    "Cancelled by the clinic: the therapist was ill. Client told by message the day "
    "before; new time booked.":
        "Avlyst av klinikken: behandleren var syk. Klienten fikk beskjed på melding dagen "
        "før; ny time avtalt.",
    "Client did not come. He called the next day to apologise: he had mixed up the days. "
    "New time booked.":
        "Klienten kom ikke. Han ringte dagen etter og ba om unnskyldning: han hadde blandet "
        "sammen dagene. Ny time avtalt.",
    "Client did not come and did not answer the phone. Letter sent offering a new time.":
        "Klienten kom ikke og svarte ikke på telefon. Brev sendt med tilbud om ny time.",
    "no reply to the letter or to a second call":
        "ikke svar på brevet eller på en ny oppringning",
    "Client mentioned thoughts of not wanting to live after the disclosure at home; "
    "safety plan made, no plans or means.":
        "Klienten nevnte tanker om ikke å ville leve etter at alt kom fram hjemme; "
        "sikkerhetsplan laget, ingen planer eller midler.",
    "Client mentioned thoughts of not wanting to live when the shame was at its worst; "
    "safety plan made, no plans or means.":
        "Klienten nevnte tanker om ikke å ville leve da skammen var på sitt verste; "
        "sikkerhetsplan laget, ingen planer eller midler.",
    "Concern raised about the home situation of the youngest child; consulted the team.":
        "Bekymring for hjemmesituasjonen til det yngste barnet; drøftet med teamet.",
}

#: The time of life a client began buying sex in ("{since}"), by language: the late teens,
#: else (early, mid, late) and the decade.
_SINCE = {
    "sv": ("slutet av tonåren", ("början", "mitten", "slutet"), "av {0}-årsåldern"),
    "nb": ("slutten av tenårene", ("begynnelsen", "midten", "slutten"), "av {0}-årene"),
}
#: His pronouns and hers in the sentences about the client, by language.
_HER = {
    "sv": {"han": "hon", "Han": "Hon", "hans": "hennes", "Hans": "Hennes", "honom": "henne",
           "Honom": "Henne"},
    "nb": {"han": "hun", "Han": "Hun", "hans": "hennes", "Hans": "Hennes", "ham": "henne",
           "Ham": "Henne"},
}
_HIS = {lang: re.compile(r"\b(?:" + "|".join(words) + r")\b") for lang, words in _HER.items()}


def language() -> str:
    """The demo's language: "sv", "nb" or "" (English), as the app runs."""
    lang = current_language()[:2]
    return lang if lang in _SINCE else ""


def _translated(text: str, lang: str | None, sv: dict[str, str], nb: dict[str, str]) -> str:
    """``text`` from the table of ``lang`` (the demo's language where None): unchanged in
    English or where the table has no entry."""
    lang = language() if lang is None else lang
    table = sv if lang == "sv" else nb if lang == "nb" else None
    return table.get(text, text) if table is not None else text


def in_language(text: str, lang: str | None = None) -> str:
    """``text`` in the demo's language (unchanged in English or when not in its table)."""
    return _translated(text, lang, SV, NB)


def since(age: int, lang: str) -> str:
    """The time of life ``age`` falls in, in ``lang`` ("början av 30-årsåldern")."""
    teens, parts, decade = _SINCE[lang]
    if age < 20:
        return teens
    part = parts[0] if age % 10 < 4 else (parts[1] if age % 10 < 7 else parts[2])
    return f"{part} {decade.format(min(age // 10, 8) * 10)}"


def herself(text: str, lang: str) -> str:
    """``text`` (about a man, in ``lang``) with a woman's pronouns."""
    return _HIS[lang].sub(lambda m: _HER[lang][m.group()], text)


#: The demo's exercise entries, in the client's own words (:mod:`kastdesk.exercises.demo`).
#: Kept apart from the notes' table: an exercise row also holds catalogue ids ("self",
#: "partner", "long"), which no key here may equal.
EXERCISES_SV: dict[str, str] = {
    # Putting the behaviour into words.
    "I paid a woman for sex in a flat I found through an escort site.":
        "Jag betalade en kvinna för sex i en lägenhet som jag hittade via en eskortsajt.",
    "On a work trip I went to a massage parlour and paid for sex.":
        "På en tjänsteresa gick jag till en massagesalong och betalade för sex.",
    "I have bought sex about once a month for two years, mostly after nights out.":
        "Jag har köpt sex ungefär en gång i månaden i två år, mest efter utekvällar.",
    "A fight at home, then hours alone with the laptop and porn.":
        "Ett bråk hemma, sedan flera timmar ensam med datorn och porr.",
    "A fight with my partner on the phone, then hours alone with the laptop and porn.":
        "Ett bråk med min partner i telefon, sedan flera timmar ensam med datorn och porr.",
    "An argument with my ex about our child, then hours alone with the laptop and porn.":
        "Ett gräl med mitt ex om vårt barn, sedan flera timmar ensam med datorn och porr.",
    "An argument with my ex about the children, then hours alone with the laptop and porn.":
        "Ett gräl med mitt ex om barnen, sedan flera timmar ensam med datorn och porr.",
    "An argument with my ex, then hours alone with the laptop and porn.":
        "Ett gräl med mitt ex, sedan flera timmar ensam med datorn och porr.",
    "A day of missing the life we had, then hours alone with the laptop and porn.":
        "En dag då jag saknade livet vi hade, sedan flera timmar ensam med datorn och porr.",
    "A row with my parents on the phone, then hours alone with the laptop and porn.":
        "Ett gräl med mina föräldrar i telefon, sedan flera timmar ensam med datorn och porr.",
    "Drinking alone in the hotel bar, feeling invisible.":
        "Drack ensam i hotellbaren och kände mig osynlig.",
    "Stress at work; I could not sleep and started scrolling ads.":
        "Stress på jobbet; jag kunde inte sova och började scrolla bland annonser.",
    "Restless and empty.": "Rastlös och tom.",
    "Tense, like I had earned something.": "Spänd, som om jag hade förtjänat något.",
    "Lonely.": "Ensam.",
    "Ashamed and afraid someone would find out.":
        "Skamsen och rädd att någon skulle få reda på det.",
    "Numb, then disgusted.": "Avstängd, sedan äcklad.",
    "To stop lying to my partner.": "Att sluta ljuga för min partner.",
    "To stop the lying that ended my last relationship.":
        "Att sluta med lögnerna som fick mitt förra förhållande att ta slut.",
    "To stop lying to the people close to me.": "Att sluta ljuga för mina närstående.",
    "To handle the evenings without escaping.": "Att klara kvällarna utan att fly.",
    # Consequence listing.
    "I feel ashamed and hide who I am": "Jag skäms och döljer vem jag är",
    "I lose sleep worrying": "Jag ligger vaken av oro",
    "She would feel betrayed if she knew": "Hon skulle känna sig sviken om hon fick veta",
    "He would feel betrayed if he knew": "Han skulle känna sig sviken om han fick veta",
    "They would feel betrayed if they knew":
        "Min partner skulle känna sig sviken om hen fick veta",
    "My ex could use it to limit my time with my child":
        "Mitt ex skulle kunna använda det för att begränsa min tid med mitt barn",
    "My ex could use it to limit my time with the children":
        "Mitt ex skulle kunna använda det för att begränsa min tid med barnen",
    "It was part of why my last relationship ended":
        "Det var en del av varför mitt förra förhållande tog slut",
    "It feels like betraying the memory of the one I lost":
        "Det känns som att svika minnet av den jag förlorade",
    "I keep people at a distance so nobody gets close enough to find out":
        "Jag håller människor på avstånd så att ingen kommer nära nog för att få veta",
    "I keep a distance to avoid questions": "Jag håller avstånd för att slippa frågor",
    "I keep a distance from my family to avoid questions":
        "Jag håller avstånd till min familj för att slippa frågor",
    "Money I cannot explain at home": "Pengar som jag inte kan förklara hemma",
    "Money I cannot explain to my partner": "Pengar som jag inte kan förklara för min partner",
    "Money I had put aside for other things is gone":
        "Pengar som jag hade sparat till annat är borta",
    "Risk of passing on an infection to my partner":
        "Risk att föra över en infektion till min partner",
    "Risk of an infection I could pass on to someone later":
        "Risk för en infektion som jag kan föra vidare till någon senare",
    "Fine and a record if caught": "Böter och en prick i registret om jag åker fast",
    "Could lose my job if it came out": "Kan förlora jobbet om det kommer fram",
    "She may have been forced; I paid someone who exploits her":
        "Hon kan ha varit tvingad; jag betalade någon som utnyttjar henne",
    "My child would lose trust in me": "Mitt barn skulle förlora förtroendet för mig",
    "My children would lose trust in me": "Mina barn skulle förlora förtroendet för mig",
    "My sister would never look at me the same way":
        "Min syster skulle aldrig se på mig på samma sätt igen",
    # I am vs. what I do.
    "I am a bad person": "Jag är en dålig människa",
    "I have done things that hurt others and myself":
        "Jag har gjort saker som har skadat andra och mig själv",
    "I am disgusting": "Jag är äcklig",
    "I did something I am ashamed of": "Jag gjorde något som jag skäms över",
    "I am weak": "Jag är svag",
    "I gave in to an urge I want to learn to handle":
        "Jag gav efter för en impuls som jag vill lära mig att hantera",
    "I am a liar": "Jag är en lögnare",
    "I have kept secrets from my partner": "Jag har haft hemligheter för min partner",
    "I have kept secrets from the people close to me":
        "Jag har haft hemligheter för mina närstående",
    "I am beyond help": "Jag går inte att hjälpa",
    "I have not yet found another way to deal with stress":
        "Jag har ännu inte hittat något annat sätt att hantera stress",
    # Triggers and alternatives.
    "Alone in the evening after my partner goes to bed":
        "Ensam på kvällen när min partner har gått och lagt sig",
    "Alone in the evening after my partner and I have talked":
        "Ensam på kvällen när jag och min partner har pratats vid",
    "Evenings in the flat when my child is with my ex":
        "Kvällar i lägenheten när mitt barn är hos mitt ex",
    "Evenings in the flat when the children are with my ex":
        "Kvällar i lägenheten när barnen är hos mitt ex",
    "Alone in the flat in the evening since the separation":
        "Ensam i lägenheten på kvällarna sedan separationen",
    "Evenings in the quiet house since I was widowed":
        "Kvällar i det tysta huset sedan jag förlorade min partner",
    "Alone in the flat in the evening": "Ensam i lägenheten på kvällen",
    "After a conflict at home": "Efter en konflikt hemma",
    "After a conflict with my partner": "Efter en konflikt med min partner",
    "After an argument with my ex": "Efter ett gräl med mitt ex",
    "After a conflict with my family": "Efter en konflikt med min familj",
    "Work trips, hotel rooms": "Tjänsteresor, hotellrum",
    "Pornography that links to escort ads": "Porr som länkar till eskortannonser",
    "Call my brother and talk about anything": "Ringa min bror och prata om vad som helst",
    "an episode of my series": "ett avsnitt av min serie",
    "Go for a long walk and listen to a podcast":
        "Ta en lång promenad och lyssna på en podd",
    "a good breakfast tomorrow": "en god frukost i morgon",
    "Tell my partner I need a hug": "Säga till min partner att jag behöver en kram",
    "a warm bath": "ett varmt bad",
    "Call my partner and say I need to hear a friendly voice":
        "Ringa min partner och säga att jag behöver höra en vänlig röst",
    "Ask my sister or a friend over for dinner":
        "Bjuda hem min syster eller en vän på middag",
    "Write down what I feel for ten minutes": "Skriva ner vad jag känner i tio minuter",
    "putting money aside for a trip": "att spara pengar till en resa",
    "Go to the gym": "Gå till gymmet",
    "a new book": "en ny bok",
    # Urge log and coping plan.
    "Alone at home": "Ensam hemma",
    "Argument": "Gräl",
    "Hotel evening": "Kväll på hotell",
    "Porn": "Porr",
    "Stress at work": "Stress på jobbet",
    "Bored": "Uttråkad",
    "Went for a walk": "Tog en promenad",
    "Called a friend": "Ringde en vän",
    "Went to bed": "Gick och lade mig",
    "Wrote in my journal": "Skrev i min dagbok",
    "Gym": "Gick till gymmet",
    "Put the phone in another room": "Lägga telefonen i ett annat rum",
    "I want to be someone my child can trust.":
        "Jag vill vara någon som mitt barn kan lita på.",
    "I want to be someone my children can trust.":
        "Jag vill vara någon som mina barn kan lita på.",
    "I want to be someone my partner can trust.":
        "Jag vill vara någon som min partner kan lita på.",
    "I want to be someone I can respect.": "Jag vill vara någon som jag kan respektera.",
}

EXERCISES_NB: dict[str, str] = {
    "I paid a woman for sex in a flat I found through an escort site.":
        "Jeg betalte en kvinne for sex i en leilighet jeg fant via en escortside.",
    "On a work trip I went to a massage parlour and paid for sex.":
        "På en jobbreise gikk jeg til en massasjesalong og betalte for sex.",
    "I have bought sex about once a month for two years, mostly after nights out.":
        "Jeg har kjøpt sex omtrent én gang i måneden i to år, mest etter kvelder på byen.",
    "A fight at home, then hours alone with the laptop and porn.":
        "En krangel hjemme, så flere timer alene med PC-en og porno.",
    "A fight with my partner on the phone, then hours alone with the laptop and porn.":
        "En krangel med partneren min på telefon, så flere timer alene med PC-en og porno.",
    "An argument with my ex about our child, then hours alone with the laptop and porn.":
        "En krangel med eksen min om barnet vårt, så flere timer alene med PC-en og porno.",
    "An argument with my ex about the children, then hours alone with the laptop and porn.":
        "En krangel med eksen min om barna, så flere timer alene med PC-en og porno.",
    "An argument with my ex, then hours alone with the laptop and porn.":
        "En krangel med eksen min, så flere timer alene med PC-en og porno.",
    "A day of missing the life we had, then hours alone with the laptop and porn.":
        "En dag der jeg savnet livet vi hadde, så flere timer alene med PC-en og porno.",
    "A row with my parents on the phone, then hours alone with the laptop and porn.":
        "En krangel med foreldrene mine på telefon, så flere timer alene med PC-en og porno.",
    "Drinking alone in the hotel bar, feeling invisible.":
        "Drakk alene i hotellbaren og følte meg usynlig.",
    "Stress at work; I could not sleep and started scrolling ads.":
        "Stress på jobben; jeg fikk ikke sove og begynte å scrolle gjennom annonser.",
    "Restless and empty.": "Rastløs og tom.",
    "Tense, like I had earned something.": "Anspent, som om jeg hadde fortjent noe.",
    "Lonely.": "Ensom.",
    "Ashamed and afraid someone would find out.":
        "Skamfull og redd for at noen skulle finne det ut.",
    "Numb, then disgusted.": "Nummen, så kvalm av meg selv.",
    "To stop lying to my partner.": "Å slutte å lyve for partneren min.",
    "To stop the lying that ended my last relationship.":
        "Å slutte med løgnene som gjorde slutt på forrige forhold.",
    "To stop lying to the people close to me.": "Å slutte å lyve for dem som står meg nær.",
    "To handle the evenings without escaping.": "Å klare kveldene uten å flykte.",
    "I feel ashamed and hide who I am": "Jeg skammer meg og skjuler hvem jeg er",
    "I lose sleep worrying": "Jeg ligger våken av bekymring",
    "She would feel betrayed if she knew": "Hun ville følt seg sveket hvis hun visste det",
    "He would feel betrayed if he knew": "Han ville følt seg sveket hvis han visste det",
    "They would feel betrayed if they knew":
        "Partneren min ville følt seg sveket hvis hen visste det",
    "My ex could use it to limit my time with my child":
        "Eksen min kunne brukt det til å begrense tiden min med barnet mitt",
    "My ex could use it to limit my time with the children":
        "Eksen min kunne brukt det til å begrense tiden min med barna",
    "It was part of why my last relationship ended":
        "Det var en del av grunnen til at forrige forhold tok slutt",
    "It feels like betraying the memory of the one I lost":
        "Det føles som å svike minnet om den jeg mistet",
    "I keep people at a distance so nobody gets close enough to find out":
        "Jeg holder folk på avstand så ingen kommer nær nok til å finne det ut",
    "I keep a distance to avoid questions": "Jeg holder avstand for å slippe spørsmål",
    "I keep a distance from my family to avoid questions":
        "Jeg holder avstand til familien min for å slippe spørsmål",
    "Money I cannot explain at home": "Penger jeg ikke kan forklare hjemme",
    "Money I cannot explain to my partner": "Penger jeg ikke kan forklare for partneren min",
    "Money I had put aside for other things is gone":
        "Penger jeg hadde satt av til andre ting, er borte",
    "Risk of passing on an infection to my partner":
        "Risiko for å smitte partneren min med en infeksjon",
    "Risk of an infection I could pass on to someone later":
        "Risiko for en infeksjon jeg kan smitte noen med senere",
    "Fine and a record if caught": "Bot og anmerkning på rullebladet hvis jeg blir tatt",
    "Could lose my job if it came out": "Kan miste jobben hvis det kommer fram",
    "She may have been forced; I paid someone who exploits her":
        "Hun kan ha vært tvunget; jeg betalte noen som utnytter henne",
    "My child would lose trust in me": "Barnet mitt ville mistet tilliten til meg",
    "My children would lose trust in me": "Barna mine ville mistet tilliten til meg",
    "My sister would never look at me the same way":
        "Søsteren min ville aldri sett på meg på samme måte igjen",
    "I am a bad person": "Jeg er et dårlig menneske",
    "I have done things that hurt others and myself":
        "Jeg har gjort ting som har skadet andre og meg selv",
    "I am disgusting": "Jeg er ekkel",
    "I did something I am ashamed of": "Jeg gjorde noe jeg skammer meg over",
    "I am weak": "Jeg er svak",
    "I gave in to an urge I want to learn to handle":
        "Jeg ga etter for en impuls jeg vil lære å håndtere",
    "I am a liar": "Jeg er en løgner",
    "I have kept secrets from my partner": "Jeg har holdt hemmeligheter for partneren min",
    "I have kept secrets from the people close to me":
        "Jeg har holdt hemmeligheter for dem som står meg nær",
    "I am beyond help": "Jeg er ikke til å hjelpe",
    "I have not yet found another way to deal with stress":
        "Jeg har ennå ikke funnet en annen måte å takle stress på",
    "Alone in the evening after my partner goes to bed":
        "Alene om kvelden etter at partneren min har lagt seg",
    "Alone in the evening after my partner and I have talked":
        "Alene om kvelden etter at partneren min og jeg har snakket sammen",
    "Evenings in the flat when my child is with my ex":
        "Kvelder i leiligheten når barnet mitt er hos eksen min",
    "Evenings in the flat when the children are with my ex":
        "Kvelder i leiligheten når barna er hos eksen min",
    "Alone in the flat in the evening since the separation":
        "Alene i leiligheten om kvelden etter bruddet",
    "Evenings in the quiet house since I was widowed":
        "Kvelder i det stille huset etter at jeg mistet partneren min",
    "Alone in the flat in the evening": "Alene i leiligheten om kvelden",
    "After a conflict at home": "Etter en konflikt hjemme",
    "After a conflict with my partner": "Etter en konflikt med partneren min",
    "After an argument with my ex": "Etter en krangel med eksen min",
    "After a conflict with my family": "Etter en konflikt med familien min",
    "Work trips, hotel rooms": "Jobbreiser, hotellrom",
    "Pornography that links to escort ads": "Porno som lenker til escortannonser",
    "Call my brother and talk about anything": "Ringe broren min og prate om hva som helst",
    "an episode of my series": "en episode av serien min",
    "Go for a long walk and listen to a podcast": "Gå en lang tur og høre på en podkast",
    "a good breakfast tomorrow": "en god frokost i morgen",
    "Tell my partner I need a hug": "Si til partneren min at jeg trenger en klem",
    "a warm bath": "et varmt bad",
    "Call my partner and say I need to hear a friendly voice":
        "Ringe partneren min og si at jeg trenger å høre en vennlig stemme",
    "Ask my sister or a friend over for dinner":
        "Invitere søsteren min eller en venn på middag",
    "Write down what I feel for ten minutes": "Skrive ned hva jeg føler i ti minutter",
    "putting money aside for a trip": "å spare penger til en reise",
    "Go to the gym": "Gå på treningssenteret",
    "a new book": "en ny bok",
    "Alone at home": "Alene hjemme",
    "Argument": "Krangel",
    "Hotel evening": "Kveld på hotell",
    "Porn": "Porno",
    "Stress at work": "Stress på jobben",
    "Bored": "Kjedet meg",
    "Went for a walk": "Gikk en tur",
    "Called a friend": "Ringte en venn",
    "Went to bed": "La meg",
    "Wrote in my journal": "Skrev i dagboka",
    "Gym": "Trente",
    "Put the phone in another room": "Legge telefonen i et annet rom",
    "I want to be someone my child can trust.":
        "Jeg vil være en som barnet mitt kan stole på.",
    "I want to be someone my children can trust.":
        "Jeg vil være en som barna mine kan stole på.",
    "I want to be someone my partner can trust.":
        "Jeg vil være en som partneren min kan stole på.",
    "I want to be someone I can respect.": "Jeg vil være en jeg selv kan respektere.",
}


def exercise_text(text: str, lang: str | None = None) -> str:
    """An exercise entry of the demo in its language (unchanged in English)."""
    return _translated(text, lang, EXERCISES_SV, EXERCISES_NB)


#: The demo's intake and self-rating free text (:mod:`kastdesk.forms.demo`): the
#: therapist's words in the intake, the client's own on the self-rating scale.
FORMS_SV: dict[str, str] = {
    "I want to stop before my partner finds out.":
        "Jag vill sluta innan min partner får reda på det.",
    "My partner found messages on my phone.": "Min partner hittade meddelanden i min telefon.",
    "I keep doing something I do not want to do.":
        "Jag fortsätter att göra något som jag inte vill göra.",
    "I feel ashamed and want to understand why I do it.":
        "Jag skäms och vill förstå varför jag gör det.",
    "Lives alone.": "Bor ensam.",
    "Single; lives alone.": "Singel; bor ensam.",
    "Lives with partner.": "Bor med partner.",
    "Lives with partner; little closeness at home lately.":
        "Bor med partner; lite närhet hemma på sistone.",
    "Has a partner who lives elsewhere.": "Har en partner som bor på annat håll.",
    "In a relationship; they keep separate homes.": "I en relation; särbo.",
    "Married for many years; little closeness at home lately.":
        "Gift sedan många år; lite närhet hemma på sistone.",
    "Married.": "Gift.",
    "Lives alone since a separation last year.": "Bor ensam sedan en separation förra året.",
    "Separated; lives alone.": "Separerad; bor ensam.",
    "Widowed; lives alone.": "Partnern har gått bort; bor ensam.",
    "Lives alone since losing a partner.": "Bor ensam sedan partnern gick bort.",
    "Lives with a friend.": "Bor med en vän.",
    "No children.": "Inga barn.",
    "One child.": "Ett barn.",
    "Two children.": "Två barn.",
    "Three children.": "Tre barn.",
    "Has children.": "Har barn.",
    "Parents divorced when the client was small.":
        "Föräldrarna skilde sig när klienten var liten.",
    "Grew up with both parents.": "Växte upp med båda föräldrarna.",
    "Grew up in a small town, few friends, works long hours.":
        "Uppvuxen på en mindre ort, få vänner, arbetar långa dagar.",
    "Large network at work, nobody to talk to about personal things.":
        "Stort nätverk på jobbet, ingen att prata med om personliga saker.",
    "Moved to the city for studies; drinks more when lonely.":
        "Flyttade till staden för studier; dricker mer vid ensamhet.",
    "Feels like two people: the one others know and the one who buys.":
        "Känner sig som två personer: den som andra känner och den som köper.",
    "Spends money that is hard to account for.":
        "Gör av med pengar som är svåra att förklara.",
    "Afraid of being caught and of losing the job.":
        "Rädd för att bli påkommen och för att förlora jobbet.",
    "Evenings alone; scrolling pornography leads to escort ads.":
        "Kvällar ensam; scrollande bland porr leder vidare till eskortannonser.",
    "Work trips and hotel evenings.": "Tjänsteresor och kvällar på hotell.",
    "Family counselling service": "Familjerådgivningen",
}

FORMS_NB: dict[str, str] = {
    "I want to stop before my partner finds out.":
        "Jeg vil slutte før partneren min finner det ut.",
    "My partner found messages on my phone.": "Partneren min fant meldinger på telefonen min.",
    "I keep doing something I do not want to do.":
        "Jeg fortsetter å gjøre noe jeg ikke vil gjøre.",
    "I feel ashamed and want to understand why I do it.":
        "Jeg skammer meg og vil forstå hvorfor jeg gjør det.",
    "Lives alone.": "Bor alene.",
    "Single; lives alone.": "Singel; bor alene.",
    "Lives with partner.": "Bor med partner.",
    "Lives with partner; little closeness at home lately.":
        "Bor med partner; lite nærhet hjemme i det siste.",
    "Has a partner who lives elsewhere.": "Har en partner som bor et annet sted.",
    "In a relationship; they keep separate homes.": "I et forhold; bor hver for seg.",
    "Married for many years; little closeness at home lately.":
        "Gift i mange år; lite nærhet hjemme i det siste.",
    "Married.": "Gift.",
    "Lives alone since a separation last year.": "Bor alene etter et samlivsbrudd i fjor.",
    "Separated; lives alone.": "Separert; bor alene.",
    "Widowed; lives alone.": "Partneren er død; bor alene.",
    "Lives alone since losing a partner.": "Bor alene etter å ha mistet partneren sin.",
    "Lives with a friend.": "Bor med en venn.",
    "No children.": "Ingen barn.",
    "One child.": "Ett barn.",
    "Two children.": "To barn.",
    "Three children.": "Tre barn.",
    "Has children.": "Har barn.",
    "Parents divorced when the client was small.":
        "Foreldrene skilte seg da klienten var liten.",
    "Grew up with both parents.": "Vokste opp med begge foreldrene.",
    "Grew up in a small town, few friends, works long hours.":
        "Vokste opp på et lite sted, få venner, jobber lange dager.",
    "Large network at work, nobody to talk to about personal things.":
        "Stort nettverk på jobben, ingen å snakke med om personlige ting.",
    "Moved to the city for studies; drinks more when lonely.":
        "Flyttet til byen for å studere; drikker mer ved ensomhet.",
    "Feels like two people: the one others know and the one who buys.":
        "Føler seg som to personer: den andre kjenner, og den som kjøper.",
    "Spends money that is hard to account for.":
        "Bruker penger som er vanskelige å gjøre rede for.",
    "Afraid of being caught and of losing the job.":
        "Redd for å bli oppdaget og for å miste jobben.",
    "Evenings alone; scrolling pornography leads to escort ads.":
        "Kvelder alene; scrolling på porno leder videre til escortannonser.",
    "Work trips and hotel evenings.": "Jobbreiser og kvelder på hotell.",
    "Family counselling service": "Familievernkontoret",
}


def form_text(text: str, lang: str | None = None) -> str:
    """A free-text answer of the demo's forms in its language (unchanged in English)."""
    return _translated(text, lang, FORMS_SV, FORMS_NB)


def children_text(count: int, lang: str | None = None) -> str:
    """ "4 children." in the demo's language, for a number no sentence is written for."""
    lang = language() if lang is None else lang
    return f"{count} barn." if lang else f"{count} children."
