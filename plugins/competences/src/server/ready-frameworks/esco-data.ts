/** The ESCO transversal skills as the generator writes them: ESCO's words only, no levels. */
export interface EscoSkill {
  uri: string;
  label: string;
  description: string;
}

export interface EscoGroup {
  code: string;
  uri: string;
  label: string;
  skills: EscoSkill[];
}

export interface EscoData {
  /** ESCO's version of the files read. */
  escoVersion: string;
  /** The acknowledgement the Commission's reuse policy asks for. */
  attribution: string;
  licence: string;
  groups: EscoGroup[];
}

export const ESCO_ATTRIBUTION =
  'ESCO, European Commission, https://esco.ec.europa.eu. Bron: ESCO-classificatie van de ' +
  'Europese Commissie (vaardigheden, competenties, kwalificaties en beroepen), ' +
  'hergebruikt zoals toegestaan door Besluit 2011/833/EU; de niveaus en indicatoren zijn ' +
  'toegevoegd door DOTS en komen niet van ESCO.';

export const ESCO_LICENCE = 'Commission reuse policy, Decision 2011/833/EU (CC BY 4.0)';
