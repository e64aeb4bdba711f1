import { germanFamilies as families } from './families-de';
import type { LintWords } from './lint-words';
import { phraseList, phrasePattern } from './phrases';

const weekdays = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
const months = 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const numberWords = 'einen|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf';

// Verbs of saying no, and a no said by saying yes elsewhere or by its effect: "habe eine andere
// Stelle angenommen", "mich für ein anderes Angebot entschieden", "bei meinem jetzigen
// Arbeitgeber bleiben", "passt nicht zu mir".
const declineGrammar = [
  // Separable verbs ("ich sage … ab") are matched as the finite verb plus its particle.
  String.raw`(?<![\p{L}])(?:absagen|ablehnen|abzusagen|abzulehnen|nicht annehmen|nicht anzunehmen|zurückziehen|zurückzuziehen|(?:sage|lehne)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])ab|ziehe(?![\p{L}])[^.!?\n]{0,60}?zurück)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:eine|ein|einen)\s+(?:andere[nms]?|neue[nms]?)\s+(?:[\p{L}-]+\s+){0,2}?(?:Stelle|Position|Angebot|Job|Rolle|Arbeitgeber|Unternehmen)\s+(?:[\p{L}-]+\s+){0,3}?(?:angenommen|annehmen|zugesagt|entschieden|gewählt)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:bei|in)\s+meine[mr]\s+(?:jetzigen|aktuellen|derzeitigen|bisherigen)\s+(?:Arbeitgeber|Stelle|Position|Firma|Unternehmen|Team)\s+(?:zu\s+)?bleiben(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:passt|passen|passen\s+würde|passen\s+wird)\s+(?:[\p{L}-]+\s+){0,3}?nicht(?:\s+(?:ganz|wirklich))?\s+zu\s+mir(?![\p{L}])`,
  // "Leider ist es mir nicht möglich, das Angebot anzunehmen": impossibility, then the verb.
  String.raw`(?<![\p{L}])(?:nicht\s+möglich|unmöglich|nicht\s+in\s+der\s+Lage)(?![\p{L}])[^.!?\n]{0,60}?(?:anzunehmen|zuzusagen|anzutreten)(?![\p{L}])`,
  String.raw`(?<![\p{L}])nicht\s+(?:ganz\s+|wirklich\s+)?(?:das\s+Richtige\s+für\s+mich|zu\s+mir\s+pass(?:t|en|en\s+würde))(?![\p{L}])`,
].join('|');

/** Compiles the word list; called once, on first lint (see `lintWordsFor`). */
export function buildGermanWords(): LintWords {
  return {
    declineVerb: new RegExp(declineGrammar, 'giu'),
    acceptVerb:
      /(?<![\p{L}])(?:annehmen|anzunehmen|zusagen|zuzusagen|unterschreiben|(?:nehme)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])an|sage(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])zu)(?![\p{L}])/giu,
    tentative: phrasePattern([
      'vielleicht',
      'eventuell',
      'wahrscheinlich',
      'möglicherweise',
      'vermutlich',
      'tendiere',
      'überlege',
      'nicht sicher',
      'unter Umständen',
      'vorerst',
      'ich glaube',
      'ich denke',
      'sieht so aus',
      'scheint',
      'wohl',
    ]),
    tentativeWeak: phrasePattern(['ich habe das Gefühl', 'ich fühle mich', 'meines Erachtens']),
    // ", da …", ", weil …", "aufgrund …": the reason, not the decision.
    reasonClause:
      /,\s*(?:da|weil|denn|zumal|obwohl|wobei|was|nachdem)(?![\p{L}])|\s(?:aufgrund|wegen)(?![\p{L}])/iu,
    decided:
      /(?<![\p{L}])(?:habe|hab)\s+(?:ich\s+)?mich\s+(?:\p{L}+\s+){0,3}?(?:entschieden|entschlossen)(?![\p{L}])/iu,
    definiteDecline: 'Ich habe mich entschieden, das Angebot abzulehnen',
    definiteAccept: 'Ich nehme das Angebot gerne an',
    hedges: [
      ...phraseList([
        ['ich glaube', ''],
        ['ich denke', ''],
        ['ich würde sagen', ''],
        ['vielleicht', ''],
        ['eventuell', ''],
        ['irgendwie', ''],
        ['gewissermaßen', ''],
        ['ein bisschen', ''],
        ['hoffentlich', ''],
        ['ehrlich gesagt', ''],
        ['sozusagen', ''],
        // Apologising for asking: "Es ist mir etwas unangenehm, danach zu fragen".
        ['es ist mir unangenehm'],
        ['es ist mir etwas unangenehm'],
        ['es ist mir ein bisschen unangenehm'],
        ['es ist mir ein wenig unangenehm'],
        ['ich traue mich kaum'],
        ['ich weiß nicht, ob'],
        ['tut mir leid, dass ich frage'],
        ['ich will nicht unverschämt sein'],
      ]),
      ...families.undercutAsk,
    ],
    vagueExcuses: phraseList([
      ['aus verschiedenen Gründen', 'nach reiflicher Überlegung'],
      ['aus diversen Gründen', 'nach reiflicher Überlegung'],
      ['etwas ist dazwischengekommen'],
      ['es ist kompliziert'],
      ['schwer zu erklären'],
      ['lange Geschichte'],
    ]),
    criticism: [
      ...phraseList([
        ['enttäuschend'],
        ['enttäuscht von'],
        ['unprofessionell'],
        ['lächerlich'],
        ['chaotisch'],
        ['unverschämt'],
        ['inkompetent'],
        ['respektlos'],
        ['Zeitverschwendung'],
        ['katastrophal'],
        ['unorganisiert'],
        ['schrecklich'],
        ['furchtbar'],
        ['toxisch'],
        ['zu niedrig', 'nicht passend für mich'],
        ['unter Marktniveau', 'nicht passend für mich'],
        ['nicht konkurrenzfähig', 'nicht passend für mich'],
        ['hat ewig gedauert'],
        ['viel zu langsam'],
        ['nicht annähernd', 'nicht passend für mich'],
        ['unter meinem Wert'],
        ['zu wenig', 'nicht passend für mich'],
        ['nicht wertschätzen'],
        ['unterbezahlt'],
        ['nicht überzeugt'],
        ['nicht gut genug', 'nicht passend für mich'],
        ['ein Witz'],
        ['eine Frechheit'],
        ['unter meiner Würde'],
      ]),
      // A scornful question about the offer: "Ist das alles, was Sie mir anbieten?".
      {
        pattern:
          /(?<![\p{L}])(?:ist|war)\s+das\s+(?:wirklich\s+|schon\s+)*alles(?:,\s*was\s+Sie[^.!?\n]{0,40})?\?/giu,
        severity: 'warning',
      },
      {
        pattern:
          /(?<![\p{L}])nicht\s+(?:(?:sehr|besonders|wirklich)\s+)?(?:begeistert|angetan|beeindruckt)\s+von\s+Ihre[mnr]?\s+(?:Unternehmen|Firma|Team|Angebot|Organisation)(?![\p{L}])/giu,
      },
      {
        pattern:
          /(?<![\p{L}])(?:habe|hatte)\s+(?:schon\s+)?vor\s+[^.!?\n]{0,20}?Jahren\s+mehr\s+verdient(?![\p{L}])/giu,
      },
      // Broader verdicts, as warnings: a fair reason can share their grammar.
      {
        pattern:
          /(?<![\p{L}])(?:das|Ihr|dieses|die|Ihre|diese)\s+(?:[\p{L}-]+\s+){0,1}?(?:Angebot|Gehalt|Paket|Vergütung|Stelle|Position|Rolle|Aufgabe|Team|Prozess)\s+(?:ist|war|scheint|schien|wirkt|wirkte|erscheint|erschien)\s+(?:mir\s+)?(?:(?:etwas|ein|bisschen|leider|recht|ziemlich|sehr|deutlich|eher|doch|zu|viel)\s+){0,3}(?:niedrig|gering|schwach|dürftig|enttäuschend|knapp|mager|langweilig|bescheiden|unattraktiv)(?![\p{L}])/giu,
        severity: 'warning',
      },
      {
        pattern:
          /(?<![\p{L}])(?:keine|kaum|wenig|wenige|begrenzte|fehlende|mangelnde)\s+(?:[\p{L}-]+\s+){0,2}?(?:Entwicklungs|Aufstiegs|Karriere|Weiterbildungs|Wachstums)(?:möglichkeit\p{L}*|chance\p{L}*|perspektive\p{L}*)(?![\p{L}])/giu,
        severity: 'warning',
      },
      {
        pattern:
          /(?<![\p{L}])(?:langweilig|eintönig|monoton|anspruchslos|stupide|banal)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:Aufgaben|Tätigkeit\p{L}*|Arbeit|Stelle|Rolle|Routine\p{L}*)(?![\p{L}])/giu,
        severity: 'warning',
      },
      ...families.payComplaint,
      ...families.dismissiveWithdrawal,
      ...families.valuesVerdict,
    ],
    ultimatum: [
      ...phraseList([
        ['mein letztes Wort'],
        ['mein letztes Angebot'],
        ['nicht verhandelbar'],
        ['andernfalls'],
        ['ansonsten sage ich ab'],
        ['sonst sage ich ab'],
        ['sonst nehme ich'],
        ['Sie müssen mitgehen'],
        ['Sie müssen das Angebot'],
        ['Sie müssen das Gehalt'],
        ['Sie müssen nachbessern'],
        ['müssen Sie nachbessern'],
        ['unter keinen Umständen weniger'],
        ['nicht weniger als'],
        ['als abgelehnt'],
      ]),
      // Any condition with leaving as its consequence, the verb first after the comma: "Wenn mein
      // Gehalt nicht erhöht wird, gehe ich", "…, kündige ich", "sonst bin ich weg"; not "…, gehe
      // ich davon aus".
      {
        pattern:
          /(?<![\p{L}])(?:(?:wenn|falls|sollte)\s+[^.!?\n]{0,60}?(?<![\p{L}])(?:nicht|kein\p{L}*)(?![\p{L}])[^.!?\n]{0,60}?,\s*(?:dann\s+)?(?:(?:gehe|kündige|wechsle)\s+ich(?!\s+davon)|bin\s+ich\s+(?:weg|raus))|sonst\s+(?:(?:gehe|kündige|wechsle)\s+ich(?!\s+davon)|bin\s+ich\s+(?:weg|raus)))(?![\p{L}])/giu,
        severity: 'warning',
      },
      // "Wenn Sie … nicht …, werde ich absagen", "es sei denn, Sie …", "Sie müssen … erhöhen".
      {
        pattern:
          /(?<![\p{L}])(?:(?:wenn|falls|sollten)\s+Sie\s+[^.!?\n]{0,60}?(?<![\p{L}])(?:nicht|kein\p{L}*)(?![\p{L}])[^.!?\n]{0,60}?(?:werde|muss)\s+ich[^.!?\n]{0,40}?(?:absagen|ablehnen|annehmen|zurückziehen|zusagen|(?<![\p{L}])(?:ab|an|zu))|es\s+sei\s+denn,?\s+Sie|Sie\s+müssen\s+(?:\S+\s+){0,4}?(?:erhöhen|anpassen|mithalten|überbieten|bieten|zahlen|nachlegen|drauflegen)|mein(?:e)?\s+(?:Schmerzgrenze|Untergrenze)|als\s+zurückgezogen)(?![\p{L}])/giu,
      },
      ...families.dealCondition,
      ...families.disjunctiveUltimatum,
      ...families.refusalFloor,
      ...families.competitorThreat,
      ...families.retentionThreat,
    ],
    orderedDemand: [...families.orderedTerms, ...families.entitlement],
    selfPraise: [
      ...phraseList([
        ['der beste Kandidat'],
        ['die beste Kandidatin'],
        ['die beste Besetzung'],
        ['keinen Besseren'],
        ['keine Bessere'],
        ['niemand anderes kann'],
        ['einen besseren Job gefunden'],
        ['ein besseres Angebot gefunden'],
        ['ein besseres Angebot bekommen'],
        ['etwas Besseres gefunden'],
      ]),
      // Other offers as a lever, in the plural or as a claim about competitors: "weitere Angebote,
      // die deutlich lukrativer sind", "bei der Konkurrenz bekäme ich mehr"; and boasting about
      // workload: "Ich mache die Arbeit von drei Leuten".
      {
        pattern:
          /(?<![\p{L}])(?:(?:weitere|andere|mehrere|bessere)\s+Angebote,?\s+(?:die|welche)\s+(?:\p{L}+\s+){0,2}?(?:besser|attraktiver|lukrativer|höher\s+dotiert|großzügiger)|(?:bei\s+der\s+Konkurrenz|woanders|anderswo|bei\s+einem\s+Wettbewerber)\s+(?:bekäme|bekomme|verdiene|verdiente|würde|könnte|kriege|kriegte)\s+ich\s+(?:\p{L}+\s+){0,2}?mehr|(?:die\s+)?Arbeit\s+von\s+(?:zwei|drei|vier|mehreren|\d+)\s+(?:Leuten|Personen|Kollegen|Mitarbeitern))(?![\p{L}])/giu,
      },
      // "ein besseres Angebot", "eine deutlich attraktivere Stelle"; "ich bin mehr wert".
      {
        pattern:
          /(?<![\p{L}])(?:(?:ein|eine|einen)\s+(?:deutlich\s+|viel\s+|weitaus\s+)?(?:besser|attraktiver|lukrativer|interessanter|spannender|höher\s+dotiert)\p{L}*\s+(?:Angebot|Stelle|Position|Job|Gelegenheit|Chance|Option|Rolle)|ich\s+bin\s+(?:deutlich\s+|viel\s+)?mehr\s+wert)(?![\p{L}])/giu,
      },
      ...families.boasting,
    ],
    bareDemand:
      /(?<![\p{L}])(?:ich\s+(?:brauche|will|möchte|erwarte|verlange|benötige)|wir\s+brauchen|(?:brauche|brauchen)\s+(?:ich|wir))\s+(?:(?:deutlich|viel|etwas|unbedingt|dringend|einfach|halt|eben)\s+)?(?:mehr\s+(?:Geld|Gehalt|Lohn)|ein\s+höheres\s+(?:Gehalt|Angebot|Grundgehalt)|eine\s+(?:(?:deutliche|kräftige|ordentliche)\s+)?(?:Gehalts)?(?:erhöhung|Erhöhung)|mehr(?=\s*(?:[.!?]|$)))(?![\p{L}])/gimu,
    vagueAsk:
      /(?<![\p{L}])(?:gibt\s+es|gäbe\s+es|haben\s+Sie)\s+(?:noch\s+)?(?:etwas\s+|einen\s+)?(?:Spielraum|Verhandlungsspielraum|Luft\s+nach\s+oben)(?![\p{L}])/giu,
    demandReason: phrasePattern([
      'weil',
      'da ich',
      'denn',
      'angesichts',
      'aufgrund',
      'basierend auf',
      'Markt*',
      'Erfahrung',
      'Verantwortung',
      'Umzug*',
    ]),
    personalFinances: [
      ...phraseList([
        ['meine Miete'],
        ['meine Kredite'],
        ['meinen Kredit'],
        ['meine Ausgaben'],
        ['meine Rechnungen'],
        ['meine Schulden'],
        ['nicht leisten'],
        ['über die Runden'],
        ['persönliche Probleme'],
        ['private Probleme'],
        ['finanzielle Probleme'],
        ['finanzielle Schwierigkeiten'],
        ['ich benötige das Geld'],
        ['ich brauche das Geld'],
      ]),
      ...families.privateLifeReason,
    ],
    apology: phrasePattern(['tut mir leid', 'entschuldig*', 'bedaure', 'bedauerlicherweise']),
    thanks: phrasePattern(['dank*', 'bedanke*', 'schätze*']),
    extensionAsk: phrasePattern([
      'mehr Zeit',
      'etwas Zeit',
      'Verlängerung',
      'verlängern',
      'etwas länger',
      'ein paar Tage',
    ]),
    daysOrDate: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:\\d{1,2}|${numberWords})\\s+(?:weitere\\s+)?(?:Arbeitstage?n?|Werktage?n?|Tage?n?|Wochen?)|${weekdays}|\\d{1,2}\\.\\s*(?:${months}|\\d{1,2}\\.)|\\d{4}-\\d{2}-\\d{2})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    otherOffer: phrasePattern([
      'anderes Angebot',
      'anderen Angebot',
      'anderen Angebots',
      'Konkurrenzangebot',
      'anderen Firma',
      'anderen Unternehmen',
      'anderes Unternehmen',
    ]),
    offeredByOthers:
      /(?<![\p{L}])(?:(?:hat|haben)\s+mir\s+(?:[^.!?\n]|\.(?=\d)){0,40}angeboten|bietet\s+mir|bieten\s+mir|Angebot\s+(?:von|der|des)\s+[\p{Lu}][\p{L}&.-]*)(?![\p{L}])/u,
    offeredByReader:
      /(?<![\p{L}])(?:Sie\s+(?:haben\s+mir\s+)?(?:bieten|angeboten|boten)|Ihr(?:em|es)?\s+Angebot)(?![\p{L}])/u,
    lateAcknowledged: phrasePattern([
      'nach Ablauf der Frist',
      'nach der Frist',
      'Frist ist abgelaufen',
      'verspätet*',
      'später als',
      'späte Antwort',
      'späten Antwort',
      'späte Rückmeldung',
      'späten Rückmeldung',
      'so lange gedauert',
      'erst jetzt',
    ]),
    greeting:
      /^(?:liebe[rs]?|hallo|guten tag|sehr geehrte[rs]?)\s+(?:(?:frau|herr|dr\.?)\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)/imu,
    genericAddressee: phrasePattern(['Team', 'Damen', 'Herren', 'alle', 'zusammen', 'Recruiting']),
    placeholderKeys: {
      company: /firma|unternehmen|arbeitgeber|company/i,
      role: /rolle|position|stelle|role/i,
      contact: /kontakt|ansprechpartner|vorname|^name$|empfänger|manager/i,
      sender: /mein name|ihr name|absender|unterschrift/i,
    },
    payWord: phrasePattern([
      'Gehalt',
      'Grundgehalt',
      'Bonus',
      'Aktien',
      'Anteile',
      'Umzug*',
      'Urlaub*',
      'Homeoffice',
      'Remote',
      'Budget',
      'Titel',
      'Startdatum',
      'Antrittsprämie',
    ]),
  };
}
