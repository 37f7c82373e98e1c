/**
 * The cue lexicon of tabulate (data/lexicon/coordination.json) and the one phrase syntax it is
 * written in: every cue list with sentences of our own that must and must not match, and the cue
 * entries of three words or more that occur verbatim in the 2023 text, each backed by sentences
 * in other contexts — the rules, not phrases copied from one round, carry the 2023 table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCues, cueSet, loadCues, MAX_SUBJECT_NAME_WORDS, phraseSource, type LexiconFile } from '../../src/extract/lexicon.js';
import { loadData } from '../../src/data.js';
import { fold } from '../../src/normalize/fold.js';
import { CORPUS } from '../helpers.js';

type Case = { match: string[]; not: string[] };

/** Per cue list: sentences that must match, and sentences that must not. */
const CASES: Record<string, Case> = {
  questionRole: {
    match: ['Vilket av alternativen för samordning av arbetet förordar ni?', 'Vem bör leda arbetet?', 'Vilken nämnd ska äga frågan?', 'Vem bör vara sammankallande?', 'Vem ska vara huvudman?', 'Vilken aktör bör samordna insatserna?', 'Vem bör ansvara för planen?'],
    not: ['Hur ser ni på förslaget?', 'Vilka processer pågår i ert område?', 'Vilka insatser bör samordnas med planen?', '5.2 Lokal samordning'],
  },
  questionWho: {
    match: ['Vilket av alternativen A, B och C förordar ni?', 'Vilken modell för samordningen föredrar ni?', 'Vilken nämnd bör leda?', 'Vem bör samordna?', 'Vilken myndighet bör ha ansvaret?', 'Vilket bolag passar?'],
    not: ['Hur bör arbetet följas upp?'],
  },
  proposal: {
    match: [
      'Nämnden föreslår att servicenämnden får ansvaret.', 'Vi förordar miljönämnden.', 'Bolaget rekommenderar en gemensam lösning.',
      'Servicenämnden är ett givet val.', 'Kulturnämnden är det givna valet för rollen.',
      'Satsningen behöver ledas av kulturnämnden.', 'Trygghetsarbetet behöver samordnas av servicenämnden.', 'Planen behöver hållas samman av miljönämnden.',
      'Insatserna behöver hållas ihop av stadskontoret.', 'Programmet behöver drivas av fritidsnämnden.',
      'Vi ser helst att fritidsnämnden leder arbetet.', 'Vi skulle helst se att stadskontoret samordnar.', 'Bolaget vill helst se att kulturnämnden leder.',
      'Fritidsnämnden har goda förutsättningar att samordna arbetet.', 'Nämnden har de bästa förutsättningarna att leda satsningen.',
      'Förvaltningen har förutsättningar att ta det samordnande ansvaret.', 'Bolaget har förutsättningar att ta på sig rollen.', 'Den nämnden har bäst förutsättningar att bära ansvaret.',
      'Även tekniska nämnden vore ett rimligt val.', 'Kulturnämnden är ett lämpligt val för uppdraget.',
      'Förbundet tillstyrker förslaget.', 'Servicenämnden är lämplig för uppgiften.', 'MKB är en möjlig kandidat.', 'Vi ser dem som det naturliga valet.',
      'De är bäst lämpade för uppdraget.', 'Ett delat ledarskap vore bra.', 'Ett gemensamt ansvar är att föredra.', 'En annan möjlighet vore att låta kulturnämnden leda.',
      'Ett annat alternativ är servicenämnden.', 'Kulturnämnden får den samordnande rollen.', 'Stadskontoret ges uppdraget.', 'Rollen tilldelas fritidsnämnden.',
      'Nämnden ställer sig bakom att miljönämnden leder.', 'Ansvaret hör naturligt hemma hos fritidsnämnden.', 'Samordningen hör enligt oss hemma hos MKB.', 'Den naturliga hemvisten för arbetet är kulturnämnden.', 'Rätt hemvist för uppdraget vore MKB.', 'Det passar servicenämnden bäst.', 'MKB kan komma i fråga.', 'Det ligger närmast till hands att MKB leder.',
      'Vi ser nämnden som en tänkbar samordnare.',
      'Miljönämnden är ett andrahandsalternativ.', 'Som andrahandsval ser vi MKB.', 'Kulturnämnden kan vara ett andrahandsalternativ.',
      'Nämnden ser kommunstyrelsen som samordnare.', 'Vi ser kulturnämnden och fritidsnämnden som gemensamma samordnare.', 'Bolaget ser stadskontoret som den givna huvudmannen.', 'Förbundet ser MKB som sammankallande.',
      'Fritidsnämnden skulle kunna vara ett alternativ.', 'I andra hand kan MKB vara ett alternativ.', 'Servicenämnden är ett tänkbart alternativ.',
      'Kulturnämnden är bättre rustad för uppgiften.', 'Bolaget är bättre rustat att leda arbetet.', 'MKB är bättre lämpat än TN.', 'Vårt förstahandsval är servicenämnden.',
      'Det som då återstår är kommunstyrelsen.', 'Återstår då miljönämnden.', 'Därmed återstår endast stadskontoret.',
    ],
    not: ['Nämnden har tagit del av förslaget.', 'I föreslagen modell saknas uppföljning.', 'Enligt förordningen gäller detta.', 'Rollen är oklar.', 'Vi ser fram emot arbetet.', 'Nämnden ser att behovet är stort.', 'Vi ser gärna fler mötesplatser.', 'Nämnden ser gärna att även polisen adjungeras.', 'Vi ser gärna att planen hänvisar till vår verksamhet.', 'Ett andrahandsboende ordnas.', 'Vi ser samordnarna som en tillgång.', 'Nämnden ser behovet av en samordnare.', 'Att ge MKB ansvaret är ett alternativ som nämnden har avfärdat.', 'Nämnden har goda förutsättningar att bidra till arbetet.', 'Förutsättningarna att nå unga är goda.'],
  },
  strongProposal: {
    match: ['Nämnden föreslår stadskontoret.', 'Vi förordar en nämnd.', 'De är en lämplig kandidat.'],
    not: ['Kulturnämnden får den samordnande rollen.', 'Bolaget kan åta sig rollen.'],
  },
  rolePredicate: {
    match: [
      'Servicenämnden bör få rollen.', 'Uppdraget ska gå till MKB.', 'Ansvaret bör även i fortsättningen ligga kvar hos stadskontoret.', 'Frågan ska ägas av nämnden.',
      'Arbetet bör ledas av stadskontoret.', 'Nämnden har möjlighet att ansvara för detta.', 'Bolaget har kapacitet att leda arbetet.', 'Vi har förutsättningar att samordna.',
      'Vi är beredda att ta rollen.', 'Nämnden kan tänka sig att ta ansvaret.', 'Servicenämnden bör vara huvudman.', 'Kulturnämnden borde behålla samordningen.',
      'Nämnden vill att fritidsnämnden leder arbetet.', 'Vi ser gärna att stadskontoret tar rollen.', 'Styrelsen önskar att tekniska nämnden samordnar insatserna.', 'Vi vill att ansvaret ligger kvar hos kommunstyrelsen.',
      'Det är naturligt att servicenämnden leder arbetet.', 'Det vore rimligt om kulturnämnden fick ansvaret.', 'Det bedöms lämpligt att samordningen läggs på MKB.',
      'Förbundet har inget emot att miljönämnden samordnar.', 'Rådet ser inga hinder för att MKB tar rollen.', 'Det är önskvärt att ansvaret bärs av servicenämnden.',
    ],
    not: [
      'Servicenämnden bidrar med lokaler.', 'Nämnden har goda erfarenheter av samverkan.', 'Bolaget kan bidra med kunskap.',
      'Planen bör ta sin utgångspunkt i områdesteamen.', 'Den som leder bör ha lokal närvaro.', 'Nämnderna bör ges möjlighet att påverka.',
      'Nämnden vill att fritidsnämnden deltar i arbetet.', 'Vi ser gärna att modellen utvärderas.', 'Fritidsnämnden leder i dag områdeslyftet.',
      'Det är rimligt att kostnaderna fördelas.', 'Det vore önskvärt om fler deltog.',
    ],
  },
  modal: {
    match: [
      'Servicenämnden bör leda.', 'MKB ska leda.', 'Bolaget borde leda.', 'Servicenämnden har möjlighet att leda uppföljningen.', 'Bolaget bör ha möjlighet att påverka budgeten.',
      'Nämnden har kapacitet att driva projektet.', 'Förvaltningen bör ha kapacitet att hantera ärendena.', 'Vi har förutsättningar att utveckla mötesplatserna.', 'Vi är beredda att hjälpa till.',
      'Förbundet är positiv till att leda försöket.', 'Styrelsen ställer sig positiv till att driva frågan.', 'Är förbundet villigt att driva frågan?',
      'Rådet vill att kulturnämnden leder.', 'Vi ser gärna att servicenämnden tar hand om det.', 'Förbundet önskar att MKB samordnar.', 'Annars ser rådet gärna att kulturnämnden leder.',
    ],
    not: ['Nämnden brukar delta.', 'Vi vill delta.'],
  },
  roleVerb: {
    match: ['vara processägare', 'vara samordnande', 'bli samordnare', 'bli samordnande', 'bli sammankallande', 'kalla samman', 'hålla i taktpinnen', 'ha rodret', 'få rollen', 'ges uppdraget', 'ges till', 'ha huvudansvaret', 'ta det samordnande ansvaret', 'behålla samordningen', 'leda', 'ledas', 'leds', 'ägas', 'drivs', 'sköts', 'hålls ihop', 'ligga kvar', 'gå till', 'vara huvudman', 'delas mellan', 'utövas', 'åläggas', 'åläggs', 'hålla i samordningen', 'sköta samordningen', 'skötas', 'vila på', 'tillfalla', 'axla ansvaret', 'axla den samordnande rollen', 'överta uppdraget', 'hålla i det', 'ta hand om det', 'ta hand om samordningen', 'driva det här', 'driva det', 'hålla ihop', 'hålla samman', 'vara sponsor', 'bli sponsor för arbetet', 'ligger på'],
    not: ['bidra', 'sponsra evenemanget', 'ha en sponsor', 'delta', 'vara delaktig', 'bli samordnad', 'ta hänsyn', 'ha lokal närvaro', 'få möjlighet', 'ta sin utgångspunkt', 'axla kostnaden', 'överta lokalerna', 'ta hand om barnen', 'hålla i handen', 'driva frågan om belysning'],
  },
  roleNoun: { match: ['ansvaret', 'rollen', 'uppdraget', 'samordningen', 'ledarskapet', 'frågan', 'värdskapet', 'processägarskapet'], not: ['närvaro', 'hänsyn', 'värden', 'processen'] },
  willing: {
    match: ['Nämnden kan åta sig ansvaret.', 'Bolaget åtar sig gärna rollen.', 'Vi tar gärna på oss samordningen.', 'Nämnden tar på sig uppdraget.', 'Vi ställer oss till förfogande.', 'Nämnden erbjuder sig att samordna.', 'Fritidsnämnden anmäler sig som samordnare.', 'Vi anmäler intresse för rollen.', 'Bolaget kandiderar gärna.'],
    not: ['Nämnden bidrar gärna med kunskap.', 'Vi tar del av förslaget.', 'Nämnden anmäler ärendet.', 'Nämnden erbjuds rollen.'],
  },
  endorse: {
    match: ['Nämnden instämmer i förslaget.', 'Vi delar bedömningen.', 'Vi ställer oss bakom förslaget.', 'Nämnden ansluter sig till yttrandet.', 'Bolaget stöder linjen.', 'Nämnden anslöt sig till yttrandet.', 'Förvaltningen instämde i förslaget.', 'Bolaget ställde sig bakom linjen.'],
    not: ['Nämnden noterar förslaget.'],
  },
  endorsedThing: { match: ['förslaget', 'uppfattningen', 'bedömningen', 'syn', 'ståndpunkten', 'yttrandet', 'ställningstagandet', 'beredskapen', 'erbjudandet', 'åtagandet', 'det'], not: ['rapporten', 'detta', 'den'] },
  reporter: { match: ['promemorian förordar', 'utredningen föreslår', 'remissen anger', 'betänkandet föreslår', 'i remissunderlaget anges', 'remissförslaget innebär', 'programförslaget pekar ut'], not: ['nämnden föreslår', 'förvaltningen föreslår'] },
  decision: {
    match: ['Nämnden föreslås besluta att översända yttrandet.', 'Styrelsen beslutar att godkänna svaret.', 'Förvaltningen har berett ärendet.', 'Nämnden överlämnar sitt svar som sitt yttrande.', 'Förslag till yttrande bifogas.'],
    not: ['Nämnden föreslår att miljönämnden får rollen.', 'Beslutet bör fattas av kommunstyrelsen senare.'],
  },
  minority: {
    match: [
      'Ledamoten (X) yrkar att nämnden ska förorda MKB.', 'Gruppen reserverar sig mot beslutet.', 'Ett särskilt yttrande lämnas.', 'Yrkandet avslogs.',
      'Moderaterna anser att MKB borde leda.', 'Vänsterpartiet vill att stadskontoret tar rollen.', 'Miljöpartiet föreslår servicenämnden.',
    ],
    not: ['Nämnden föreslår MKB.', 'Partiets företrädare deltog.'],
  },
  rank: { match: ['I första hand bör MKB leda.', 'I andra hand stadskontoret.', 'i tredje hand servicenämnden'], not: ['Nämnden har första tillgång.', 'i hand'] },
  ellipticLead: {
    match: ['Förslagsvis kulturnämnden.', 'Lämpligen servicenämnden.', 'Helst fritidsnämnden.', 'Främst MKB.', 'Primärt stadskontoret.', 'Med fördel tekniska nämnden.', 'Enligt vår mening kulturnämnden.', 'Enligt nämndens bedömning MKB.'],
    not: ['Nämnden föreslår kulturnämnden.', 'Enligt planen ska MKB leda.'],
  },
  ellipticOtherwise: {
    match: ['Kulturnämnden, annars MKB.', 'Servicenämnden, alternativt stadskontoret.', 'MKB eller annars fritidsnämnden.', 'Kulturnämnden, i annat fall servicenämnden.'],
    not: ['Kulturnämnden och MKB.', 'Annan nämnd.'],
  },
  ellipticTail: {
    match: ['Kulturnämnden och MKB gemensamt.', 'Servicenämnden och fritidsnämnden tillsammans.', 'MKB i samverkan.', 'Kommunstyrelsen i första hand.', 'Fritidsnämnden i andra hand.'],
    not: ['Kulturnämnden ensam.', 'MKB.'],
  },
  roleWord: { match: ['samordningen', 'huvudansvaret', 'ansvaret', 'leda', 'leds', 'äga', 'ägarskapet', 'huvudmannaskapet', 'den samordnande rollen', 'ett delat ledarskap', 'värdskapet', 'värdnämnden', 'processägaren', 'sammankallande'], not: ['uppföljning', 'lokaler', 'värdet', 'processen'] },
  decline: {
    match: [
      'Styrelsen yttrar sig inte över den delen.', 'Frågan lämnas obesvarad.', 'Styrelsen avstår ifrån att ta ställning.', 'Vi vill inte föreslå någon nämnd.', 'Bolaget tar inte ställning.',
      'Nämnden saknar tillräcklig kunskap om detta.', 'Det är svårt att avgöra vem som är lämplig.', 'Det är svårt att bedöma.', 'Nämnden väljer att inte svara.',
      'Nämnden anser sig inte ha befogenhet att utse någon.', 'Vi har ingen uppfattning i frågan.', 'Förbundet avstår därför ifrån att svara.', 'Vi avstår därför från att förorda någon.',
      'Det ankommer inte på förbundet att ta ställning till stadens organisation.', 'Det är inte vår sak att ta ställning till detta.',
    ],
    not: ['Nämnden har beretts tillfälle att yttra sig över remissen.', 'Nämnden föreslår stadskontoret.', 'Nämnden har tagit ställning till förslaget.'],
  },
  declineToName: {
    match: ['Nämnden vill inte föreslå en enskild nämnd.', 'Vi föreslår ingen särskild aktör.', 'Nämnden avstår från att ta ställning till vem.', 'Styrelsen lämnar inget förslag.'],
    not: ['Det är svårt att bedöma.'],
  },
  negation: { match: ['Ansvaret bör inte ligga här.', 'Bolaget är olämpligt.', 'Förbundet avstyrker förslaget.', 'Ej lämpligt.', 'Vi nämner MKB utan att föreslå bolaget för uppdraget.', 'Listan görs utan att förorda någon.', 'Nämnden frånträder sitt förslag.', 'Vi drar tillbaka förslaget om MKB.', 'Styrelsen återkallar sitt tidigare förslag.', 'Förvaltningen saknar förutsättningar att leda arbetet.', 'Bolaget saknar möjlighet att samordna.', 'Nämnden saknar kapacitet för uppdraget.', 'Vi saknar resurser för det.', 'Varken MKB eller TN har mandatet.'], not: ['Ansvaret bör ligga här.', 'Nämnden tar på sig rollen.', 'Förslaget drar ut på tiden.', 'Nämnden saknar en beskrivning av budgeten.', 'Förslaget har goda förutsättningar.'] },
  negationNot: { match: ['inte minst', 'inte bara', 'inget hinder', 'ingen tvekan', 'har inga invändningar mot', 'ingen invändning mot', 'har inget att invända mot', 'inget att erinra mot', 'har inget emot att'], not: ['inte lämpligt', 'inte ensamstående'] },
  negationAlone: { match: ['MKB bör inte ensam leda', 'inte ensamt', 'Bolagen kan inte ensamma bära det', 'Regionen kan inte själv leda', 'inte självständigt'], not: ['inte lämpligt', 'inte ensamstående'] },
  negationBut: { match: ['inte hos MKB utan hos tekniska nämnden'], not: ['inte hos MKB'] },
  condition: {
    match: [
      'MKB bör få rollen under förutsättning att resurser tillförs.', 'förutsatt att medel finns', 'på villkor att mandatet är tydligt', 'endast om finansieringen säkras',
      'bara om nämnden får mandat', 'om dessa krav uppfylls', 'om resurser tillförs', 'om ett mandat ges', 'om det finns medel',
      'Under den förutsättningen kan MKB leda.', 'På det villkoret tar nämnden rollen.', 'Under dessa förutsättningar bör servicenämnden samordna.', 'tillstyrker, med följande förbehåll:', 'med de två förbehåll som anges nedan', 'på följande villkor:', 'under följande förutsättningar:',
    ],
    not: ['frågan om lokala trygghetsteam', 'information om arbetet'],
  },
  conditionalOpener: {
    match: ['Om resurser tillförs, bör MKB leda.', 'Ifall medel saknas, bör stadskontoret leda.', 'I det fall nämnden får mandat, tar vi rollen.', 'Under förutsättning att medel finns, bör MKB leda.', 'I händelse av omorganisation, bör MKB leda.'],
    not: ['Oavsett vilken nämnd som får ansvaret bör arbetet ske lokalt.'],
  },
  followUpCondition: {
    match: ['Under förutsättning att medel finns gäller detta.', 'Det förutsätter att resurser tillförs.', 'Det gäller endast om nämnden får mandat.', 'En förutsättning är full finansiering.', 'Villkoret är att medel avsätts.', 'Ställningstagandet förutsätter dock ett tydligt mandat.', 'Det kräver dock resurser.'],
    not: ['Nämnden har goda erfarenheter.'],
  },
  ratherThan: {
    match: ['Nämnden ser hellre att kulturnämnden leder.', 'Helst bör fritidsnämnden samordna.', 'Vi föreslår snarare tekniska nämnden.'],
    not: ['Nämnden föreslår kulturnämnden.', 'Det är mer än väl känt.'],
  },
  selfCorrection: {
    match: ['Fritidsnämnden – eller rättare sagt kulturnämnden – bör leda.', 'Rättare sagt bör tekniska nämnden leda.', 'Kommunstyrelsen, eller snarare sagt stadskontoret, bör samordna.', 'X bör samordna, eller mer korrekt: dela ansvaret med Y.', 'Eller korrekt uttryckt: Y bör leda.'],
    not: ['Nämnden föreslår snarare tekniska nämnden.', 'Det är rätt sagt av nämnden.'],
  },
  matrixRole: {
    match: ['ansvarar', 'ansvarig', 'samordnar', 'samordnande', 'huvudansvar', 'a'],
    not: ['utför', 'deltar', 'informeras', 'aktör', 'nämnd'],
  },
  matrixOther: {
    match: ['utför', 'deltar', 'konsulteras', 'informeras', 'berörs', 'k', 'i'],
    not: ['ansvarar', 'samordnar', 'aktör', 'process'],
  },
  notAdopted: {
    match: ['Observera att förslaget inte har antagits av nämnden.', 'Yttrandet utgör inte nämndens ställningstagande.', 'Texten är inte nämndens ställningstagande utan förvaltningens.', 'Förslaget har inte antagits av styrelsen.'],
    not: ['Yttrandet har inte behandlats av nämnden utan beslutats på delegation.', 'Förslaget har antagits av nämnden.', 'Nämndens ställningstagande framgår nedan.'],
  },
  abandonedView: {
    match: ['Nämnden övervägde först att förorda fritidsnämnden.', 'Vid en första genomläsning kunde det tyckas att X borde leda.', 'Det kan det verka som om MKB passar.', 'I ett tidigare utkast föreslogs kulturnämnden.', 'Förvaltningen avsåg först att föreslå kulturnämnden.'],
    not: ['Nämnden har övervägt om kulturnämnden kan leda.', 'Nämnden föreslår fritidsnämnden.', 'Utkastet är bra.'],
  },
  leftOver: {
    match: ['…, vilket i praktiken lämnar kommunstyrelsen.', '…, vilket bara lämnar fritidsnämnden.', 'Då återstår kommunstyrelsen.'],
    not: ['Nämnden lämnar följande yttrande.', 'Det som återstår är finansieringen.'],
  },
  interimFirst: {
    match: ['Under en övergångsperiod bör X samordna.', 'Inledningsvis bör KS leda.', 'Tills vidare bör stadskontoret samordna.', 'I avvaktan på utvärderingen bör KS leda.', 'Till att börja med kan stadskontoret hålla i rollen.'],
    not: ['Kommunstyrelsen bör samordna.', 'Efter övergången bör FRN leda.'],
  },
  interimThen: {
    match: ['…, därefter bör FRN ta över.', 'På sikt bör fritidsnämnden leda.', 'När utvärderingen är klar bör FRN ta över.'],
    not: ['Fritidsnämnden bör leda arbetet.', 'Sedan 2024 leder fritidsnämnden arbetet.'],
  },
  roleAs: {
    match: ['Arbetet bör bedrivas med kommunstyrelsen som samordnare.', 'Insatserna ska genomföras med fritidsnämnden som sammanhållande.', 'Nätverket bör drivas med tekniska nämnden som sammankallande part.', 'Vi ser helst en ordning med MKB som huvudman.', 'Modellen bör införas med servicenämnden som ansvarig.'],
    not: ['Arbetet bör bedrivas i samverkan med kulturnämnden.', 'Nämnden deltar med MKB som en aktiv part.', 'Kommunstyrelsen bör vara samordnare.', 'Med fritidsnämnden som exempel syns behovet.'],
  },
  regardless: {
    match: ['Oavsett val av huvudman förutsätter nämnden att skolans ansvar består.', 'Oberoende av vem som får rollen kräver arbetet resurser.', 'Vem som än får uppdraget behövs en budget.', 'Vilken nämnd som än väljs måste stadsdelarna höras.', 'Hur det än blir förutsätter vi en tydlig uppföljning.'],
    not: ['Det förutsätter att resurser tillförs.', 'Nämnden förordar att kommunstyrelsen leder arbetet.'],
  },
  supporting: {
    match: [
      'MKB kan vara en stödjande aktör.', 'Bolaget kan bistå arbetet.', 'Nämnden kan finnas med som stöd.', 'Myndigheten kan samordna det nationella stödet till skolorna.',
      'Förbundet samordnar gärna stöd till föreningarna.', 'Regionen kan ta ansvar för stödet i länet.',
    ],
    not: ['MKB bör leda arbetet.', 'Servicenämnden bör samordna arbetet i stadsdelarna.', 'Stödet är viktigt.'],
  },
  joint: {
    match: [
      'MKB tillsammans med stadskontoret', 'MKB tilsammans med stadskontoret (a common misspelling)', 'i samverkan med bolaget', 'i samarbete med nämnden', 'i tätt samarbete med polisen', 'gemensamt med förvaltningen', 'ett delat ansvar', 'MKB och TN',
      'Rollen bör gå till biblioteken i nära samarbete med skolorna.', 'i nära samverkan med föreningarna', 'i tät samverkan med bolaget',
    ],
    not: ['MKB bör leda'],
  },
  optional: { match: ['möjligtvis i samverkan med', 'eventuellt tillsammans med', 'kanske med stöd'], not: ['tillsammans med'] },
  alternative: { match: ['MKB eller TN', 'alternativt servicenämnden', 'antingen MKB'], not: ['MKB och TN'] },
  example: { match: ['till exempel MKB', 't.ex. MKB', 't ex MKB', 'exempelvis MKB', 'bland annat MKB'], not: ['MKB bör leda'] },
  preference: { match: ['Det vore ännu bättre.', 'Vi föreslår hellre MKB.', 'Helst bör MKB leda.', 'snarare MKB'], not: ['MKB är bra.'] },
  hypothetical: { match: ['Under förutsättning att medel finns anser vi att MKB bör leda.', 'Förutsatt att resurser tillförs, bör MKB leda.', 'I det fall budgeten räcker, bör MKB leda.', 'I händelse av omorganisation bör arbetet pausas.', 'Om det behövs, bör MKB leda.', 'Oavsett vilken nämnd som får ansvaret, bör arbetet ske lokalt.', 'För att svara på frågan, behövs mer underlag.', 'Vid större satsningar bör MKB leda.'], not: ['MKB bör leda.'] },
  justification: {
    match: ['eftersom MKB har lokal närvaro', 'därför att bolaget finns i området', 'med tanke på bolagets uppdrag', 'utifrån att nämnden har lokal närvaro', 'med hänvisning till dess erfarenhet', 'mot bakgrund av nämndens uppdrag', ', givet nämndens ansvar för socialtjänsten'],
    not: ['MKB bör leda arbetet.'],
  },
  speech: { match: ['anser', 'menar', 'föreslår', 'bedömer', 'framhåller', 'tror', 'hävdar', 'uppfattar'], not: ['leder', 'bidrar', 'tänker', 'tar'] },
  role: { match: ['ansvar för uppföljningen', 'samordning av insatserna', 'leda arbetet', 'huvudansvaret för planen'], not: ['bidrar med kunskap'] },
  anaphora: { match: ['dessa två', 'de båda', 'båda parterna'], not: ['de tre'] },
  verdictFirst: { match: ['förordas', 'Föreslås', 'Ja, i första hand', 'ja'], not: ['förordade', 'nej', 'kan vara ett alternativ'] },
  verdictSecond: { match: ['kan vara ett alternativ', 'möjligt', 'i andra hand'], not: ['omöjligt', 'förordas'] },
  verdictNo: { match: ['inte lämpligt', 'olämpligt', 'avstyrks', 'Nej'], not: ['lämpligt', 'förordas'] },
  anaphoraOne: { match: ['den nämnden', 'denna nämnd', 'det bolaget'], not: ['den nämnd som', 'nämnden', 'dessa nämnder', 'den sistnämnda'] },
  personalView: { match: ['Personligen ansåg hon att', 'jag tror personligen att', 'som tjänsteperson och inte för nämndens räkning'], not: ['personalen', 'personlig assistans', 'för egen del'] },
  participleRole: { match: ['ledd av', 'samordnat av', 'under ledning av', 'under gemensam ledning av'], not: ['leder', 'ledde', 'har lett till'] },
  sharesRole: { match: ['delar ansvaret', 'delar på samordningen', 'delar det samordnande ansvaret', 'delar rollen'], not: ['delar uppfattningen', 'delar bedömningen', 'delar synen på ansvaret'] },
  concession: { match: ['även om uppdraget är stort', 'trots att nämnden saknar medel', 'fastän det är svårt', 'om än med tvekan'], not: ['om uppdraget är stort', 'även nämnden', 'trots detta'] },
  excess: {
    match: ['för många nämnder för att en facknämnd ska kunna', 'alltför brett för att', 'är för stort för att en nämnd', 'för komplext för att lämnas', 'för få resurser för att'],
    not: ['för att', 'ansvar för samordningen', 'för många nämnder', 'för oss det naturliga valet för att'],
  },
  ownDocumentSays: {
    match: ['I yttrandet står', 'I nämndens yttrande står', 'Yttrandet lyder', 'Av bolagets yttrande framgår', 'I remissvaret heter det', 'I beslutet står'],
    not: ['I förslaget står', 'Yttrandet kom in', 'I utredningen står'],
  },
  scopeSplit: {
    match: ['för skolnära frågor', 'i innerstaden', 'inom äldreomsorgen', 'när det gäller fritiden hos tekniska nämnden', 'strategiskt ansvar', 'operativt', 'ansvaret på lokal nivå hos fritidsnämnden', 'kvällstid'],
    not: ['samordningen', 'kommunstyrelsen', 'fritidsnämnden'],
  },
  speakerAuxiliary: { match: ['har', 'hade'], not: ['hava', 'bör', 'ska'] },
  speakerPlace: {
    match: ['i utkastet', 'i sitt yttrande', 'i sitt tidigare yttrande', 'i den första omgången', 'i sitt remissvar', 'i sin tjänsteskrivelse'],
    not: ['i dag', 'i stadsdelen', 'i samverkan med'],
  },
  sharedView: { match: ['liksom kulturnämnden', 'i likhet med tekniska nämnden', 'precis som bolaget', 'på samma sätt som'], not: ['till skillnad från', 'som', 'likaså'] },
  othersWho: {
    match: ['de remissinstanser som', 'de nämnder som', 'de som', 'flera remissinstanser som', 'andra aktörer som'],
    not: ['den nämnd som', 'nämnden som', 'som'],
  },
  statusQuo: {
    match: ['vi ser ingen anledning att ändra på den ordningen', 'nämnden ser inget skäl att byta huvudman', 'och så bör det förbli', 'vill gärna behålla nuvarande ordning', 'bör få fortsätta'],
    not: ['ordningen bör ändras', 'vi ser anledning att ändra', 'fortsätta utveckla arbetet'],
  },
  reporterPlace: { match: ['i', 'enligt'], not: ['inom', 'enligtvis', 'hos'] },
  documentSays: {
    match: ['pekas kommunstyrelsen ut', 'anges att', 'föreslås att', 'lyfts tre alternativ fram', 'för ett resonemang om', 'diskuteras', 'förordas'],
    not: ['pekar på', 'föreslår', 'lyfter'],
  },
  wholeAnswer: {
    match: ['gäller yttrandet i sin helhet', 'samtliga ställningstaganden förutsätter', 'för hela yttrandet', 'alla ställningstaganden'],
    not: ['i helhet', 'ställningstagandet', 'yttrandet'],
  },
  groupMembers: {
    match: ['en styrgrupp med nämnden själv', 'styrgruppen med förvaltningscheferna', 'en referensgrupp där föreningarna ingår', 'arbetsgrupper med representanter'],
    not: ['styrgruppen', 'en grupp med', 'samordning med'],
  },
  notAlone: { match: ['uppdraget kan inte bäras av en nämnd ensam', 'inte klarar det på egen hand', 'kan inte ta rollen själv'], not: ['ensam huvudman', 'kan bära det ensam', 'inte minst'] },
  secondRank: { match: ['ett rimligt andrahandsalternativ', 'andrahandsvalet', 'det näst bästa alternativet', 'ett reservalternativ'], not: ['ett alternativ', 'andra hand', 'bästa alternativet'] },
  anaphoraFirst: { match: ['förstnämnda', 'den förstnämnda nämnden', 'det förstnämnda'], not: ['den förra remissen', 'först nämnde vi', 'sistnämnda'] },
  anaphoraLast: { match: ['sistnämnda', 'den sistnämnda', 'det sistnämnda bolaget'], not: ['den senare delen', 'sist nämnde vi', 'förstnämnda'] },
  collectiveBody: {
    match: ['Ansvaret bör ligga på kommunen.', 'Regionen bör leda.', 'Staten bör ta ansvaret.', 'Polisen bör sammankalla.', 'Samordningen kan delas med lokalpolisområdet.'],
    not: ['kommunens', 'kommunal', 'polis', 'polisiär'],
  },
  pluralBody: { match: ['styrelserna', 'nämnderna', 'myndigheterna'], not: ['nämnden'] },
  whoever: {
    match: [
      'Den nämnd som får rollen bör ha lokal närvaro.', 'Den myndighet som ges ansvaret behöver resurser.', 'Den som leder arbetet behöver mandat.',
      'Vilken nämnd som än leder arbetet behövs resurser.', 'Vilken aktör som helst kan inte samordna detta.',
    ], not: ['Nämnden bör få rollen.'] },
  directProposal: { match: ['Nämnden föreslår', 'förordar', 'rekommenderar', 'förespråkar'], not: ['föreslagen', 'förordningen'] },
  passiveRole: { match: ['ledas', 'leds', 'samordnas', 'ägas', 'drivs', 'sköts', 'hålls samman', 'sammankallas', 'bäras', 'bärs'], not: ['leda', 'leder', 'samordna', 'driver', 'sköter', 'ägs'] },
  contrast: {
    match: [
      'Rollen bör gå till servicenämnden och inte till MKB.', 'Stadskontoret, men inte bolaget, bör leda.', 'Miljönämnden snarare än kulturnämnden bör samordna.',
      'Vi vill hellre se MKB som huvudman än stadskontoret, hellre än en ny nämnd.', 'Frågan bör ägas av servicenämnden i stället för av stadskontoret.', 'MKB istället för TN bör leda.',
      'MKB är bättre rustat än såväl TN som SN.', 'Kulturnämnden är bättre lämpad än både MKB och TN.', 'Ansvaret passar bättre hos MKB än hos TN.', 'Uppdraget bör hellre gå till MKB än till TN.',
    ],
    not: ['Servicenämnden bör leda arbetet.', 'Nämnden ser hellre att MKB leder.', 'Det bör inte ligga hos MKB utan hos TN.', 'Frågan är av mindre betydelse än att ansvaret är tydligt.', 'Mer än hälften av nämnderna svarade.'],
  },
  objectPreposition: { match: ['gentemot', 'mot', 'åt', 'bland', 'kring'], not: ['hos', 'av', 'till', 'med'] },
  reflexive: { match: ['sig', 'oss'], not: ['si', 'nämnden'] },
  wishFrame: { match: ['Nämnden kan tänka sig att KN leder.', 'Vi kan också tänka oss att MKB samordnar.', 'Bolaget skulle kunna tänka sig att TN leder.'], not: ['Nämnden kan leda.', 'Vi tänker oss en styrgrupp.', 'Nämnden kan tänka sig en annan lösning.'] },
  instead: { match: ['Nämnden avstyrker och förordar i stället MKB.', 'Istället bör TN leda.'], not: ['Nämnden förordar MKB.', 'i ställningstagandet'] },
  otherCase: { match: ['Skulle KS landa i en annan ordning', 'Om kommunstyrelsen väljer en annan lösning', 'om man beslutar annorlunda', 'Väljer staden ett annat upplägg', 'Om kommunfullmäktige i stället väljer en facknämnd', 'om staden istället beslutar att'], not: ['Skulle KS ta ansvaret', 'i andra hand', 'Om resurser tillförs'] },
  reflexiveSelf: { match: ['Nämnden föreslår sig själv.', 'Vi föreslår oss själva.', 'Bolagen ser sig själva som parter.', 'Förbundet anmäler sig självt.'], not: ['Nämnden själv föreslår.', 'åtar sig', 'sig själ'] },
  genericArticle: { match: ['en', 'ett', 'En'], not: ['enda', 'etta', 'den', 'ena'] },
  genericNotModifier: { match: ['och', 'eller', 'bör', 'är', 'har'], not: ['ny', 'lokal', 'teknisk', 'särskild'] },
  genericContinues: { match: ['med', 'som', 'där', 'vars', 'inom'], not: ['utan', 'bör', 'medan', 'somliga'] },
  genericButFollows: { match: ['hos', 'till', 'på', 'genom'], not: ['erfarenhet', 'egna', 'tillgång'] },
  genericStop: { match: ['bör', 'får', 'samordna', 'leder', 'blir'], not: ['för', 'med', 'samordning', 'ledare', 'fåtal'] },
  roleAnaphora: { match: ['Nämnden åtar sig gärna det ansvaret.', 'Vi tar gärna den rollen.', 'Bolaget kan ta på sig detta uppdrag.'], not: ['Nämnden åtar sig gärna ansvaret för samordningen.', 'Det är en viktig roll.', 'Uppdraget är stort.'] },
  relativePronoun: { match: ['som'], not: ['somliga', 'sommar', 'så', 'somt'] },
  subordinator: { match: ['att'], not: ['atta', 'åtta', 'at'] },
  otherwise: { match: ['Utan resurser kan nämnden inte åta sig uppdraget.', 'I annat fall bör stadskontoret leda.', 'Om inte medel tillförs avstår vi.'], not: ['Nämnden kan inte åta sig uppdraget.'] },
  stanceFrame: {
    match: ['Nämnden är positiv till att MKB leder.', 'Vi ser positivt på att stadskontoret samordnar.', 'Bolaget välkomnar att nämnden tar rollen.', 'Nämnden ser gärna att MKB leder.', 'Styrelsen ställer sig positiv till att biblioteken samordnar.', 'Bolaget har inga invändningar mot att nämnden ges ansvaret.', 'Vi har inget att invända mot att MKB leder.'],
    not: ['Nämnden är positiv till förslaget.', 'Vi ser MKB som lämplig.', 'Bolaget har inga invändningar mot förslaget.'],
  },
  considered: {
    match: ['Nämnden har övervägt om MKB kan leda.', 'Vi diskuterar om rollen bör delas.', 'Det är oklart om stadskontoret har resurser.', 'Förvaltningen har prövat om uppdraget kan delas.'],
    not: ['Nämnden föreslår MKB.', 'Vi har tagit del av förslaget.'],
  },
  accompanying: { match: ['med MKB som stöd', 'ledas av X, med Y som part'], not: ['medan MKB', 'medel'] },
  aidedBy: {
    match: ['ledas av MKB med stöd av stadskontoret', 'med hjälp av fritidsförvaltningen', 'med stöd från polisen', 'med bistånd av länsstyrelsen'],
    not: ['med stöd för arbetet', 'hjälp till föreningarna', 'stöd av god kvalitet'],
  },
  aboutPreposition: {
    match: ['synpunkter i fråga om ansvaret', 'ifråga om samordningen', 'frågan om vem', 'våra synpunkter om planen', 'beslutet om budgeten', 'dialogen om arbetet', 'det handlar om tillit'],
    not: ['om resurser tillförs', 'endast om nämnden får medel', 'frågar vi oss', 'i fråga', 'synpunkterna'],
  },
  placing: { match: ['bör ligga hos', 'ska läggas på', 'kan placeras hos', 'bör vila på', 'ligger hos'], not: ['bör leda', 'lägga till', 'placering'] },
  roleTask: { match: ['arbetet', 'satsningen', 'insatserna', 'genomförandet', 'handlingsplanens', 'uppgiften'], not: ['uppföljningen', 'budgeten', 'utvärderingen'] },
  workSubject: { match: ['modellen', 'programmet', 'strategin', 'programmets'], not: ['nämnden', 'förslaget', 'detta'] },
  sharedRole: { match: ['Nämnden förordar att ansvaret delas:', 'Samordningen bör delas på följande sätt.', 'ansvaret ska delas enligt följande'], not: ['ansvaret delegeras', 'delat ledarskap', 'delas ut'] },
  apposition: { match: ['hos förvaltningen, det vill säga fritidsförvaltningen', ', dvs. ', 'd.v.s.', 'alltså', 'närmare bestämt'], not: ['det vill', 'säga', 'dessutom'] },
  agreementQuestion: { match: ['Delar ni förslaget att', 'Instämmer ni i att', 'Ställer ni er bakom förslaget att', 'Håller ni med om att', 'Tillstyrker ni att'], not: ['Delar ni', 'Vilken nämnd', 'förslaget att'] },
  yesWord: { match: ['Ja', 'ja', 'Javisst', 'Absolut'], not: ['Nej', 'jag', 'jaså'] },
  noWord: { match: ['Nej', 'nej', 'Nja'], not: ['Ja', 'nejlika'] },
  judgementOpener: { match: ['Vid en samlad bedömning bör', 'Vid en sammantagen bedömning', 'vid en helhetsbedömning', 'Vid en avvägning'], not: ['Vid behov', 'vid en bedömning av ärendet i nämnden', 'Vid satsningar på'] },
  purposeOpener: { match: [', så att planen får stöd', 'för att stödja arbetet', 'så att arbetet hålls samman'], not: ['så', 'att', 'för', 'såsom', 'därför att'] },
  genericResolver: {
    match: ['(förslagsvis miljönämnden)', ', lämpligen kulturnämnden', 'i praktiken stadskontoret', ', vilket i praktiken pekar på servicenämnden', ', vilket innebär MKB', ', vilket närmast betyder fritidsnämnden', ', vilket talar för tekniska nämnden'],
    not: ['förslag', 'lämplig', 'praktiken', 'vilket pekar', 'pekar på', 'vilket bolag'],
  },
  reasonOpener: { match: ['eftersom modellen', 'då arbetet', 'därför att planen', 'med tanke på att det', 'i och med att nämnden', 'Skälet är att arbetet', 'Anledningen är att planen', 'Det beror på att'], not: ['vilket förutsätter', 'varför nämnden', 'om nämnden', 'därför bör'] },
  correction: {
    match: [
      'Rättelse: yttrandet den 4 maj', 'Här kommer vårt korrigerade svar.', 'Bolaget korrigerar sitt tidigare svar.', 'Det nya svaret gäller i stället.',
      'Detta ersätter vårt tidigare yttrande.', 'Vårt reviderade svar följer.', 'Tyvärr blev det fel i det vi skickade.', 'Det rätta svaret är: MKB.',
      'Yttrandet ersätter förvaltningens preliminära svar av den 3 maj.', 'Ändrat ställningstagande i fråga 4', 'Bolaget ändrar därmed sitt ställningstagande.',
      'Styrelsen har omprövat sitt svar på fråga 2.', 'i stället för vad nämnden anförde i maj',
    ],
    not: [
      'Nämnden vill komplettera sitt yttrande.', 'Ett tillägg från presidiet.', 'Nämnden anser att svaret är riktigt.', 'Det blev en lång diskussion.',
      'Kompletterande yttrande över remissen', 'Nämnden ersätter inte ordinarie verksamhet.', 'Ställningstagandet är oförändrat.',
    ],
  },
  amendment: {
    match: [
      'att anta förslaget med den ändringen att punkt 2 stryks', 'med följande ändring under rubriken Samordning', 'Stycket ska ha följande lydelse:',
      'med det tillägget att nämnden vill delta', 'och ges följande lydelse', 'med följande ändringar i bilagan',
    ],
    not: ['Nämnden vill ändra arbetssättet.', 'Ändringen av planen välkomnas.', 'med följande synpunkter', 'Tillägget i programmet är bra.'],
  },
  reportsTo: {
    match: ['med en gemensam redovisning till KS', 'arbetet redovisas för nämnden', 'som rapporterar till styrelsen', 'ansvarig inför kommunstyrelsen', 'en årsrapport till fullmäktige', 'återrapporteras till KS'],
    not: ['KS bör leda arbetet', 'redovisningen av arbetet', 'bidrag till föreningar', 'Arbetet bör ges till MKB'],
  },
  unitNoun: {
    match: ['enheten för hållbar stadsutveckling', 'avdelningen för social hållbarhet', 'sektionen', 'funktionen för trygghet', 'staben', 'kansliet', 'arbetsutskottet'],
    not: ['förslaget', 'bedömningen', 'ansvaret', 'verksamhet'],
  },
  consequenceRole: {
    match: ['bör delas, så att fritidsnämnden och ASN gemensamt ansvarar för samordningen', 'så att MKB leder arbetet', 'så att stadskontoret samordnar', 'så att kulturnämnden får rollen', 'så att nämnderna håller ihop arbetet'],
    not: ['så att arbetet blir bättre', 'så att fler unga deltar', 'MKB leder arbetet'],
  },
  decider: {
    match: [
      'är ytterst en fråga för kommunstyrelsen att avgöra', 'en fråga för fullmäktige att besluta om', 'är en fråga för KS att ta ställning till', 'det ankommer på kommunstyrelsen att avgöra',
      'Nämnden överlåter åt kommunstyrelsen att välja', 'Det får kommunstyrelsen avgöra.', 'det får KS ta ställning till', 'frågan bör avgöras av fullmäktige', 'Samordningen beslutas av kommunstyrelsen.',
      'en fråga som fullmäktige har bäst underlag att avgöra', 'det bör kommunstyrelsen själv avgöra', 'något som KS får själv besluta om', 'Det kan stadsdirektören själv bestämma.', 'en sak där kommunstyrelsen bör själv ta ställning',
    ],
    not: ['Kommunstyrelsen bör leda arbetet.', 'en fråga för hela staden', 'Nämnden får leda arbetet.', 'Frågan är svår att avgöra.', 'Nämnden beslutar att översända yttrandet.'],
  },
  participation: {
    match: ['Vallby vatten bör ingå i styrgruppen.', 'Nämnden deltar gärna i den samordningsgrupp som bildas.', 'Kontoret kan delta i arbetsgruppen.', 'Bolaget vill vara representerat i styrgruppen.', 'Förbundet bör få en plats i samordningsgruppen.', 'Förvaltningen ingår redan i referensgruppen för planen.', 'Bolaget deltar gärna som part i de lokala grupperna.', 'Nämnden medverkar som part i genomförandet.', 'Polisen ingår som part i arbetet.'],
    not: ['Nämnden bör leda styrgruppen.', 'Kontoret ingår i stadens organisation.', 'Bolaget deltar i arbetet.', 'Styrgruppen bör ledas av KS.', 'Nämnden delar uppfattningen.', 'En part i målet.'],
  },
  impersonalReport: {
    match: ['Under beredningen har även tekniska nämnden nämnts som tänkbar samordnare.', 'MKB har i dialogerna lyfts fram som huvudman.', 'Kulturnämnden har pekats ut som lämplig.', 'Under våren har det förts fram att bolaget borde leda arbetet.', 'Det har framförts att KS är bäst lämpad.', 'Det har i beredningen framförts att kontoret vore lämpligt som samordnare.', 'Det har under våren flera gånger föreslagits att MKB leder.', 'I samrådet föreslogs det att MKB skulle samordna.', 'Det har hävdats att nämnden saknar mandat.', 'Vid mötet framfördes det att rollen passar TN.'],
    not: ['Nämnden har fört fram sina synpunkter.', 'Vi föreslår att KS leder arbetet.', 'Det har varit svårt att samordna.', 'Förslaget har framförts av nämnden tidigare.', 'Nämnden har nämnt frågan.'],
  },
  earlierAnswer: {
    match: ['I vårt förra yttrande föreslog vi annat.', 'I förra remissomgången svarade bolaget kort.', 'Nämndens tidigare yttrande gäller.', 'I sitt yttrande i mars skrev nämnden så.', 'i första remissrundan', 'vårt remissvar från i våras'],
    not: ['I detta yttrande föreslår vi KS.', 'Nämnden lämnar följande yttrande.', 'Yttrandet i sin helhet bifogas.'],
  },
  pastProposal: {
    match: ['Då föreslog nämnden att MKB skulle leda.', 'Bolaget förordade en annan lösning.', 'Vi ansåg att KS borde samordna.', 'Förbundet pekade ut TN.'],
    not: ['Nämnden föreslår att MKB leder.', 'Vi förordar KS.', 'Bolaget anser att TN bör samordna.'],
  },
  keepsEarlier: {
    match: ['Nämnden står fast vid sitt förslag.', 'Vi vidhåller vår bedömning.', 'Bolaget håller fast vid det.', 'Förbundet anser alltjämt att TN bör leda.', 'Nämnden föreslår som tidigare att KS samordnar.'],
    not: ['Nämnden föreslog tidigare att KS skulle samordna.', 'Vi står inför stora utmaningar.'],
  },
  sharedLead: {
    match: ['Vi förordar ett delat ledarskap mellan MKB och TN.', 'Ett gemensamt ansvar för servicenämnden och MKB vore bäst.', 'En delad samordning är att föredra.', 'Ett delat värdskap mellan MKB och TN.', 'ett gemensamt värdskap', 'ett delat huvudmannaskap'],
    not: ['MKB bör leda arbetet.', 'Ansvaret bör delas upp.'],
  },
};

/** Lists compiled otherwise than as cue sets (word sets, sets of words, labels). */
const NOT_CUE_SETS = new Set(['partnerPlural', 'properName', 'source', 'roleFiller', 'genericHead', 'genericNot', 'mainClauseVerb', 'mainClauseSubject', 'definiteEndings', 'listJoiners', 'nameJoiners', 'readiness', 'hypotheticalModal', 'conditionJoiners', 'justificationAfterComma']);

const lexicon = loadData<LexiconFile & Record<string, unknown>>('lexicon/coordination.json');
const cues = loadCues();

function matcher(key: string): (s: string) => boolean {
  if (key === 'speech') return (s) => cues.speech.test(fold(s));
  if (key === 'modal' || key === 'roleVerb' || key === 'roleNoun') {
    const list = lexicon[key] as string[];
    const set = cueSet(key === 'roleVerb' ? list.flatMap((v) => (v.includes('<roll>') ? lexicon.roleNoun.map((n) => v.replace('<roll>', n)) : [v])) : list);
    return (s) => set.test(fold(s));
  }
  const set = (cues as unknown as Record<string, { test(s: string): boolean }>)[key];
  return (s) => set.test(fold(s));
}

describe('every cue list, by sentences that must and must not match', () => {
  it('each list of the lexicon has a table here', () => {
    const lists = Object.entries(lexicon).filter(([k, v]) => !k.startsWith('$') && Array.isArray(v) && !NOT_CUE_SETS.has(k)).map(([k]) => k);
    expect(lists.filter((k) => !CASES[k])).toEqual([]);
  });

  for (const [key, c] of Object.entries(CASES)) {
    it(`${key}: must match`, () => {
      const m = matcher(key);
      expect(c.match.filter((s) => !m(s))).toEqual([]);
    });
    it(`${key}: must not match`, () => {
      const m = matcher(key);
      expect(c.not.filter((s) => m(s))).toEqual([]);
    });
  }
});

describe('a fronted clause without a comma ends at the inverted main clause', () => {
  it.each([
    ['Om resurser tillförs är nämnden beredd att ta ansvaret.', 'Om resurser tillförs'],
    ['Om kommunen skjuter till medel i den omfattning som anges bör fritidsnämnden leda arbetet.', 'Om kommunen skjuter till medel i den omfattning som anges'],
    ['Ifall budgeten räcker tar vi gärna rollen.', 'Ifall budgeten räcker'],
    ['Om stadsbyggnadsnämnden avböjer uppdraget ser nämnden kulturnämnden som ett rimligt val.', 'Om stadsbyggnadsnämnden avböjer uppdraget'],
    ['Skulle medlen inte räcka tycker vi att uppdraget går till tekniska nämnden.', 'Skulle medlen inte räcka'],
    ['När programmet väl är beslutat rekommenderar styrelsen att miljönämnden leder det.', 'När programmet väl är beslutat'],
    // A subject named in a few words (MAX_SUBJECT_NAME_WORDS).
    ['Skulle kommunstyrelsen välja annorlunda är tekniska nämnden det näst bästa alternativet.', 'Skulle kommunstyrelsen välja annorlunda'],
    ['Om medel saknas bör tekniska nämnden leda arbetet.', 'Om medel saknas'],
    // A pointer back as the subject ("förstnämnda", "den sistnämnda").
    ['Om det av resursskäl inte bedöms möjligt är sistnämnda ett rimligt alternativ.', 'Om det av resursskäl inte bedöms möjligt'],
    ['Skulle det inte gå bör förstnämnda ta rollen.', 'Skulle det inte gå'],
    // The subject a view of the respondent's ("vårt andrahandsalternativ", "nämndens bedömning").
    ['Skulle en sådan ordning inte vara möjlig är vårt andrahandsalternativ att samordningen ligger kvar hos stadskontoret.', 'Skulle en sådan ordning inte vara möjlig'],
    ['Om medel saknas är nämndens bedömning att stadskontoret bör samordna.', 'Om medel saknas'],
  ])('%j', (sentence, opening) => {
    expect(MAX_SUBJECT_NAME_WORDS).toBe(3);
    expect(cues.invertedMain.test(fold(sentence))).toBe(true);
    const m = cues.invertedMain.exec(fold(sentence))!;
    expect(sentence.slice(0, m.index).trim()).toBe(opening);
  });

  it('a plain sentence has no inverted main clause to find', () => {
    expect(cues.invertedMain.test(fold('Nämnden anser att fritidsnämnden bör leda.'))).toBe(false);
    // "det" is the subject after the verb, not the name after it.
    expect(cues.invertedMain.test(fold('Skulle kommunstyrelsen vilja hålla samman arbetet är det för grundskolenämnden ett godtagbart alternativ.'))).toBe(false);
  });

  // The subject may be any name (coordination.json readiness): "är Parkering Malmö berett att …".
  it.each([
    ['Om staden väljer ett av sina bolag är Hamnbolaget Syd berett att ta uppdraget.', 'Om staden väljer ett av sina bolag'],
    ['Om medel tillförs är Föreningen Gröna Gårdar villig att samordna.', 'Om medel tillförs'],
    ['Ifall ingen nämnd vill är MKB redo att leda arbetet.', 'Ifall ingen nämnd vill'],
  ])('%j', (sentence, opening) => {
    const m = cues.invertedReady.exec(fold(sentence))!;
    expect(m).not.toBeNull();
    expect(sentence.slice(0, m.index).trim()).toBe(opening);
  });

  it.each(['MKB är berett att ta uppdraget.', 'Om MKB får resurser kan bolaget tänka sig att delta.', 'Nämnden är mycket positiv till förslaget.'])('no readiness after a main verb and a name: %j', (sentence) => {
    expect(cues.invertedReady.exec(fold(sentence))?.index ?? -1).toBeLessThan(1);
  });
});

describe('the one phrase syntax', () => {
  const test = (phrase: string, text: string, ocr = false): boolean => cueSet([phrase], ocr).test(fold(text));

  it.each([
    ['föreslå*', 'Nämnden föreslår att …', true],
    ['föreslå*', 'Nämnden förespråkar …', false],
    ['bör … ligga hos', 'bör ansvaret även i fortsättningen ligga hos', true],
    ['bör … ligga hos', 'bör ett, två, tre, fyra, fem, sex, sju ligga hos', false],
    ['t.ex', 't ex MKB', true],
    ['t.ex', 'tex MKB', true],
    ['lämplig*', 'lämpligast', true],
    ['leda', 'ledamot', false],
  ])('%j on %j → %s', (phrase, text, expected) => {
    expect(test(phrase, text)).toBe(expected);
  });

  it('a short word takes no OCR readings in clean text ("då" is not "de"), but does in OCR-read text', () => {
    expect(test('då', 'de kommer')).toBe(false);
    expect(test('då', 'de kommer', true)).toBe(true);
    expect(test('på', 'pe ansvaret', true)).toBe(true);
    expect(test('på', 'pe ansvaret')).toBe(false);
  });

  it('a word of four letters or more takes OCR readings of å/ä/ö in any text', () => {
    expect(test('nämnden', 'nimnden')).toBe(true);
    expect(test('föreslår', 'foreslar')).toBe(true);
  });

  it('OCR letter confusions only in OCR-read text', () => {
    expect(test('samordna', 'sarnordna', true)).toBe(true);
    expect(test('samordna', 'sarnordna')).toBe(false);
    expect(test('leda', 'lecla', true)).toBe(true);
    expect(test('huvudman', 'liuvudman', true)).toBe(true);
  });

  it('each lexicon object is compiled once per mode', () => {
    const f = loadData<LexiconFile>('lexicon/coordination.json');
    expect(compileCues(f)).toBe(compileCues(f));
    expect(compileCues(f, true)).toBe(compileCues(f, true));
    expect(compileCues(f, true)).not.toBe(compileCues(f));
    expect(loadCues()).toBe(compileCues(f));
  });
});

/** Cue entries of three words or more that occur verbatim in the 2023 text (a gap "…" taken as no words). */
const VERBATIM_2023: Array<[string, string]> = [
  ['apposition', 'det vill säga'],
  ['interimFirst', 'till att börja med'],
  ['proposal', 'en annan möjlighet'],
  ['proposal', 'behöver samordnas av'],
  ['proposal', 'ställer sig bakom att'],
  ['decline', 'yttrar sig inte'],
  ['decline', 'avstår … ifrån att'],
  ['decline', 'vill inte föreslå'],
  ['decline', 'svårt att avgöra'],
  ['decline', 'svårt att bedöma'],
  ['declineToName', 'vill inte föreslå'],
  ['followUpCondition', 'under förutsättning att'],
  ['joint', 'i samverkan med'],
  ['joint', 'i samarbete med'],
  ['joint', 'i tätt samarbete med'],
  ['hypothetical', 'i det fall'],
  ['hypothetical', 'för att svara på'],
  ['hypothetical', 'i händelse av'],
  ['negation', 'utan att föreslå'],
  ['justification', 'med tanke på'],
  ['modal', 'har möjlighet att'],
  ['modal', 'ha möjlighet att'],
  ['modal', 'har kapacitet att'],
  ['modal', 'ha kapacitet att'],
  ['modal', 'har förutsättningar att'],
  ['modal', 'ser gärna att'],
  ['modal', 'ser … gärna att'],
  ['rank', 'i första hand'],
  ['scopeSplit', 'när det gäller'],
  ['wholeAnswer', 'i sin helhet'],
  ['scopeSplit', 'på lokal nivå'],
  ['ellipticTail', 'i första hand'],
  ['verdictFirst', 'i första hand'],
  ['conditionalOpener', 'i det fall'],
  ['conditionalOpener', 'under förutsättning att'],
  ['conditionalOpener', 'i händelse av'],
  ['whoever', 'den nämnd … som'],
  ['whoever', 'vilken nämnd … som'],
  ['whoever', 'vilken aktör … som'],
  ['contrast', 'i stället för'],
  ['hypothetical', 'under förutsättning att'],
  ['joint', 'i nära samarbete med'],
  ['joint', 'i nära samverkan med'],
  ['modal', 'är positiv till att'],
  ['modal', 'ställer sig positiv till att'],
  ['stanceFrame', 'är positiv till att'],
  ['stanceFrame', 'ställer sig positiv till att'],
  ['stanceFrame', 'ser gärna att'],
  ['aidedBy', 'med hjälp av'],
  ['aidedBy', 'med stöd av'],
];

describe('cue entries of three words or more found verbatim in the 2023 text', () => {
  const text = fold(readFileSync(CORPUS.text, 'utf8'));
  const inText = (phrase: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${phraseSource(phrase.replace(/\s*…\s*/gu, ' '))}(?![\\p{L}\\p{N}])`, 'u').test(text);

  it('are exactly these (a new one needs sentences of its own below)', () => {
    const found: Array<[string, string]> = [];
    for (const [key, list] of Object.entries(lexicon)) {
      if (key.startsWith('$') || !Array.isArray(list)) continue;
      for (const p of list as string[]) if (p.split(/\s+/).filter((w) => w !== '…').length >= 3 && inText(p)) found.push([key, p]);
    }
    const key = ([k, p]: [string, string]): string => `${k}|${p}`;
    expect(found.map(key).sort()).toEqual(VERBATIM_2023.map(key).sort());
  });

  it.each(VERBATIM_2023)('%s "%s" is backed by sentences of our own, in other contexts', (key, phrase) => {
    const own = [...(CASES[key]?.match ?? [])].filter((s) => cueSet([phrase]).test(fold(s)));
    // Some sentence of ours uses the entry, and none of ours is a sentence of the 2023 round.
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) expect(text.includes(fold(s).replace(/[.?]$/, ''))).toBe(false);
  });
});

describe('a wish frame opens with a modal (src/extract/mentions.ts looks for it only after one)', () => {
  it.each((lexicon.wishFrame as string[]) ?? [])('%j', (phrase) => {
    expect(cues.modalWord.test(fold(phrase.split(/\s+/u)[0]))).toBe(true);
  });
});
