/** One text in both languages. */
export interface Bilingual {
  nl: string;
  en: string;
}

export interface WorkFloorIndicator {
  key: string;
  text: Bilingual;
  /** Nog niet, met veel hulp, met wat hulp, zelfstandig. */
  levels: [Bilingual, Bilingual, Bilingual, Bilingual];
}

export interface WorkFloorCompetence {
  key: string;
  name: Bilingual;
  indicators: WorkFloorIndicator[];
}

export interface WorkFloorGroup {
  key: string;
  name: Bilingual;
  competences: WorkFloorCompetence[];
}

const b = (nl: string, en: string): Bilingual => ({ nl, en });

/** The four levels, as the ready frameworks name them. */
export const FOUR_LEVELS: Bilingual[] = [
  b('nog niet', 'not yet'),
  b('met veel hulp', 'with a lot of help'),
  b('met wat hulp', 'with some help'),
  b('zelfstandig', 'independently'),
];

/**
 * A generic work-floor framework for social-economy employers (domain.md §2), written for this
 * project in plain words: two observable indicators per competence, each with what the four
 * levels look like on the floor.
 */
export const WORK_FLOOR_GROUPS: WorkFloorGroup[] = [{
  key: 'work-attitudes',
  name: b('Arbeidsattitudes', 'Work attitudes'),
  competences: [{
    key: 'punctuality',
    name: b('Stiptheid', 'Punctuality'),
    indicators: [{
      key: 'punctuality.on-time',
      text: b('Komt op tijd aan en begint op tijd', 'Arrives and starts on time'),
      levels: [
        b('Komt vaak te laat', 'Is often late'),
        b('Is op tijd als iemand eraan herinnert', 'Is on time when reminded'),
        b('Is meestal op tijd', 'Is usually on time'),
        b('Is elke dag op tijd', 'Is on time every day'),
      ],
    }, {
      key: 'punctuality.reports-absence',
      text: b('Verwittigt op tijd bij te laat komen of afwezigheid',
        'Lets us know in time when late or absent'),
      levels: [
        b('Verwittigt niet', 'Does not let us know'),
        b('Verwittigt als iemand belt', 'Lets us know when someone calls'),
        b('Verwittigt, soms te laat', 'Lets us know, sometimes too late'),
        b('Verwittigt altijd voor het begin', 'Always lets us know before the start'),
      ],
    }],
  }, {
    key: 'agreements',
    name: b('Afspraken nakomen', 'Following agreements'),
    indicators: [{
      key: 'agreements.rules',
      text: b('Houdt zich aan de regels van de werkplek', 'Keeps to the rules of the workplace'),
      levels: [
        b('Kent de regels nog niet', 'Does not know the rules yet'),
        b('Volgt de regels als ze herhaald worden', 'Follows the rules when they are repeated'),
        b('Volgt de meeste regels', 'Follows most rules'),
        b('Volgt de regels uit zichzelf', 'Follows the rules without being told'),
      ],
    }, {
      key: 'agreements.keeps-word',
      text: b('Doet wat is afgesproken', 'Does what was agreed'),
      levels: [
        b('Vergeet afspraken', 'Forgets agreements'),
        b('Doet het na een herinnering', 'Does it after a reminder'),
        b('Doet het meestal', 'Usually does it'),
        b('Doet het altijd, en zegt het als het niet lukt',
          'Always does it, and says so when it cannot be done'),
      ],
    }],
  }, {
    key: 'safety',
    name: b('Veilig werken', 'Working safely'),
    indicators: [{
      key: 'safety.protection',
      text: b('Draagt de beschermingsmiddelen die nodig zijn',
        'Wears the protective equipment that is needed'),
      levels: [
        b('Draagt ze niet', 'Does not wear it'),
        b('Draagt ze als iemand het zegt', 'Wears it when told'),
        b('Draagt ze meestal', 'Usually wears it'),
        b('Draagt ze altijd', 'Always wears it'),
      ],
    }, {
      key: 'safety.material',
      text: b('Gaat zorgzaam om met gereedschap en materiaal',
        'Takes care of tools and material'),
      levels: [
        b('Gaat er slordig mee om', 'Handles them carelessly'),
        b('Ruimt op als iemand het vraagt', 'Tidies up when asked'),
        b('Ruimt meestal op en meldt schade', 'Usually tidies up and reports damage'),
        b('Ruimt altijd op en meldt schade meteen',
          'Always tidies up and reports damage at once'),
      ],
    }],
  }, {
    key: 'accuracy',
    name: b('Nauwkeurigheid', 'Accuracy'),
    indicators: [{
      key: 'accuracy.quality',
      text: b('Levert werk zonder fouten af', 'Delivers work without mistakes'),
      levels: [
        b('Maakt veel fouten', 'Makes many mistakes'),
        b('Werkt goed als iemand meekijkt', 'Works well when someone checks along'),
        b('Maakt af en toe een fout', 'Makes a mistake now and then'),
        b('Werkt foutloos', 'Works without mistakes'),
      ],
    }, {
      key: 'accuracy.checks',
      text: b('Controleert het eigen werk', 'Checks their own work'),
      levels: [
        b('Controleert niet', 'Does not check'),
        b('Controleert als iemand het vraagt', 'Checks when asked'),
        b('Controleert meestal', 'Usually checks'),
        b('Controleert altijd voor het afgeeft', 'Always checks before handing over'),
      ],
    }],
  }, {
    key: 'pace',
    name: b('Werktempo', 'Pace'),
    indicators: [{
      key: 'pace.keeps-up',
      text: b('Haalt het tempo dat voor de taak nodig is', 'Keeps the pace the task needs'),
      levels: [
        b('Werkt veel te traag', 'Works far too slowly'),
        b('Haalt het tempo met aanmoediging', 'Keeps the pace with encouragement'),
        b('Haalt het tempo meestal', 'Usually keeps the pace'),
        b('Haalt het tempo de hele dag', 'Keeps the pace all day'),
      ],
    }, {
      key: 'pace.steady',
      text: b('Werkt door zonder lange onderbrekingen', 'Keeps working without long breaks'),
      levels: [
        b('Stopt vaak', 'Stops often'),
        b('Werkt door als iemand erbij is', 'Keeps working when someone is there'),
        b('Werkt meestal door', 'Usually keeps working'),
        b('Werkt door en neemt pauze op het afgesproken moment',
          'Keeps working and takes breaks at the agreed times'),
      ],
    }],
  }, {
    key: 'independence',
    name: b('Zelfstandigheid', 'Independence'),
    indicators: [{
      key: 'independence.starts',
      text: b('Begint uit zichzelf aan een gekende taak', 'Starts a known task on their own'),
      levels: [
        b('Wacht tot iemand het zegt', 'Waits until told'),
        b('Begint na een duidelijke opdracht', 'Starts after a clear instruction'),
        b('Begint meestal zelf', 'Usually starts on their own'),
        b('Begint zelf en weet wat daarna komt', 'Starts on their own and knows what comes next'),
      ],
    }, {
      key: 'independence.asks',
      text: b('Vraagt hulp op het juiste moment', 'Asks for help at the right moment'),
      levels: [
        b('Vraagt geen hulp, of voor alles', 'Never asks for help, or asks for everything'),
        b('Vraagt hulp als iemand het aanbiedt', 'Asks for help when it is offered'),
        b('Vraagt meestal op tijd hulp', 'Usually asks for help in time'),
        b('Lost zelf op wat kan en vraagt hulp voor de rest',
          'Solves what they can and asks for help with the rest'),
      ],
    }],
  }, {
    key: 'perseverance',
    name: b('Doorzettingsvermogen', 'Perseverance'),
    indicators: [{
      key: 'perseverance.finishes',
      text: b('Maakt een taak af, ook als die tegenvalt',
        'Finishes a task, also when it is harder than expected'),
      levels: [
        b('Stopt als het moeilijk wordt', 'Stops when it gets hard'),
        b('Maakt af met veel aanmoediging', 'Finishes with a lot of encouragement'),
        b('Maakt meestal af', 'Usually finishes'),
        b('Maakt altijd af', 'Always finishes'),
      ],
    }, {
      key: 'perseverance.tries-again',
      text: b('Probeert opnieuw na een fout', 'Tries again after a mistake'),
      levels: [
        b('Geeft op na een fout', 'Gives up after a mistake'),
        b('Probeert opnieuw als iemand helpt', 'Tries again when someone helps'),
        b('Probeert meestal opnieuw', 'Usually tries again'),
        b('Probeert opnieuw en leert ervan', 'Tries again and learns from it'),
      ],
    }],
  }, {
    key: 'presentation',
    name: b('Persoonlijke verzorging', 'Personal presentation'),
    indicators: [{
      key: 'presentation.hygiene',
      text: b('Komt verzorgd en proper naar het werk', 'Comes to work clean and well-groomed'),
      levels: [
        b('Komt niet verzorgd', 'Does not come well-groomed'),
        b('Is verzorgd na een gesprek', 'Is well-groomed after a talk about it'),
        b('Is meestal verzorgd', 'Is usually well-groomed'),
        b('Is altijd verzorgd', 'Is always well-groomed'),
      ],
    }, {
      key: 'presentation.clothing',
      text: b('Draagt de werkkledij zoals afgesproken', 'Wears the work clothes as agreed'),
      levels: [
        b('Draagt ze niet', 'Does not wear them'),
        b('Draagt ze als iemand het zegt', 'Wears them when told'),
        b('Draagt ze meestal', 'Usually wears them'),
        b('Draagt ze altijd, proper en volledig', 'Always wears them, clean and complete'),
      ],
    }],
  }],
}, {
  key: 'social-skills',
  name: b('Sociale vaardigheden', 'Social skills'),
  competences: [{
    key: 'feedback',
    name: b('Feedback aanvaarden', 'Accepting feedback'),
    indicators: [{
      key: 'feedback.listens',
      text: b('Luistert rustig naar opmerkingen over het werk',
        'Listens calmly to remarks about the work'),
      levels: [
        b('Wordt boos of loopt weg', 'Gets angry or walks away'),
        b('Luistert als het rustig wordt uitgelegd', 'Listens when it is explained calmly'),
        b('Luistert meestal rustig', 'Usually listens calmly'),
        b('Luistert en vraagt wat beter kan', 'Listens and asks what could be better'),
      ],
    }, {
      key: 'feedback.applies',
      text: b('Past een opmerking toe in het werk', 'Puts a remark into practice'),
      levels: [
        b('Doet verder zoals voordien', 'Carries on as before'),
        b('Past het toe als iemand het herhaalt', 'Puts it into practice when it is repeated'),
        b('Past het meestal toe', 'Usually puts it into practice'),
        b('Past het meteen en blijvend toe', 'Puts it into practice at once and for good'),
      ],
    }],
  }, {
    key: 'cooperation',
    name: b('Samenwerken', 'Cooperation'),
    indicators: [{
      key: 'cooperation.helps',
      text: b('Helpt collega\'s als dat nodig is', 'Helps colleagues when needed'),
      levels: [
        b('Helpt niet', 'Does not help'),
        b('Helpt als iemand het vraagt', 'Helps when asked'),
        b('Helpt meestal', 'Usually helps'),
        b('Ziet zelf wanneer hulp nodig is', 'Sees for themselves when help is needed'),
      ],
    }, {
      key: 'cooperation.shares-work',
      text: b('Verdeelt het werk eerlijk met anderen', 'Shares the work fairly with others'),
      levels: [
        b('Laat werk aan anderen over of neemt alles over',
          'Leaves work to others or takes over everything'),
        b('Doet het eigen deel als het is afgesproken', 'Does their share when it is agreed'),
        b('Doet meestal het eigen deel', 'Usually does their share'),
        b('Doet het eigen deel en stemt af met de anderen',
          'Does their share and agrees it with the others'),
      ],
    }],
  }, {
    key: 'communication',
    name: b('Communicatie', 'Communication'),
    indicators: [{
      key: 'communication.tells',
      text: b('Zegt duidelijk wat er is of wat nodig is', 'Says clearly what is wrong or needed'),
      levels: [
        b('Zegt niets', 'Says nothing'),
        b('Zegt het als iemand ernaar vraagt', 'Says it when asked'),
        b('Zegt het meestal', 'Usually says it'),
        b('Zegt het op tijd en duidelijk', 'Says it in time and clearly'),
      ],
    }, {
      key: 'communication.polite',
      text: b('Spreekt collega\'s en klanten beleefd aan',
        'Speaks politely to colleagues and customers'),
      levels: [
        b('Is vaak onbeleefd', 'Is often rude'),
        b('Is beleefd na een herinnering', 'Is polite after a reminder'),
        b('Is meestal beleefd', 'Is usually polite'),
        b('Is altijd beleefd, ook als het druk is', 'Is always polite, also when it is busy'),
      ],
    }],
  }, {
    key: 'stress',
    name: b('Omgaan met stress', 'Coping with stress'),
    indicators: [{
      key: 'stress.calm',
      text: b('Blijft rustig als het druk is of iets misloopt',
        'Stays calm when it is busy or something goes wrong'),
      levels: [
        b('Raakt snel van slag', 'Gets upset quickly'),
        b('Wordt rustig als iemand helpt', 'Calms down when someone helps'),
        b('Blijft meestal rustig', 'Usually stays calm'),
        b('Blijft rustig en werkt verder', 'Stays calm and keeps working'),
      ],
    }, {
      key: 'stress.change',
      text: b('Kan om met een verandering in het werk', 'Copes with a change in the work'),
      levels: [
        b('Kan nog niet om met een verandering', 'Cannot cope with a change yet'),
        b('Kan het als het vooraf is uitgelegd', 'Copes when it was explained beforehand'),
        b('Kan het meestal', 'Usually copes'),
        b('Past zich vlot aan', 'Adapts easily'),
      ],
    }],
  }],
}];
