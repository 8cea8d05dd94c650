/** The words of the HTML and PDF exports, in the account's language; plain, short sentences. */
export interface ExportTexts {
  title: string;
  intro: string;
  accessRequestIntro: string;
  generatedAt: string;
  organisation: string;
  accessLog: string;
  accessLogIntro: string;
  accessLogEmpty: string;
  accessLogMore: string;
  when: string;
  who: string;
  what: string;
  otherPart: string;
  wholeExport: string;
  yes: string;
  no: string;
  empty: string;
  noData: string;
}

const NL: ExportTexts = {
  title: 'Mijn gegevens in DOTS',
  intro: 'Dit zijn alle gegevens die DOTS over jou toont. Je mag dit bestand bewaren.',
  accessRequestIntro: 'Alle gegevens die de organisatie in DOTS over deze persoon bewaart, '
    + 'voor een vraag om inzage (AVG, artikel 15).',
  generatedAt: 'Gemaakt op',
  organisation: 'Organisatie',
  accessLog: 'Wie keek in het dossier',
  accessLogIntro: 'Wanneer iemand anders het dossier bekeek.',
  accessLogEmpty: 'Nog niemand anders keek in het dossier.',
  accessLogMore: 'Er zijn nog oudere keren. Vraag ze aan de organisatie.',
  when: 'Wanneer',
  who: 'Wie',
  what: 'Wat',
  otherPart: 'Een ander deel van het dossier',
  wholeExport: 'Een kopie van alle gegevens',
  yes: 'Ja',
  no: 'Nee',
  empty: '—',
  noData: 'Hier staat nog niets.',
};

const EN: ExportTexts = {
  title: 'My data in DOTS',
  intro: 'This is all the data DOTS shows about you. You may keep this file.',
  accessRequestIntro: 'All data the organisation keeps in DOTS about this person, for a '
    + 'request for access (GDPR, article 15).',
  generatedAt: 'Made on',
  organisation: 'Organisation',
  accessLog: 'Who looked at the dossier',
  accessLogIntro: 'When someone else looked at the dossier.',
  accessLogEmpty: 'Nobody else has looked at the dossier yet.',
  accessLogMore: 'There are older looks. Ask the organisation for them.',
  when: 'When',
  who: 'Who',
  what: 'What',
  otherPart: 'Another part of the dossier',
  wholeExport: 'A copy of all data',
  yes: 'Yes',
  no: 'No',
  empty: '—',
  noData: 'Nothing here yet.',
};

export function exportTexts(locale: 'nl' | 'en'): ExportTexts {
  return locale === 'en' ? EN : NL;
}
