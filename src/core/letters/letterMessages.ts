import { coded } from "../i18n/coded";
import type { Message } from "../result";

/*
 * The texts of the letters to suppliers (issue 17), in our own words: the seed letter (004) is the model for what a
 * letter holds, not for its sentences. Dates and levels arrive formatted in the letter's language.
 */
export const letterMessages = coded("core.letters", {
  subjectFails: (): Message => ({ nl: "Uw PSO-certificaat voldoet niet aan ons inkoopbeleid", en: "Your PSO certificate does not meet our purchasing policy" }),
  subjectRenew: (): Message => ({ nl: "Uw PSO-certificaat verloopt binnenkort", en: "Your PSO certificate expires soon" }),
  subjectGrowth: (): Message => ({ nl: "De volgende stap op uw PSO-groeipad", en: "The next step on your PSO growth path" }),
  subjectProof: (): Message => ({ nl: "Wij kunnen uw PSO-certificaat niet vinden", en: "We cannot find your PSO certificate" }),
  subjectLevel: (): Message => ({ nl: "Graag uw PSO-certificaat en de trede", en: "Please send your PSO certificate and its level" }),
  findingFails: (held: string, required: string, since: string | null): Message => ({
    nl: `Volgens onze gegevens heeft uw organisatie ${held}. ${since ? `Sinds ${since} vragen wij` : "Wij vragen"} van leveranciers zoals u minimaal ${required}.`,
    en: `According to our records your organisation holds ${held}. ${since ? `Since ${since} we ask` : "We ask"} suppliers like you for at least ${required}.`,
  }),
  findingExpired: (level: string, until: string, required: string, since: string | null): Message => ({
    nl: `Uw certificaat ${level} is op ${until} verlopen. ${since ? `Sinds ${since} vragen wij` : "Wij vragen"} van leveranciers zoals u een geldig certificaat van minimaal ${required}.`,
    en: `Your ${level} certificate expired on ${until}. ${since ? `Since ${since} we ask` : "We ask"} suppliers like you for a valid certificate of at least ${required}.`,
  }),
  findingLevel: (until: string | null, required: string, since: string | null): Message => ({
    nl: `In onze leverancierslijst staat dat uw organisatie een PSO-certificaat heeft${until ? ` (geldig tot ${until})` : ""}, maar niet op welke trede. ${since ? `Sinds ${since} vragen wij` : "Wij vragen"} van leveranciers zoals u minimaal ${required}.`,
    en: `Our supplier list records that your organisation holds a PSO certificate${until ? ` (valid until ${until})` : ""}, but not at which level. ${since ? `Since ${since} we ask` : "We ask"} suppliers like you for at least ${required}.`,
  }),
  findingRenew: (level: string, until: string): Message => ({
    nl: `Uw certificaat ${level} is geldig tot ${until}. Daarna telt het niet meer mee.`,
    en: `Your ${level} certificate is valid until ${until}. After that date it no longer counts.`,
  }),
  findingGrowth: (level: string, deadline: string): Message => ({
    nl: `Uw contract valt onder ons groeipad: uiterlijk ${deadline} verwachten wij ${level}.`,
    en: `Your contract follows our growth path: by ${deadline} we expect ${level}.`,
  }),
  findingRises: (level: string, from: string): Message => ({
    nl: `Vanaf ${from} vragen wij van leveranciers zoals u minimaal ${level}.`,
    en: `From ${from} we ask suppliers like you for at least ${level}.`,
  }),
  findingProof: (claim: string): Message => ({
    nl: `In onze leverancierslijst staat voor uw organisatie ${claim}, maar in het openbare PSO-register vinden wij uw organisatie niet.`,
    en: `Our supplier list records ${claim} for your organisation, but we cannot find your organisation in the public PSO register.`,
  }),
  /** Issue 24.3, seed 000: "Stippel een tijdspad uit voor zowel bestaande als nieuwe leveranciers". */
  timeline: (steps: string): Message => ({
    nl: `Ons tijdspad voor uw organisatie: ${steps}.`,
    en: `Our timeline for your organisation: ${steps}.`,
  }),
  askLevel: (level: string): Message => ({
    nl: `een geldig PSO-certificaat van minimaal ${level}`,
    en: `a valid PSO certificate of at least ${level}`,
  }),
  askAspirant: (): Message => ({
    nl: "de PSO Aspirant-status (die wordt toegekend op een plan van aanpak dat uw directie heeft goedgekeurd en dat een PSO-auditor op inhoud en haalbaarheid heeft getoetst)",
    en: "the PSO Aspirant status (granted on a plan of action approved by your board and checked for content and feasibility by a PSO auditor)",
  }),
  actionCertify: (ask: string, deadline: string): Message => ({
    nl: `Wij vragen u uiterlijk ${deadline} te beschikken over ${ask}. Stuur ons dan een kopie, of laat ons nu al weten hoe en wanneer u dat doet.`,
    en: `We ask you to hold ${ask} by ${deadline}. Please send us a copy then, or let us know now how and when you will.`,
  }),
  actionFails: (ask: string, reply: string): Message => ({
    nl: `Wij vragen u ons uiterlijk ${reply} te laten weten hoe u ${ask} gaat behalen: uw plan en de datum waarop u het certificaat verwacht. Heeft u het al, stuur ons dan een kopie.`,
    en: `We ask you to let us know by ${reply} how you will obtain ${ask}: your plan and the date by which you expect the certificate. If you already hold it, please send us a copy.`,
  }),
  actionLevel: (reply: string): Message => ({
    nl: `Wij vragen u ons uiterlijk ${reply} een kopie van uw PSO-certificaat te sturen, waarop de trede en de geldigheid staan, zodat wij onze gegevens kunnen bijwerken.`,
    en: `We ask you to send us a copy of your PSO certificate by ${reply}, showing its level and validity, so we can update our records.`,
  }),
  actionRenew: (until: string): Message => ({
    nl: `Wij vragen u uw certificaat vóór ${until} te laten vernieuwen en ons het nieuwe certificaat te sturen.`,
    en: `We ask you to have your certificate renewed before ${until} and to send us the new certificate.`,
  }),
  actionProof: (reply: string): Message => ({
    nl: `Wij vragen u ons uiterlijk ${reply} een kopie van uw geldige PSO-certificaat te sturen, zodat wij onze gegevens kunnen bijwerken.`,
    en: `We ask you to send us a copy of your valid PSO certificate by ${reply}, so we can update our records.`,
  }),
  /**
   * The ladder as the whitepaper (000) describes it: "De PSO werkt met vijf prestatieniveaus, van aspirant tot en met
   * trede 3"; the Aspirant-status is "een door de directie goedgekeurd plan van aanpak", the Basistrede and treden 1-3
   * are the top 50%, 35%, 22,5% and 10% of social employers in the Netherlands. (004's "vier prestatieniveaus" is older.)
   */
  pso: (): Message => ({
    nl: "De Prestatieladder Socialer Ondernemen (PSO) is een keurmerk van TNO. Het meet hoeveel werk een organisatie biedt aan mensen met een afstand tot de arbeidsmarkt, direct in eigen dienst en indirect via inkoop bij andere PSO-gecertificeerde organisaties en sociale werkbedrijven. De PSO werkt met vijf prestatieniveaus: de Aspirant-status (een door de directie goedgekeurd plan van aanpak, getoetst door een auditor), de Basistrede (de top 50% van de sociaal werkgevers in Nederland), trede 1 (top 35%), trede 2 (top 22,5%) en trede 3 (top 10%). Meer informatie: www.pso-nederland.nl.",
    en: "The Prestatieladder Socialer Ondernemen (PSO, Social Enterprise Performance Ladder) is a TNO certification mark. It measures how much work an organisation offers to people with a distance to the labour market, directly on its own staff and indirectly through purchases from other PSO-certified organisations and sheltered-work companies. The PSO has five performance levels: the Aspirant status (a plan of action approved by the board and checked by an auditor), the Basic level (the top 50% of social employers in the Netherlands), Level 1 (top 35%), Level 2 (top 22.5%) and Level 3 (top 10%). More information: www.pso-nederland.nl.",
  }),
  policy: (buyer: string, level: string, since: string, threshold: string): Message => ({
    nl: `${buyer} wil samen met haar leveranciers meer werk bieden aan mensen met een kwetsbare positie op de arbeidsmarkt. Daarom vragen wij sinds ${since} van leveranciers met een opdrachtsom van ${threshold} of meer per jaar een geldig PSO-certificaat van minimaal ${level}. Wij toetsen dat periodiek in onze leveranciersbeoordeling.`,
    en: `${buyer} wants to offer more work to people in a vulnerable position on the labour market, together with its suppliers. That is why, since ${since}, we ask suppliers with an annual contract sum of ${threshold} or more for a valid PSO certificate of at least ${level}. We check this periodically in our supplier review.`,
  }),
  policyNone: (buyer: string, threshold: string): Message => ({
    nl: `${buyer} wil samen met haar leveranciers meer werk bieden aan mensen met een kwetsbare positie op de arbeidsmarkt. Daarom vragen wij leveranciers met een opdrachtsom van ${threshold} of meer per jaar om een PSO-certificaat.`,
    en: `${buyer} wants to offer more work to people in a vulnerable position on the labour market, together with its suppliers. That is why we ask suppliers with an annual contract sum of ${threshold} or more for a PSO certificate.`,
  }),
  niveau1: (): Message => ({
    nl: "PSO is een voorwaarde: zonder PSO-certificaat kan een organisatie in deze categorie niet meedoen aan onze aanbestedingen.",
    en: "PSO is a condition: without a PSO certificate an organisation in this category cannot take part in our tenders.",
  }),
  niveau2: (): Message => ({
    nl: "PSO is een dringend advies: bij een gelijkwaardig aanbod kiezen wij voor de organisatie met een PSO-certificaat.",
    en: "PSO is urgent advice: with equal offers we choose the organisation with a PSO certificate.",
  }),
  niveau3: (): Message => ({
    nl: "PSO wordt aangeraden: wij waarderen een PSO-certificaat, ook waar wij het (nog) niet eisen.",
    en: "PSO is recommended: we value a PSO certificate, also where we do not (yet) require it.",
  }),
  sectorParagraph: (category: string, niveau: number, meaning: Message): Message => ({
    nl: `Uw inkoopcategorie (${category}) valt bij ons onder niveau ${niveau}. ${meaning.nl}`,
    en: `Your purchase category (${category}) is on our level ${niveau}. ${meaning.en}`,
  }),
  sectorUnknown: (): Message => ({
    nl: "Wij vragen het PSO-certificaat van al onze leveranciers binnen de drempel, in welke sector zij ook werken.",
    en: "We ask all our suppliers above the threshold for the PSO certificate, whatever their sector.",
  }),
  sheetNotOurs: (sheet: string): Message => ({
    nl: `Er staat al een blad "${sheet}" dat PSO-toets niet heeft gemaakt; het blijft zoals het is. Geef dat blad een andere naam en maak de brieven opnieuw.`,
    en: `There is already a sheet "${sheet}" that PSO-toets did not make; it is left as it is. Rename that sheet and make the letters again.`,
  }),
  actionLetters: (): Message => ({ nl: "Brieven maken", en: "Making the letters" }),
  panelHeading: (): Message => ({ nl: "Brieven aan leveranciers", en: "Letters to suppliers" }),
  panelIntro: (): Message => ({
    nl: "Zet op blad Brieven een rij per leverancier die iets moet doen: wie niet voldoet, wiens certificaat of groeipadstap binnen de waarschuwingstermijn afloopt, en wie niet in het PSO-register staat. De kolommen zijn de samenvoegvelden van de brief.",
    en: "Puts one row per supplier that has to act on the Brieven sheet: who fails, whose certificate or growth-path step falls due within the warning period, and who is not in the PSO register. The columns are the letter's merge fields.",
  }),
  panelButton: (): Message => ({ nl: "Brieven", en: "Letters" }),
  panelWritten: (count: number, sheet: string): Message => ({
    nl: `${count} ${count === 1 ? "leverancier" : "leveranciers"} op blad "${sheet}". Maak de brieven in Word met Verzendlijsten > Bestaande lijst gebruiken (dit blad), of met pso-toets brieven op de opdrachtregel.`,
    en: `${count} ${count === 1 ? "supplier" : "suppliers"} on sheet "${sheet}". Make the letters in Word with Mailings > Use an Existing List (this sheet), or with pso-toets brieven on the command line.`,
  }),
  panelNone: (): Message => ({
    nl: "Geen brieven nodig: niemand binnen scope voldoet niet of heeft binnen de waarschuwingstermijn iets te doen.",
    en: "No letters needed: no one in scope fails or has anything due within the warning period.",
  }),
  panelDownload: (file: string): Message => ({ nl: `Download ${file}`, en: `Download ${file}` }),
  docxName: (): Message => ({ nl: "brieven.docx", en: "letters.docx" }),
  senderOldPreset: (name: string, contact: string): Message => ({
    nl: `Op blad PSO-beleid staat als afzender nog "${name}" met "${contact}": de standaardafzender die een eerdere versie van PSO-toets daar neerzette. Vul bij "Afzender brieven" (buyer.name) en "Contactregel brieven" (buyer.contact) uw eigen organisatie en contactpersoon in.`,
    en: `The PSO-beleid sheet still names "${name}" with "${contact}" as the sender: the default an earlier version of PSO-toets put there. Fill in your own organisation and contact person under "Afzender brieven" (buyer.name) and "Contactregel brieven" (buyer.contact).`,
  }),
  senderHeading: (): Message => ({ nl: "Wie ondertekent de brieven?", en: "Who signs the letters?" }),
  senderIntro: (): Message => ({
    nl: "Een brief gaat uit namens uw organisatie. Vul de afzender en de contactpersoon in; ze worden bewaard in het beleid (blad PSO-beleid). Telefoon en e-mail mogen leeg blijven.",
    en: "A letter is sent on behalf of your organisation. Fill in the sender and the contact person; they are saved in the policy (PSO-beleid sheet). Phone and e-mail may stay blank.",
  }),
  senderName: (): Message => ({ nl: "Afzender (uw organisatie)", en: "Sender (your organisation)" }),
  senderContact: (): Message => ({ nl: "Contactpersoon (naam of afdeling)", en: "Contact person (name or department)" }),
  senderPhone: (): Message => ({ nl: "Telefoon (mag leeg)", en: "Phone (may be blank)" }),
  senderEmail: (): Message => ({ nl: "E-mail (mag leeg)", en: "E-mail (may be blank)" }),
  senderSave: (): Message => ({ nl: "Afzender opslaan", en: "Save sender" }),
  senderNeeded: (field: string): Message => ({ nl: `Vul "${field}" in.`, en: `Fill in "${field}".` }),
  senderLine: (name: string): Message => ({ nl: `Afzender: ${name}`, en: `Sender: ${name}` }),
  senderChange: (): Message => ({ nl: "Wijzigen", en: "Change" }),
  kvkLine: (kvk: string): Message => ({ nl: `KvK-nummer ${kvk}`, en: `Chamber of Commerce number ${kvk}` }),
  phoneLine: (phone: string): Message => ({ nl: `Telefoon ${phone}`, en: `Phone ${phone}` }),
  emailLine: (email: string): Message => ({ nl: `E-mail ${email}`, en: `E-mail ${email}` }),
  senderMissing: (labels: string[], paths: string[]): Message => ({
    nl: `Een brief heeft een afzender nodig, en die staat nog niet in het beleid: vul ${labels.map((l, i) => `"${l}" (${paths[i]})`).join(" en ")} in, op blad PSO-beleid, in het beleidsbestand (--beleid) of in het deelvenster bij Brieven. PSO-toets ondertekent nooit namens een andere organisatie.`,
    en: `A letter needs a sender, and the policy has none yet: fill in ${labels.map((l, i) => `"${l}" (${paths[i]})`).join(" and ")}, on the PSO-beleid sheet, in the policy file (--beleid) or in the task pane under Letters. PSO-toets never signs on behalf of another organisation.`,
  }),
  noDeadline: (): Message => ({ nl: "zo spoedig mogelijk", en: "as soon as possible" }),
});
