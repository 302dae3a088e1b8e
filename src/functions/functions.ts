/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges over as any[][]; the metadata needs the literal type. */
import { getActivePolicy } from "../addin/activePolicy";
import { today } from "./args";
import { kpiGrid } from "./kpi";
import { guarded, mapRows } from "./ranges";
import { registerLevels } from "./register";
import * as row from "./rowFormulas";

/*
 * The PSO.* custom functions. Each one is a thin wrapper: it takes single cells or whole ranges (any[][]), applies
 * the per-row formula of rowFormulas.ts to every row and returns an array of the same shape. The build generates
 * functions.json from these JSDoc comments and registers every function with CustomFunctions.associate.
 * Synchronous and not volatile: the active policy is read from memory, never from Office.js.
 */

/**
 * Euro's van de uitgaven die bij de PSO-doelgroepen terechtkomen: uitgaven × de geauditeerde totale sociale bijdrage.
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#bijdrage
 * @param uitgaven Uitgaven bij de leverancier in euro's (cel of bereik).
 * @param bijdrage_pct Totale sociale bijdrage van de leverancier: 0,155, 15,5% of 15,5 (cel of bereik).
 * @returns De PSO-bijdrage in euro's.
 */
export function bijdrage(uitgaven: any[][], bijdrage_pct: any[][]): any[][] {
  return mapRows([uitgaven, bijdrage_pct], { required: [0, 1] }, row.bijdrage);
}

/**
 * De PSO-trede in de standaardschrijfwijze: "PSO-2" wordt "Trede 2".
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#trede
 * @param tekst De trede zoals getypt, bijvoorbeeld "PSO-2", "trede2" of "Aspirant" (cel of bereik).
 * @returns De trede, bijvoorbeeld "Trede 2".
 */
export function trede(tekst: any[][]): any[][] {
  return mapRows([tekst], { required: [0] }, row.trede);
}

/**
 * De minimale PSO-trede die het beleid vereist, groeipad inbegrepen, of "Geen eis".
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#eis
 * @param opdrachtsom_per_jaar Opdrachtsom per jaar in euro's (cel of bereik).
 * @param [peildatum] Datum van de toets; leeg is vandaag.
 * @param [gunningsdatum] Datum van gunning, voor het groeipad.
 * @param [looptijd_maanden] Looptijd van het contract in maanden, voor het groeipad.
 * @returns De vereiste trede, bijvoorbeeld "Trede 2", of "Geen eis".
 */
export function eis(opdrachtsom_per_jaar: any[][], peildatum?: any[][], gunningsdatum?: any[][], looptijd_maanden?: any[][]): any[][] {
  return mapRows([opdrachtsom_per_jaar, peildatum, gunningsdatum, looptijd_maanden], { required: [0] }, row.eis(getActivePolicy(), today()));
}

/**
 * WAAR als de leverancier aan het PSO-beleid voldoet (ook bij "Let op" en "Buiten scope"), anders ONWAAR.
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#voldoet
 * @param trede PSO-trede van de leverancier; leeg is geen certificaat.
 * @param geldig_tot Laatste geldige dag van het certificaat.
 * @param opdrachtsom_per_jaar Opdrachtsom per jaar in euro's.
 * @param [peildatum] Datum van de toets; leeg is vandaag.
 * @param [gunningsdatum] Datum van gunning, voor het groeipad.
 * @param [looptijd_maanden] Looptijd van het contract in maanden, voor het groeipad.
 * @param [categorie] Inkoopcategorie, alleen van belang als het beleid sectorniveaus meeweegt.
 * @param [trede_bij_gunning] Trede bij gunning; wie toen al de vereiste trede had, krijgt geen groeipad.
 * @returns WAAR of ONWAAR.
 */
export function voldoet(
  trede: any[][], geldig_tot: any[][], opdrachtsom_per_jaar: any[][],
  peildatum?: any[][], gunningsdatum?: any[][], looptijd_maanden?: any[][], categorie?: any[][], trede_bij_gunning?: any[][],
): any[][] {
  const args = [trede, geldig_tot, opdrachtsom_per_jaar, peildatum, gunningsdatum, looptijd_maanden, categorie, trede_bij_gunning];
  const policy = getActivePolicy();
  return mapRows(args, { required: [0, 1, 2] }, row.voldoet(policy, today(), row.growthPathUnchecked(policy, gunningsdatum, looptijd_maanden)));
}

/**
 * De PSO-status met korte reden, gelijk aan de kolom PSO-status van het taakvenster.
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#status
 * @param trede PSO-trede van de leverancier; leeg is geen certificaat.
 * @param geldig_tot Laatste geldige dag van het certificaat.
 * @param opdrachtsom_per_jaar Opdrachtsom per jaar in euro's.
 * @param [peildatum] Datum van de toets; leeg is vandaag.
 * @param [gunningsdatum] Datum van gunning, voor het groeipad.
 * @param [looptijd_maanden] Looptijd van het contract in maanden, voor het groeipad.
 * @param [categorie] Inkoopcategorie, alleen van belang als het beleid sectorniveaus meeweegt.
 * @param [trede_bij_gunning] Trede bij gunning; wie toen al de vereiste trede had, krijgt geen groeipad.
 * @returns Bijvoorbeeld "Voldoet", "Voldoet niet: trede 1, vereist trede 2" of "Buiten scope".
 */
export function status(
  trede: any[][], geldig_tot: any[][], opdrachtsom_per_jaar: any[][],
  peildatum?: any[][], gunningsdatum?: any[][], looptijd_maanden?: any[][], categorie?: any[][], trede_bij_gunning?: any[][],
): any[][] {
  const args = [trede, geldig_tot, opdrachtsom_per_jaar, peildatum, gunningsdatum, looptijd_maanden, categorie, trede_bij_gunning];
  const policy = getActivePolicy();
  return mapRows(args, { required: [0, 1, 2] }, row.status(policy, today(), row.growthPathUnchecked(policy, gunningsdatum, looptijd_maanden)));
}

/**
 * WAAR zolang het certificaat geldig is (tot en met de datum geldig_tot).
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#geldig
 * @param geldig_tot Laatste geldige dag van het certificaat (cel of bereik).
 * @param [peildatum] Datum van de toets; leeg is vandaag.
 * @returns WAAR of ONWAAR.
 */
export function geldig(geldig_tot: any[][], peildatum?: any[][]): any[][] {
  return mapRows([geldig_tot, peildatum], { required: [0] }, row.geldig(today()));
}

/**
 * Het sectorniveau van een inkoopcategorie met zijn betekenis: 1 voorwaarde, 2 dringend advies, 3 aangeraden.
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#niveau
 * @param categorie Inkoopcategorie, bijvoorbeeld "Schoonmaak" of "ICT" (cel of bereik).
 * @returns Bijvoorbeeld "Niveau 1: PSO is een voorwaarde".
 */
export function niveau(categorie: any[][]): any[][] {
  return mapRows([categorie], { required: [0] }, row.niveau(getActivePolicy()));
}

/**
 * De groeipadstap die op de peildatum geldt en de volgende stap met zijn uiterste datum.
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#groeipad
 * @param gunningsdatum Datum van gunning (cel of bereik).
 * @param looptijd_maanden Looptijd van het contract in maanden (cel of bereik).
 * @param [peildatum] Datum van de toets; leeg is vandaag.
 * @returns Bijvoorbeeld "Groeipad (gegund 1-3-2021): nu Aspirant-status vereist, trede 1 uiterlijk 1-3-2023".
 */
export function groeipad(gunningsdatum: any[][], looptijd_maanden: any[][], peildatum?: any[][]): any[][] {
  return mapRows([gunningsdatum, looptijd_maanden, peildatum], { required: [0, 1] }, row.groeipad(getActivePolicy(), today()));
}

/**
 * De klassieke social-return-verplichting in euro's, naar evenredigheid (drempel, looptijd, arbeidsaandeel uit het beleid).
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#sroi
 * @param opdrachtsom Opdrachtsom in euro's (cel of bereik).
 * @param [looptijd_maanden] Looptijd in maanden; korter dan het minimum geeft geen verplichting.
 * @param [arbeidsaandeel] Aandeel arbeid in de opdracht, bijvoorbeeld 40%; laag geeft een lager percentage.
 * @returns De verplichting in euro's.
 */
export function sroi(opdrachtsom: any[][], looptijd_maanden?: any[][], arbeidsaandeel?: any[][]): any[][] {
  return mapRows([opdrachtsom, looptijd_maanden, arbeidsaandeel], { required: [0] }, row.sroi(getActivePolicy()));
}

/**
 * De PSO-kerncijfers over een leverancierslijst, als tabel van twee kolommen (omschrijving, waarde).
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#kpi
 * @param uitgaven_bereik Uitgaven per leverancier.
 * @param trede_bereik PSO-trede per leverancier, even lang als uitgaven_bereik.
 * @param [bijdrage_bereik] Totale sociale bijdrage per leverancier, voor de PSO-bijdrage in euro's.
 * @param [geldig_tot_bereik] Geldig tot per leverancier; alleen een certificaat dat op de peildatum geldig is telt mee.
 * @returns Een tabel met omschrijving en waarde.
 */
export function kpi(uitgaven_bereik: any[][], trede_bereik: any[][], bijdrage_bereik?: any[][], geldig_tot_bereik?: any[][]): any[][] {
  return guarded(() => kpiGrid(getActivePolicy(), today(), uitgaven_bereik, trede_bereik, bijdrage_bereik ?? null, geldig_tot_bereik ?? null));
}

/**
 * De PSO-trede volgens het PSO-register, gezocht op KvK-nummer (8 cijfers, of een vestigingsnummer van 12) of op naam.
 * @customfunction
 * @helpurl https://localhost:3000/functions.html#register
 * @param kvk_of_naam KvK-nummer of naam van de leverancier (cel of bereik).
 * @param register_bereik Het PSO-register met kopregel: Organisatie, KvK-nummer, Trede, Geldig tot (bijvoorbeeld het blad PSO-register).
 * @returns De trede uit het register, of #N/B als de leverancier er niet in staat.
 */
export function register(kvk_of_naam: any[][], register_bereik: any[][]): any[][] {
  return registerLevels(kvk_of_naam, register_bereik);
}
