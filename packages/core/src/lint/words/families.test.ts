import { describe, expect, it } from 'vitest';
import { severityOf } from '../severity-of.test-helper';
import { germanFamilies } from './families-de';
import { englishFamilies } from './families-en';

type Family = keyof typeof englishFamilies;

/** The rule each family feeds: its findings carry that rule's id. */
const ruleOf: Record<Family, string> = {
  dealCondition: 'no-ultimatum',
  orderedTerms: 'no-demand-as-order',
  entitlement: 'no-demand-as-order',
  disjunctiveUltimatum: 'no-ultimatum',
  refusalFloor: 'no-ultimatum',
  competitorThreat: 'no-ultimatum',
  retentionThreat: 'no-ultimatum',
  boasting: 'no-self-praise',
  payComplaint: 'no-criticism',
  dismissiveWithdrawal: 'no-criticism',
  valuesVerdict: 'no-criticism',
  privateLifeReason: 'no-over-explaining',
  undercutAsk: 'no-hedging',
};

/**
 * Our own sentences for each family (none copied from eval/lint): wordings the family is meant to
 * catch, and near misses a fair message could use, which it must leave alone.
 */
const cases: Record<'en' | 'de', Record<Family, { flawed: string[]; fine: string[] }>> = {
  en: {
    dealCondition: {
      flawed: [
        'Put the sign-on bonus at $20,000 and you have a deal.',
        'Thanks for the call. Cover the relocation in full, and I’ll sign today.',
        'Bring the base to $150,000, and I will accept the offer.',
      ],
      fine: [
        'I have read the contract, and I’ll sign it by Friday.',
        'Would you be able to bring the base to $150,000? With that I would be glad to sign.',
        'The team has a good deal of freedom, and I like that.',
      ],
    },
    orderedTerms: {
      flawed: [
        'Double the equity grant.',
        'Thank you. Give me four weeks of vacation, not three.',
        'Lower my on-call load to one week a month.',
      ],
      fine: [
        'Please send me the contract when it is ready.',
        'Give me a call if anything is unclear.',
        'Extend my thanks to the whole panel.',
        'Drop me a line if anything changes.',
        'Could you raise the base to $140,000?',
        'Raising the base to $140,000 would close the gap with my current pay.',
        'I would like the base to be $140,000.',
      ],
    },
    entitlement: {
      flawed: [
        'I am expecting a signing bonus of some kind.',
        'For someone at my level I expect nothing less than the top of the band.',
        'Given my track record, I deserve the senior title.',
        'I expect the company to match my current pension.',
      ],
      fine: [
        'I am expecting to hear from the other team by Friday.',
        'Given my notice period, I could start on 3 March.',
        'We are expecting the contract next week.',
      ],
    },
    disjunctiveUltimatum: {
      flawed: [
        'Either you move the base to $140,000 or I walk.',
        'Either the bonus doubles, or I am leaving.',
        'Thanks for the call. Raise the equity or I’m out.',
        'Otherwise I will look elsewhere.',
      ],
      fine: [
        'Either Tuesday or Wednesday works for me.',
        'I could start in May, or I could join in June if that suits the team better.',
      ],
    },
    refusalFloor: {
      flawed: [
        'I cannot accept anything lower than $95,000.',
        'I won’t settle for less than the midpoint of the band.',
        'Anything under $80k is a non-starter.',
        'As I said, I want at least another $15,000.',
      ],
      fine: [
        'I cannot accept the offer as it stands, but I would gladly sign at $95,000.',
        'The role has at least three direct reports, so I am asking for $150,000.',
      ],
    },
    competitorThreat: {
      flawed: [
        'Other companies would pay me a lot more for this work.',
        'Your competitors would happily offer me double.',
        'I could easily get more somewhere else.',
      ],
      fine: [
        'Other companies in Austin pay about $130,000 for this role.',
        'I could get started somewhere around the 1st of June.',
      ],
    },
    retentionThreat: {
      flawed: [
        'If you want to keep me, the salary has to change.',
        'If you want me to stay, make me an offer.',
        'Honestly, I am already out the door.',
      ],
      fine: ['If you want me to start earlier, I can move my notice date.'],
    },
    boasting: {
      flawed: [
        'I am by far the best engineer on the team.',
        'I always deliver excellent work, as you know.',
        'Nobody here works harder than I do.',
        'Even though you have other strong applicants, I am the one to hire.',
        'I am certain that I can dramatically grow your sales.',
        'Without me, nothing gets shipped on time.',
      ],
      fine: [
        'I led the billing migration and cut the release time in half.',
        'The best part of the role for me is the platform work.',
        'I know I can start on 1 March.',
        'I am sure that I can get the visa in time.',
      ],
    },
    payComplaint: {
      flawed: [
        'How am I supposed to live on this salary?',
        'I haven’t had a raise in years.',
        'I have been waiting forever for this review.',
        'Thank you. The base seems a bit low compared to the market.',
      ],
      fine: [
        'Since my last raise two years ago I have taken on the on-call rota.',
        'Thank you for waiting while I spoke with my family.',
        'The risk of the move is low, and the pay is fair.',
        'The cost of living there is low-ish.',
        'The attrition rate is low, which speaks for the team.',
        'This is low on my list of questions.',
      ],
    },
    privateLifeReason: {
      flawed: [
        'We want to buy a house next year, so I need more.',
        'My rent went up again in March.',
        'We are expecting our second child in the autumn.',
        'Everything is getting more expensive these days.',
        'My husband thinks the offer is too low.',
      ],
      fine: [
        'The office is a short walk from the house.',
        'My partner and I are relocating to Leeds, which is why the start date matters.',
      ],
    },
    dismissiveWithdrawal: {
      flawed: ['Never mind, I will look elsewhere. Good luck!', 'Just forget it.'],
      fine: [
        'I wish you the best of luck in finding the right person for the role.',
        'Never mind the typo in my last email; the start date I meant is 4 May.',
        'I never mind a longer commute for a team like yours.',
      ],
    },
    valuesVerdict: {
      flawed: ['After some thought, your company culture does not align with mine.'],
      fine: ['After some thought, I have decided to accept an offer closer to home.'],
    },
    undercutAsk: {
      flawed: [
        'I am asking for $120,000, but I would also be happy with $110,000.',
        'Ten percent would be ideal, but I’d be fine with less.',
      ],
      fine: ['I am asking for $120,000, and I would be happy to discuss the bonus as well.'],
    },
  },
  de: {
    dealCondition: {
      flawed: [
        'Legen Sie beim Bonus 5.000 Euro drauf, und wir sind im Geschäft.',
        'Übernehmen Sie die Umzugskosten, und ich unterschreibe noch heute.',
      ],
      fine: [
        'Ich habe den Vertrag gelesen und unterschreibe ihn bis Freitag.',
        'Wir sind uns im Grundsatz einig, und ich freue mich auf den Start.',
      ],
    },
    orderedTerms: {
      flawed: [
        'Erhöhen Sie mein Grundgehalt auf 85.000 Euro.',
        'Vielen Dank. Gib mir zwei Wochen mehr Urlaub.',
      ],
      fine: [
        'Zahlen Sie das Gehalt zum Monatsende aus?',
        'Bitte senden Sie mir den Vertrag zu.',
        'Geben Sie mir bitte Bescheid, ob der Termin passt.',
        'Könnten Sie das Grundgehalt auf 85.000 Euro erhöhen?',
      ],
    },
    entitlement: {
      flawed: [
        'Ich erwarte nicht weniger als 90.000 Euro.',
        'Angesichts meiner Erfahrung erwarte ich eine höhere Einstufung.',
      ],
      fine: [
        'Ich erwarte Ihre Antwort bis Freitag gern.',
        'Aufgrund meiner Kündigungsfrist kann ich am 1. April beginnen.',
      ],
    },
    disjunctiveUltimatum: {
      flawed: [
        'Entweder die Firma legt beim Bonus nach, oder ich gehe.',
        'Entweder bekomme ich eine Anpassung oder ich bin weg.',
        'Das Gehalt muss steigen, oder ich kündige.',
      ],
      fine: [
        'Entweder Dienstag oder Mittwoch passt mir gut.',
        'Wir können telefonieren, oder ich gehe kurz bei Ihnen vorbei.',
      ],
    },
    refusalFloor: {
      flawed: [
        'Unter 75.000 Euro mache ich es nicht.',
        'Für weniger fange ich gar nicht erst an.',
        'Weniger als 70.000 kommt für mich nicht in Frage.',
        'Das brauche ich, sonst ist der Umzug schlicht nicht machbar.',
      ],
      fine: [
        'Unter den Angeboten ist Ihres mein Favorit.',
        'Mit 75.000 Euro würde ich gerne zusagen.',
      ],
    },
    competitorThreat: {
      flawed: [
        'Andere Firmen würden mir locker mehr zahlen.',
        'Die Konkurrenz bietet mir deutlich mehr.',
        'Ich könnte woanders viel mehr verdienen.',
        'So viel bin ich der Konkurrenz wert.',
      ],
      fine: ['Andere Firmen in München zahlen für diese Rolle etwa 85.000 Euro.'],
    },
    retentionThreat: {
      flawed: [
        'Wenn Sie mich halten wollen, müssen Sie mir mehr bieten.',
        'Wenn ich bleiben soll, musst du beim Gehalt nachlegen.',
        'Ich bin ehrlich gesagt schon auf dem Sprung.',
      ],
      fine: [
        'Wenn Sie möchten, schicke ich Ihnen die Unterlagen bis Freitag.',
        'Ich bleibe gern bis Ende März, damit die Übergabe klappt.',
      ],
    },
    boasting: {
      flawed: [
        'Ich bin hier die Beste.',
        'Ich mache doch immer sehr gute Arbeit.',
        'Ich mache einen super Job.',
        'Ohne mich läuft hier nichts.',
        'Ohne mich geht doch hier gar nix.',
      ],
      fine: [
        'Ich habe im letzten Jahr die Umstellung auf das neue System geleitet.',
        'Das Beste an der Stelle ist für mich das Team.',
      ],
    },
    payComplaint: {
      flawed: [
        'Ich habe seit Ewigkeiten keine Gehaltserhöhung bekommen.',
        'Wie soll ich mit diesem Gehalt eine Familie gründen?',
        'Ich warte schon ewig auf das Gespräch.',
        'Das Angebot scheint mir etwas niedrig.',
      ],
      fine: [
        'Seit meiner letzten Gehaltsanpassung vor zwei Jahren leite ich das Team.',
        'Das Risiko ist gering, und das Team gefällt mir.',
      ],
    },
    privateLifeReason: {
      flawed: [
        'Wir bekommen im Sommer ein Kind.',
        'Wir wollen eine Wohnung in der Stadt kaufen.',
        'Alles wird immer teurer.',
        'Meine Miete ist schon wieder gestiegen.',
        'Meine Eltern haben gesagt, dass ich mehr verlangen soll.',
      ],
      fine: [
        'Das Büro liegt nah an meiner Wohnung, das passt gut.',
        'Meine Eltern wohnen in Köln, deshalb freue ich mich auf den Standort.',
      ],
    },
    dismissiveWithdrawal: {
      flawed: ['Vergessen Sie es, ich suche weiter.', 'Dann eben nicht.'],
      fine: ['Ich wünsche Ihnen viel Erfolg bei der weiteren Suche.'],
    },
    valuesVerdict: {
      flawed: ['Leider stimmen Ihre Werte nicht mit meinen eigenen überein.'],
      fine: ['Leider habe ich mich für eine Stelle näher an meinem Wohnort entschieden.'],
    },
    undercutAsk: {
      flawed: [
        'Ich hätte gern 80.000 Euro, mit 75.000 wäre ich aber auch zufrieden.',
        'Zwölf Prozent wären ideal, aber mit fünf Prozent wäre ich auch froh.',
        'Ich wollte mal fragen, ob beim Gehalt noch etwas geht.',
      ],
      fine: [
        'Ich hätte gern 80.000 Euro und wäre damit sehr zufrieden.',
        'Mit einem Beginn am 1. Juni bin ich auch einverstanden.',
        'Ich wollte mal fragen, ob der Termin am Dienstag noch passt.',
      ],
    },
  },
};

const families = { en: englishFamilies, de: germanFamilies };

describe('wording families added after held-out run 7', () => {
  for (const language of ['en', 'de'] as const) {
    it(`has our own sentences for every ${language} family`, () => {
      expect(Object.keys(cases[language]).sort()).toEqual(Object.keys(families[language]).sort());
    });
    for (const [family, { flawed, fine }] of Object.entries(cases[language]) as [
      Family,
      { flawed: string[]; fine: string[] },
    ][]) {
      const ruleId = ruleOf[family];
      for (const text of flawed) {
        it(`${language} ${family}: ${ruleId} warns on "${text}"`, () => {
          expect(severityOf(text, ruleId, { language })).toBe('warning');
        });
      }
      for (const text of fine) {
        it(`${language} ${family}: ${ruleId} leaves "${text}" alone`, () => {
          expect(severityOf(text, ruleId, { language })).toBeUndefined();
        });
      }
    }
  }
});

describe('an ellipsis where a value belongs', () => {
  it('warns on a trailing slot after a word that needs a value', () => {
    for (const [text, language] of [
      ['I would be happier with…', 'en'],
      ['I am looking for a base of … per year.', 'en'],
      ['Ich hätte gerne ein Gehalt von …', 'de'],
    ] as const) {
      expect(severityOf(text, 'no-placeholder', { language })).toBe('warning');
    }
  });
  it('warns on a verb or an article before an ellipsis only when it ends the text', () => {
    expect(severityOf('My expected salary is…', 'no-placeholder', { language: 'en' })).toBe(
      'warning',
    );
    expect(
      severityOf('The answer is… yes, I would love to join.', 'no-placeholder', { language: 'en' }),
    ).toBeUndefined();
    expect(
      severityOf('Meine Antwort ist … ja, sehr gern.', 'no-placeholder', { language: 'de' }),
    ).toBeUndefined();
  });
  it('leaves a pause after a full word alone', () => {
    expect(
      severityOf('I was thinking… could we talk on Friday?', 'no-placeholder', { language: 'en' }),
    ).toBe(undefined);
    expect(
      severityOf('Ich habe lange überlegt …', 'no-placeholder', { language: 'de' }),
    ).toBeUndefined();
  });
});

describe('other shapes of a blank', () => {
  it('reports a dash run inside a line, a template note in parentheses and a range of letters', () => {
    for (const [text, language] of [
      ['Thank you for the ---- role at your company.', 'en'],
      ['Thank you for the offer (add the start date here).', 'en'],
      ['My expectation is between X and Y per year.', 'en'],
      ['Meine Vorstellung liegt zwischen X und Y Euro.', 'de'],
    ] as const) {
      expect(severityOf(text, 'no-placeholder', { language })).toBe('error');
    }
  });
  it('leaves a separator line, a plain aside and real letters alone', () => {
    for (const text of [
      'Thank you for the offer.\n---\nAna',
      'Thank you (and the whole team) for the offer.',
      'The bus runs from A to B every ten minutes, so the commute is easy.',
    ]) {
      expect(severityOf(text, 'no-placeholder', { language: 'en' })).toBeUndefined();
    }
  });
});
