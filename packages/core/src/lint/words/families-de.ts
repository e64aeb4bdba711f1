import { notQuestion, type Phrase, sentenceStart } from './phrases';

/**
 * German wording families added after held-out run 7, each a named set of patterns so a test can
 * name the family it checks. Written as grammar with slots rather than as the sentences that
 * showed the gap; every one warns only, since a fair message can meet each frame.
 */

const warn = (pattern: RegExp): Phrase => ({ pattern, severity: 'warning' });

// Leaving, said as the consequence: "gehe ich", "kündige ich", "bin ich weg". "gehe" only at the
// end of its clause, so "oder ich gehe kurz vorbei" stays fine.
const leaving = String.raw`(?:gehe(?=\s*(?:[.!,;]|$|eben|dann))|kündige|bin\s+(?:ich\s+)?(?:weg|raus|draußen)|wechsle|suche\s+mir\s+(?:was|etwas|einen|eine)\s+(?:anderes|Neues|neuen|neue|anderen|andere)|sage\s+ab|lehne\s+ab|nehme\s+das\s+andere)`;

/**
 * Verbs an employer's terms are changed with, as the polite imperative ("Erhöhen Sie …") or the
 * du-imperative ("Gib mir …"). Verb first with "Sie" is also a question's word order, so only a
 * sentence that does not end in "?" counts.
 */
const sieTermsVerb = `(?:erhöhen|zahlen|bezahlen|geben|senken|reduzieren|verdoppeln|übernehmen|streichen|legen|erlassen|garantieren|verlängern|verkürzen)`;
const duTermsVerb = `(?:gib|zahl|zahle|erhöh|erhöhe|leg|lege|senk|senke|verdopple|übernimm)`;

/** A deal offered as a condition: "…, und wir sind im Geschäft", "…, und ich unterschreibe sofort". */
const dealCondition = [
  warn(
    /(?<![\p{L}])und\s+(?:wir\s+sind\s+im\s+Geschäft|(?:der|wir\s+haben\s+einen)\s+Deal(?:\s+steht)?|die\s+Sache\s+ist\s+geritzt|ich\s+unterschreibe\s+(?:sofort|gleich|heute\s+noch|noch\s+heute|morgen))(?![\p{L}])/giu,
  ),
];

/**
 * A demand given as an order: "Erhöhen Sie mein Gehalt auf …", "Gib mir zehn Prozent mehr".
 * "Geben Sie mir Bescheid" asks for an answer, not for terms.
 */
const orderedTerms = [
  warn(
    new RegExp(
      String.raw`${sentenceStart}(?:${sieTermsVerb}\s+Sie|${duTermsVerb})\s+(?:mir|mein|meine|meinen|meinem|das|den|die|dem|\d)(?![\p{L}])(?!\s+(?:(?:bitte|gern|gerne|kurz|einfach|doch)\s+)*(?:Bescheid|Rückmeldung|eine\s+Rückmeldung|Nachricht|Ihre\s+Telefonnummer)(?![\p{L}]))${notQuestion}`,
      'giu',
    ),
  ),
];

/** Entitlement: "ich erwarte nicht weniger als …", "Bei meiner Erfahrung erwarte ich …". */
const entitlement = [
  warn(
    /(?<![\p{L}])(?:ich\s+erwarte|erwarte\s+ich)\s+(?:nicht\s+weniger\s+als|mindestens)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:angesichts|aufgrund|wegen|bei)\s+meine[rsnm]?\s+(?:\p{L}+\s+){0,2}?(?:Qualifikation|Erfahrung|Leistung|Talent|Fähigkeiten|Erfolge)\p{L}*,?\s+(?:erwarte|verlange|fordere)\s+ich(?![\p{L}])/giu,
  ),
];

/** "Entweder Sie zahlen mehr, oder ich gehe", "…, oder ich kündige". */
const disjunctiveUltimatum = [
  warn(
    new RegExp(
      String.raw`(?<![\p{L}])(?:entweder\s+[^.!?\n]{1,80}?,?\s+)?oder\s+(?:aber\s+)?ich\s+${leaving}(?![\p{L}])`,
      'giu',
    ),
  ),
];

/**
 * A floor as a refusal: "unter 70.000 mache ich es nicht", "für weniger fange ich nicht an",
 * "…, sonst ist ein Wechsel nicht möglich".
 */
const refusalFloor = [
  warn(
    /(?<![\p{L}])(?:unter|für\s+weniger(?:\s+als)?)\s+(?:(?:[^.!?\n]|\.(?=\d)){0,25}?\s)?(?:mache|fange|unterschreibe|wechsle|komme|arbeite|nehme)\s+ich\s+(?:es\s+|das\s+|den\s+Job\s+|die\s+Stelle\s+)?(?:\p{L}+\s+)?(?:nicht|nichts|keinesfalls)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:weniger|darunter)\s+(?:als\s+(?:[^.!?\n]|\.(?=\d)){0,25}?\s)?(?:kommt|kommen)\s+(?:für\s+mich\s+)?nicht\s+in\s+(?:Frage|Betracht)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])ich\s+(?:akzeptiere|nehme|unterschreibe)\s+(?:nichts|kein(?:e|en)?\s+(?:Angebot|Gehalt|Vertrag))\s+unter(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])sonst\s+(?:ist|wäre|kommt|käme)\s+[^.!?\n]{0,60}?(?:nicht\s+(?:möglich|machbar|drin|in\s+Frage)|ausgeschlossen|kein\s+Thema)(?![\p{L}])/giu,
  ),
];

/**
 * Keeping the writer as the reader's task, on a deadline: "wenn ihr mich halten wollt, müsst ihr
 * …", "dann musst du mir mehr zahlen", "ich bin schon auf dem Sprung". The formal "Sie müssen …"
 * is in the word list; this adds du/ihr and the inverted order.
 */
const retentionThreat = [
  warn(
    /(?<![\p{L}])wenn\s+(?:ihr|Sie|du)\s+mich\s+(?:\p{L}+\s+)?(?:halten|behalten)\s+(?:wollt|wollen|willst|möchtet|möchten|möchtest)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])wenn\s+ich\s+(?:\p{L}+\s+)?(?:bei\s+(?:dir|euch|Ihnen)\s+)?bleiben\s+soll(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:(?:du|ihr)\s+(?:musst|müsst)|(?:musst|müsst)\s+(?:du|ihr)|müssen\s+Sie)\s+(?:\S+\s+){0,4}?(?:zahlen|bezahlen|bieten|erhöhen|drauflegen|nachlegen|mithalten|anstrengen|nachbessern)(?![\p{L}])/giu,
  ),
  warn(/(?<![\p{L}])(?:ich\s+bin|bin\s+ich)\s+(?:\p{L}+\s+){0,3}?auf\s+dem\s+Sprung(?![\p{L}])/giu),
];

/** Competitors as a threat without an offer: "Die Konkurrenz würde mir mehr bieten". */
const competitorThreat = [
  warn(
    /(?<![\p{L}])(?:die\s+Konkurrenz|ein\s+Wettbewerber|die\s+Wettbewerber|andere\s+(?:Firmen|Unternehmen|Arbeitgeber))\s+(?:würde|würden|wird|werden|zahlt|zahlen|bezahlt|bezahlen|bietet|bieten)\s+mir\s+(?:sofort\s+|locker\s+|sicher\s+)?(?:viel\s+|deutlich\s+|weit\s+|locker\s+)?(?:mehr|das\s+Doppelte)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:das|so\s+viel)\s+bin\s+ich\s+(?:der\s+Konkurrenz|anderen\s+(?:Firmen|Unternehmen|Arbeitgebern)|dem\s+Markt)\s+wert(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:ich\s+könnte|könnte\s+ich)\s+(?:locker\s+|problemlos\s+|sofort\s+)?(?:woanders|anderswo|bei\s+der\s+Konkurrenz)\s+(?:viel\s+|deutlich\s+)?mehr\s+(?:verdienen|bekommen|kriegen)(?![\p{L}])/giu,
  ),
];

/** Boasting: "Ich bin der Beste", "Ich mache doch immer gute Arbeit", "ohne mich läuft nichts". */
const boasting = [
  warn(
    /(?<![\p{L}])[Ii]ch\s+bin\s+(?:hier\s+|doch\s+|eben\s+|einfach\s+)?(?:der|die)\s+(?:Beste|Fleißigste|Wichtigste|beste\s+(?:Mitarbeiter|Verkäufer|Entwickler)\p{L}*)(?![\p{L}])/gu,
  ),
  warn(
    /(?<![\p{L}])ich\s+(?:mache|leiste|liefere)\s+(?:doch\s+|ja\s+|eben\s+)?(?:immer|stets|ständig)\s+(?:\p{L}+\s+)?(?:gute|sehr\s+gute|tolle|hervorragende|super)\s+(?:Arbeit|Ergebnisse)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])ich\s+mache\s+(?:doch\s+|ja\s+|eben\s+)?(?:einen\s+)?(?:guten|sehr\s+guten|tollen|super|hervorragenden|klasse)\s+Job(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:ohne\s+mich\s+(?:läuft|geht|funktioniert|würde|wäre|klappt)\s+(?:(?:hier|doch|ja|eben|halt|gar|überhaupt|da)\s+){0,3}(?:nichts|nix|nischt)|niemand\s+(?:arbeitet|leistet|macht)\s+(?:hier\s+)?(?:so\s+viel|mehr|besser)\s+(?:wie|als)\s+ich)(?![\p{L}])/giu,
  ),
];

/** A complaint about pay or waiting: "schon ewig keine Gehaltserhöhung", "Wie soll ich bei dem Gehalt …?". */
const payComplaint = [
  // A figure judged as low: "das Angebot scheint mir etwas niedrig".
  warn(
    /(?<![\p{L}])(?:Angebot|Gehalt|Betrag|Bonus|Zahl|Summe|Lohn|Fixum)\s+(?:ist|scheint|wirkt|erscheint)\s+(?:mir\s+)?(?:(?:etwas|ziemlich|sehr|zu|recht|eher|doch|schon)\s+){0,2}(?:niedrig|gering|mager|tief)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:schon\s+)?(?:ewig|ewig\s+lange|seit\s+Ewigkeiten|so\s+lange|lange)\s+(?:\p{L}+\s+){0,2}?(?:keine|nicht\s+eine)\s+(?:Gehaltserhöhung|Erhöhung|Lohnerhöhung|Gehaltsanpassung)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])wie\s+soll\s+ich\s+(?:denn\s+)?(?:bei|mit|von)\s+(?:dem|diesem|so\s+einem|meinem)\s+(?:Gehalt|Lohn|Geld)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:ich\s+warte|warte\s+ich)\s+(?:schon\s+|jetzt\s+)?(?:ewig|seit\s+Ewigkeiten|so\s+lange|seit\s+Jahren)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])für\s+(?:das|dieses|so\s+ein|so\s+wenig)\s+(?:Gehalt|Geld)\s+(?:arbeite|mache)\s+ich(?![\p{L}])/giu,
  ),
];

/** The company's culture or values judged against the writer's: "… stimmen nicht mit meinen überein". */
const valuesVerdict = [
  warn(
    /(?<![\p{L}])(?:Unternehmenskultur|Firmenkultur|Kultur|Werte|Unternehmenswerte)[^.!?\n]{0,80}?nicht\s+(?:\p{L}+\s+)?mit\s+meinen\s+(?:eigenen\s+)?(?:Werten\s+|Vorstellungen\s+)?(?:übereinstimm\p{L}*|überein|vereinbar|zusammenpass\p{L}*)(?![\p{L}])/giu,
  ),
];

/** Private life as the ground for pay: "wir bekommen ein Kind", "ein Haus kaufen", "alles wird teurer". */
const privateLifeReason = [
  warn(
    /(?<![\p{L}])(?:wir|ich)\s+(?:bekommen|bekomme|erwarten|erwarte)\s+(?:\p{L}+\s+){0,2}?(?:ein|das\s+(?:erste|zweite|dritte|vierte)|unser\s+(?:erstes|zweites|drittes))\s+(?:Kind|Baby)(?![\p{L}])/giu,
  ),
  warn(/(?<![\p{L}])(?:ein|unser)\s+(?:Kind|Baby)\s+(?:ist\s+)?unterwegs(?![\p{L}])/giu),
  warn(
    /(?<![\p{L}])(?:ein|eine|einen|unser|unsere)\s+(?:eigenes?\s+|neues?\s+|größere?s?\s+)?(?:Haus|Wohnung|Eigentumswohnung|Auto)\s+(?:\p{L}+\s+){0,3}?(?:kaufen|finanzieren|abbezahlen)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:alles|das\s+Leben|alles\s+im\s+Leben)\s+(?:wird|ist)\s+(?:immer\s+|so\s+|viel\s+)?(?:teurer|so\s+teuer\s+geworden)(?![\p{L}])/giu,
  ),
  warn(
    /(?<![\p{L}])(?:meine|unsere)\s+(?:Miete|Nebenkosten|Kreditrate|Lebenshaltungskosten)\s+(?:ist|sind|wurde|wurden)\s+(?:\p{L}+\s+)?(?:gestiegen|erhöht|teurer)(?![\p{L}])/giu,
  ),
  warn(/(?<![\p{L}])(?:meine|unsere)\s+Familie\s+(?:ernähren|versorgen)(?![\p{L}])/giu),
  warn(/(?<![\p{L}])wir\s+heiraten(?![\p{L}])/giu),
  warn(
    /(?<![\p{L}])(?:meine|unsere)\s+(?:Eltern|Frau|Mann|Partnerin|Partner|Familie)\s+(?:hat|haben|meint|meinen|sagt|sagen|findet|finden|möchte|möchten|will|wollen)\s+(?:mir\s+)?(?:gesagt|gemeint|erwähnt|geraten|dass)(?![\p{L}])/giu,
  ),
];

/** A brush-off on the way out: "Vergessen Sie es", "hat sich erledigt", "dann eben nicht". */
const dismissiveWithdrawal = [
  warn(
    /(?<![\p{L}])(?:vergessen\s+Sie(?:['’]s|\s+es|\s+das)|hat\s+sich\s+(?:dann\s+)?erledigt|dann\s+eben\s+nicht|lassen\s+wir\s+das|schon\s+gut,)(?![\p{L}])/giu,
  ),
];

/** Undercutting one's own ask: "zehn Prozent wären toll, aber mit drei wäre ich auch zufrieden". */
const undercutAsk = [
  // Only after a lower figure, in digits or words, or "weniger": "mit dem Termin bin ich auch
  // einverstanden" is plain.
  warn(
    /(?<![\p{L}])mit\s+(?:(?:etwas\s+)?weniger|(?:nur\s+)?(?:[$€£]?\s?\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s?(?:€|Euro|Prozent|%|k|Tsd\.?)?)\s+(?:wäre|bin|würde)\s+ich\s+(?:aber\s+)?auch\s+(?:schon\s+)?(?:zufrieden|glücklich|einverstanden|froh)(?![\p{L}])/giu,
  ),
  // Only when the casual question is about pay: "ich wollte mal fragen, ob der Termin passt" is plain.
  warn(
    /(?<![\p{L}])ich\s+wollte\s+(?:nur\s+)?mal\s+(?:fragen|nachfragen)(?![\p{L}])(?=[^.!?\n]{0,60}?(?:Gehalt|Vergütung|Bezahlung|Geld|Bonus|Prämie|Erhöhung|mehr\s+drin))/giu,
  ),
];

export const germanFamilies = {
  dealCondition,
  orderedTerms,
  entitlement,
  disjunctiveUltimatum,
  refusalFloor,
  competitorThreat,
  boasting,
  payComplaint,
  privateLifeReason,
  dismissiveWithdrawal,
  undercutAsk,
  retentionThreat,
  valuesVerdict,
} as const;
