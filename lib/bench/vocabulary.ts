/**
 * Word lists for the generated benchmark corpus: Dutch function words, the vocabulary of
 * municipal policy plans, inflected and compound forms of the study's signal words, and
 * word parts from which new compounds are made. Assembled by hand for the benchmark; no
 * sentence of any source text is used. The lists only need to give the scorer realistic
 * work (word lengths, a Zipf mix, diaereses, compounds that stem and glob matching must
 * look at), not good Dutch.
 *
 * @module
 */

/** Function words, most frequent first (roughly). */
export const FUNCTION_WORDS: readonly string[] = `
de en van het in een te die is op dat voor met zijn niet aan of door er
ook om als bij worden wordt deze naar we wij ons onze kan moet tot over uit
hun meer dan nog maar zo wel al dit hebben heeft zal zullen kunnen moeten daar
hier waar wat wie welke elk elke alle andere veel weinig geen iets niets zich
zelf haar hem hij zij ze u uw jullie onder tussen tegen zonder binnen na vanuit
sinds tijdens volgens waarbij waarin waardoor daarbij daarin daarom daarnaast
echter bovendien vooral ook steeds nu dus toch want omdat wanneer indien zodat
terwijl hoewel of zowel noch niet alleen eerst vervolgens tenslotte samen
`.trim().split(/\s+/);

/** Common words of municipal policy texts (nouns, verbs, adjectives), in no order. */
export const POLICY_WORDS: readonly string[] = `
gemeente gemeenten inwoner inwoners zorg ondersteuning jeugdhulp jeugd beleid
beleidsplan beleidsplannen domein sociaal sociale decentralisatie decentralisaties
transformatie uitvoering budget budgetten financiering college gemeenteraad raad
wijk wijken buurt buurten mantelzorg mantelzorgers voorziening voorzieningen
wet wetten rijk provincie regio regionale lokale lokaal gezin gezinnen kinderen
ouders ouderen jongeren mensen bewoners cliënt cliënten hulp hulpverlening
hulpverleners aanbieder aanbieders organisatie organisaties instellingen
onderwijs werk werkgevers werkzoekenden uitkering uitkeringen inkomen armoede
schulden schuldhulpverlening wonen woning woningen huisvesting gezondheid
preventie welzijn welzijnswerk cultuur sport bibliotheek vervoer
plan plannen visie doel doelen doelstelling doelstellingen ambitie ambities
opgave opgaven uitgangspunt uitgangspunten aanpak werkwijze proces processen
afspraken afspraak overleg gesprek gesprekken keukentafelgesprek signaal signalen
vraag vragen antwoord oplossing oplossingen mogelijkheid mogelijkheden situatie
ontwikkeling ontwikkelingen periode jaar jaren maand komende eerste tweede
nieuwe nieuw belangrijk belangrijke goed goede beter beste groot grote klein
kleine hoog hoge laag lage breed brede integraal integrale passend passende
tijdig direct dichtbij thuis samenhang samenhangend kwetsbaar kwetsbare
ondersteunen bieden gebruiken zorgen werken leven wonen kijken zoeken vinden
maken geven nemen houden blijven komen gaan staan liggen zien weten denken
ontwikkelen uitvoeren inzetten organiseren versterken stimuleren voorkomen
bevorderen realiseren invullen inrichten beschrijven bespreken evalueren
vastleggen afstemmen benutten betalen financieren inkopen contracteren
ingezet ontwikkeld uitgevoerd georganiseerd versterkt gericht gebaseerd
inzet rol rollen positie verantwoording informatie gegevens privacy
monitor monitoring evaluatie rapportage onderzoek cijfers kosten middelen
euro procent miljoen aantal deel groep groepen niveau vorm manier basis
toegang loket wijkcentrum team teams medewerkers professionals consulent
huisarts huisartsen school scholen politie woningcorporaties corporaties
`.trim().split(/\s+/);

/** Words with a diaeresis or accent (NFC), so that the non-ASCII path is exercised. */
export const ACCENTED_WORDS: readonly string[] = `
financiële financiën ideeën coördinatie coördinator coöperatie coöperatief
geïntegreerd geïnformeerd geëvalueerd reëel reële één ééns café privé
cliëntondersteuning cliëntenraad patiënten patiënt oriëntatie geëigende
`.trim().split(/\s+/);

/**
 * Forms of the study's signal words beside the word itself: inflections, derivations and
 * compounds (keyed by the entry of data/lexicon/study.csv). Some share the entry's stem,
 * some only start with it (for glob `entry*`), some neither: that is the point.
 */
export const SIGNAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  professioneel: ["professionele", "professionals", "professionaliteit"],
  regelen: ["regel", "regels", "regelt", "regelde", "geregeld", "regelgeving", "regelingen"],
  medezeggenschap: ["medezeggenschapsraad", "cliëntmedezeggenschap"],
  administratie: ["administratieve", "administraties", "administratielasten"],
  aanvragen: ["aanvraag", "aanvraagt", "aangevraagd", "aanvragers"],
  besluiten: ["besluit", "besloten", "besluitvorming"],
  toegangsproces: ["toegangsprocessen"],
  kaders: ["kader", "kaderstellend", "kadernota", "beleidskader"],
  recht: ["rechten", "rechtmatig", "rechtstreeks", "rechtvaardig"],
  garantie: ["garanties", "garanderen", "gegarandeerd"],
  zorgaanbod: ["jeugdzorgaanbod", "zorgaanbieders", "zorgaanbieder"],
  zekerheid: ["zekerheden", "bestaanszekerheid", "zeker"],
  behoefte: ["behoeften", "behoeftes", "zorgbehoefte", "ondersteuningsbehoefte"],
  opvangen: ["opvang", "opgevangen", "opvangt"],
  rechtsbescherming: ["rechtsbeschermingen"],
  bescherming: ["beschermen", "beschermd", "jeugdbescherming", "beschermingsbewind"],
  bezuiniging: ["bezuinigingen", "bezuinigen", "bezuinigd", "bezuinigingstaakstelling"],
  korting: ["kortingen", "korten", "gekort"],
  verbetering: ["verbeteringen", "verbeteren", "verbeterd", "verbeterplan"],
  markt: ["markten", "marktwerking", "arbeidsmarkt"],
  kwaliteitseisen: ["kwaliteitseis", "kwaliteit"],
  besparing: ["besparingen", "besparen", "bespaard"],
  toezicht: ["toezichthouder", "toezichthouders"],
  beheersmaatregelen: ["beheersmaatregel", "beheersen"],
  meten: ["meet", "gemeten", "meting", "metingen"],
  sturen: ["stuurt", "gestuurd", "sturing", "aansturing"],
  resultaat: ["resultaten", "resultaatgericht", "resultaatafspraken"],
  prestatie: ["prestaties", "presteren", "prestatieafspraken"],
  "efficiënt": ["efficiënte", "efficiëntie", "efficiency"],
  doelmatig: ["doelmatige", "doelmatigheid"],
  effectief: ["effectieve", "effectiviteit"],
  doeltreffend: ["doeltreffende"],
  samenwerken: ["samenwerking", "samenwerkingen", "samenwerkt", "samenwerkingspartners"],
  verbinden: ["verbindt", "verbonden", "verbinding", "verbindingen"],
  netwerken: ["netwerk", "netwerkt", "netwerkorganisatie"],
  regisseren: ["regie", "regisseert", "regierol", "regisseur"],
  "creëren": ["creëert", "gecreëerd", "creatief"],
  middenveld: ["middenveldorganisaties"],
  partnerschap: ["partnerschappen", "partners", "partner"],
  wijkteam: ["wijkteams", "wijkteammedewerkers", "jeugdwijkteam"],
  innovatie: ["innovaties", "innovatief", "innovatieve", "innoveren"],
  diensten: ["dienst", "dienstverlening", "dienstverleners"],
  taak: ["taken", "takenpakket", "taakstelling", "takken"],
  klant: ["klanten", "klantgericht", "klanttevredenheid"],
  laagdrempelig: ["laagdrempelige", "laagdrempeligheid"],
  opdrachten: ["opdracht", "opdrachtgeverschap", "opdrachtnemer"],
  opdrachtgever: ["opdrachtgevers"],
  flexibel: ["flexibele", "flexibiliteit"],
  participeren: ["participatie", "participeert", "participatiewet"],
  participatiesamenleving: ["participatiesamenlevingen"],
  maatschappij: ["maatschappelijk", "maatschappelijke"],
  meedoen: ["meedoet", "meegedaan"],
  veerkracht: ["veerkrachtig", "veerkrachtige"],
  gezamenlijk: ["gezamenlijke"],
  gemeenschap: ["gemeenschappen", "gemeenschappelijk", "gemeenschapszin"],
  vrijwilliger: ["vrijwilligers", "vrijwilligerswerk", "vrijwillig"],
  burgerkracht: ["burgerinitiatief", "burgerinitiatieven"],
  zelfstandig: ["zelfstandige", "zelfstandigheid"],
  zelfredzaam: ["zelfredzame", "zelfredzaamheid"],
  betrokkenheid: ["betrokken", "betrokkene", "betrokkenen"],
  maatwerk: ["maatwerkvoorziening", "maatwerkvoorzieningen", "maatwerkarrangement"],
  verantwoordelijkheden: ["verantwoordelijkheid", "verantwoordelijk", "verantwoordelijke"],
  vertrouwen: ["vertrouwt", "vertrouwd", "vertrouwensrelatie"],
  wederkerige: ["wederkerig", "wederkerigheid"],
};

/** Word parts for new compounds (`jeugd` + `zorg` + `team`): the long tail of Dutch. */
export const COMPOUND_HEADS: readonly string[] = `
jeugd zorg wijk buurt gezins ouderen mantel welzijns werk school huis sport
cultuur gezondheids armoede schuld inkomens woon vervoers dag nacht thuis
burger inwoner cliënt vrijwilligers participatie samenwerkings kwaliteits
beleids uitvoerings financierings budget regie toegangs netwerk keten
preventie informatie advies meld steun opvang maatwerk taak markt
`.trim().split(/\s+/);

/** Second and later parts of compounds. */
export const COMPOUND_TAILS: readonly string[] = `
zorg hulp team teams plan plannen beleid aanbod aanbieder aanbieders
overleg punt punten centrum centra loket regeling regelingen voorziening
voorzieningen budget budgetten netwerk netwerken organisatie organisaties
kader kaders afspraken taken opgave rol werker werkers coach coaches
consulent consulenten raad verband verbanden monitor agenda traject
trajecten programma aanpak functie functies kracht vorm vormen
`.trim().split(/\s+/);

/** Multi-word expressions with hyphens, written as they appear in plans. */
export const HYPHENATED: readonly string[] = [
  "zorg- en welzijnsaanbod",
  "jeugd- en gezinsteam",
  "Wmo-loket",
  "sociaal-maatschappelijke",
  "zorg- of ondersteuningsvraag",
  "AWBZ-taken",
  "prestatie-indicatoren",
  "re-integratie",
];

/** Capitalized names that occur in plans. */
export const NAMES: readonly string[] = [
  "Wmo",
  "Jeugdwet",
  "Participatiewet",
  "VNG",
  "Rijk",
  "CJG",
  "AWBZ",
  "Centrum",
];

/** Words for headings. */
export const HEADINGS: readonly string[] = [
  "Inleiding",
  "Visie",
  "Uitgangspunten",
  "Doelen",
  "Aanpak",
  "Financiën",
  "Samenwerking",
  "Toegang",
  "Uitvoering",
  "Monitoring",
  "Bijlage",
];
