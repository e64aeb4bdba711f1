import type { Phrasebook, Slots } from './phrasebook';
import type { Reason } from './scenario';

const numberWords = [
  'null',
  'einen',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
];

const declineReasons: Record<Reason, string[]> = {
  'accepted-other': [
    'Ich habe ein anderes Angebot angenommen, das gerade besser zu meinen Plänen passt.',
    'Ich habe mich für eine andere Stelle entschieden.',
  ],
  goals: [
    'Die Rolle passt nicht ganz zu der Richtung, in die ich mich beruflich entwickeln möchte.',
    'Ich suche eine Rolle, die näher an meinen längerfristigen Zielen liegt.',
  ],
  compensation: [
    'Das Gesamtpaket passt derzeit nicht zu dem, was ich brauche.',
    'Am Ende passt das Paket finanziell gerade nicht zu meiner Situation.',
  ],
  relocation: [
    'Der Umzug, den die Stelle erfordert, ist für meine Familie derzeit nicht möglich.',
    'Ein Umzug für die Stelle ist für mich im Moment nicht machbar.',
  ],
  location: [
    'Der Standort passt im Alltag nicht für mich.',
    'Am Ende passt der Standort für mich derzeit nicht.',
  ],
  'work-life': [
    'Ich brauche derzeit ein anderes Gleichgewicht zwischen Arbeit und Privatleben, als die Stelle erlaubt.',
    'Arbeitszeiten und Rhythmus der Stelle passen gerade nicht zu dem Ausgleich, den ich brauche.',
  ],
  culture: [
    'Ich habe gemerkt, dass mir eine andere Arbeitsweise besser liegt.',
    'Am besten arbeite ich in einem Team, das etwas anders arbeitet.',
  ],
  personal: [
    'Aus persönlichen Gründen ist jetzt nicht der richtige Zeitpunkt für einen Wechsel.',
    'Meine persönliche Situation lässt einen Wechsel im Moment nicht zu.',
  ],
  none: [],
};

const feedbackPoints: Record<Reason, string[]> = {
  'accepted-other': [
    'Den Ausschlag gab ein anderes Angebot, das etwas besser zu meinen Plänen passte, nicht Ihr Prozess.',
  ],
  goals: [
    'Den Ausschlag gab die Frage, welcher nächste Schritt zu meinen Zielen passt, nicht das Team.',
  ],
  compensation: [
    'Den Ausschlag gab das Gesamtpaket. Die volle Gehaltsspanne früher zu kennen, hätte mir bei der Planung geholfen.',
  ],
  relocation: [
    'Den Ausschlag gab der Umzug. Frühere Details zur Umzugsunterstützung hätten mir bei der Abwägung geholfen.',
  ],
  location: ['Den Ausschlag gab der Standort, nicht Ihr Prozess.'],
  'work-life': [
    'Den Ausschlag gab das Gleichgewicht zwischen Arbeit und Privatleben; ein klares Bild der Arbeitszeiten früh im Prozess hätte geholfen.',
  ],
  culture: [
    'Den Ausschlag gab die Arbeitsweise, die zu mir passt, nicht etwas, was Ihr Team getan hat.',
  ],
  personal: ['Der Zeitpunkt lag an meiner persönlichen Situation, nicht am Prozess.'],
  none: ['Am Ende ging es um die Passung zu meinen eigenen Plänen.'],
};

const days = (n: number) =>
  `${numberWords[n] ?? String(n)} ${n === 1 ? 'weiteren Arbeitstag' : 'weitere Arbeitstage'}`;
const nameOr = (s: Slots) => (s.first ? ` ${s.first}` : '');

const startCauses = {
  visa: 'Wegen des Visums',
  notice: 'Wegen meiner Kündigungsfrist',
  move: 'Wegen des Umzugs',
};
/** Wenn der angebotene Beginn nicht machbar ist: der früheste machbare, mit Grund. */
const laterStart = (s: Slots) =>
  s.start && s.startRevised
    ? [
        `${startCauses[s.startRevised]} kann ich frühestens am ${s.start} beginnen; können wir das als Starttermin vereinbaren?`,
      ]
    : [];

export const germanPhrasebook: Phrasebook = {
  greeting: (s) => {
    if (s.tone === 'formal')
      return s.full ? `Guten Tag ${s.full},` : 'Sehr geehrte Damen und Herren,';
    return s.first ? `Hallo ${s.first},` : 'Guten Tag,';
  },
  signoff: {
    warm: ['Herzliche Grüße', 'Viele Grüße', 'Beste Grüße'],
    formal: ['Mit freundlichen Grüßen', 'Freundliche Grüße'],
    brief: ['Viele Grüße', 'Beste Grüße'],
  },
  warmLine: [
    () => 'Ich habe die Gespräche mit Ihnen und dem Team sehr geschätzt.',
    () => 'Das Kennenlernen des Teams hat mir viel Freude gemacht.',
  ],
  lateLine: [
    () =>
      'Mir ist bewusst, dass meine Antwort nach Ablauf der Frist kommt, und ich danke Ihnen für Ihre Geduld.',
    () => 'Ich weiß, dass ich mich verspätet melde, und danke Ihnen für Ihre Geduld.',
  ],
  recruiterThanks: [
    (s) => `Vielen Dank für Ihre Unterstützung im Prozess mit ${s.company}.`,
    (s) => `Danke, dass Sie mich durch den Prozess mit ${s.company} begleitet haben.`,
  ],
  relayToManager: [
    (s) => `Könnten Sie dies bitte mit meinem Dank an ${s.manager} weitergeben?`,
    (s) => `Bitte richten Sie ${s.manager} meinen Dank aus.`,
  ],
  phoneOpening: [
    (s) => `Hallo${nameOr(s)}, hier ist ${s.sender ?? 'Ihr Kandidat'}. Haben Sie kurz Zeit?`,
    (s) => `Guten Tag${nameOr(s)}, ${s.sender ?? 'ich'} hier. Passt es gerade?`,
  ],
  phoneClose: [
    () => 'Ich schicke Ihnen heute noch eine kurze E-Mail, damit Sie es schriftlich haben.',
    () => 'Ich bestätige das heute noch per E-Mail.',
  ],
  followUpIntro: [
    () =>
      'Vielen Dank für das Telefonat heute. Wie versprochen, hier alles noch einmal schriftlich.',
    () => 'Danke für das Gespräch heute. Zur Bestätigung schriftlich:',
  ],
  followUpSubject: [
    (s) => `Unser Telefonat: ${s.role}`,
    (s) => `Bestätigung unseres Gesprächs zur Stelle ${s.role}`,
  ],
  businessDays: days,
  payLabels: { base: 'Grundgehalt', 'sign-on': 'Antrittsprämie', equity: 'Aktienpaket' },
  scenarios: {
    decline: {
      subject: [
        (s) => `Ihr Angebot für die Stelle ${s.role}`,
        (s) => `${s.role}: meine Entscheidung`,
      ],
      thanks: [
        (s) => `Vielen Dank für Ihr Angebot für die Stelle ${s.role} bei ${s.company}.`,
        (s) =>
          `Herzlichen Dank für das Angebot als ${s.role} und für die Zeit, die sich ${s.company} genommen hat.`,
      ],
      core: (s, pick) => {
        const decision = pick('decline.decision', [
          'Nach reiflicher Überlegung habe ich mich entschieden, das Angebot abzulehnen.',
          'Ich habe mich entschieden, das Angebot nicht anzunehmen.',
        ]);
        const reason = declineReasons[s.reason];
        return reason.length > 0 ? [decision, pick('decline.reason', reason)] : [decision];
      },
      close: [
        () => 'Ich hoffe, dass sich unsere Wege wieder kreuzen.',
        () => 'Ich wünsche Ihnen und dem Team alles Gute.',
      ],
    },
    withdraw: {
      subject: [
        (s) => `Meine Bewerbung als ${s.role}`,
        (s) => `${s.role}: Rückzug meiner Bewerbung`,
      ],
      thanks: [
        (s) =>
          `Vielen Dank, dass Sie mich für die Stelle ${s.role} bei ${s.company} in Betracht ziehen.`,
        () => 'Vielen Dank für die Zeit, die Sie in meine Bewerbung investiert haben.',
      ],
      core: (s, pick) => {
        const decision = pick('withdraw.decision', [
          'Ich habe mich entschieden, meine Bewerbung zurückzuziehen.',
          'Hiermit ziehe ich meine Bewerbung zurück.',
        ]);
        const reason = declineReasons[s.reason];
        return reason.length > 0 ? [decision, pick('withdraw.reason', reason)] : [decision];
      },
      close: [
        () => 'Ich hoffe, dass wir in Zukunft einmal zusammenarbeiten.',
        () => 'Ich wünsche Ihnen viel Erfolg bei der Besetzung der Stelle.',
      ],
    },
    extension: {
      subject: [
        (s) => `Angebot ${s.role}: etwas mehr Zeit`,
        (s) => `Zeitpunkt meiner Entscheidung zur Stelle ${s.role}`,
      ],
      thanks: [
        (s) => `Nochmals vielen Dank für Ihr Angebot für die Stelle ${s.role} bei ${s.company}.`,
        (s) => `Vielen Dank für das Angebot als ${s.role}; ich nehme es sehr ernst.`,
      ],
      core: (s, pick) => {
        const ask = pick('extension.ask', [
          `Könnte ich ${days(s.days)} Bedenkzeit bekommen, also bis ${s.until}?`,
          `Wäre es möglich, mir ${days(s.days)} Zeit zu nehmen und Ihnen bis ${s.until} zu antworten?`,
        ]);
        if (s.short) return [ask];
        const commitment = s.committedBy
          ? [
              `Einem anderen Arbeitgeber habe ich bereits eine Antwort bis ${s.committedBy} zugesagt.`,
            ]
          : [];
        return [
          ask,
          ...commitment,
          pick('extension.why', [
            'Ich möchte diese Entscheidung mit der nötigen Sorgfalt treffen.',
            'Ich möchte die Entscheidung in Ruhe und mit allen Informationen treffen.',
          ]),
          'Bis dahin haben Sie eine klare Antwort von mir.',
        ];
      },
      close: [
        () => 'Vielen Dank für Ihr Verständnis.',
        () => 'Ich danke Ihnen für Ihre Flexibilität.',
      ],
    },
    negotiate: {
      subject: [
        (s) => `Angebot ${s.role}: eine Frage vor meiner Entscheidung`,
        (s) => `Ihr Angebot für die Stelle ${s.role}`,
      ],
      thanks: [
        (s) => `Vielen Dank für Ihr Angebot für die Stelle ${s.role} bei ${s.company}.`,
        (s) => `Vielen Dank für das Angebot als ${s.role}; ich freue mich sehr darüber.`,
      ],
      core: (s, pick) => {
        const questions = s.asks.map((ask, index) =>
          pick(`negotiate.ask.${index}`, [
            `Wäre beim Punkt „${ask.label}“ ein Wert von ${ask.amount} möglich?`,
            `Gibt es beim Punkt „${ask.label}“ Spielraum bis ${ask.amount}?`,
          ]),
        );
        const intro = pick('negotiate.intro', [
          'Ich möchte gern zusagen und habe dazu eine Frage zu den Konditionen.',
          'Mir liegt daran, dass es klappt, deshalb eine Frage zu den Konditionen.',
        ]);
        const outro = pick('negotiate.outro', [
          'Wenn wir uns darauf einigen können, sage ich gern zu.',
          'Damit wäre ich bereit zu unterschreiben.',
        ]);
        return s.short ? [...questions, outro] : [intro, ...questions, outro];
      },
      close: [
        () => 'Ich freue mich auf Ihre Rückmeldung.',
        (s) =>
          s.channel === 'phone'
            ? 'Gern gehen wir das jetzt gemeinsam durch.'
            : 'Gern bespreche ich das auch telefonisch.',
      ],
    },
    'counter-request': {
      subject: [
        (s) => `Überarbeitetes Angebot für die Stelle ${s.role}`,
        (s) => `${s.role}: das neue Angebot schriftlich`,
      ],
      thanks: [
        (s) =>
          `Vielen Dank, dass Sie mit neuen Konditionen für die Stelle ${s.role} auf mich zukommen.`,
        () => 'Vielen Dank für das überarbeitete Angebot, über das wir gesprochen haben.',
      ],
      core: (s, pick) => {
        const ask = pick('counter-request.ask', [
          'Könnten Sie mir die neuen Konditionen schriftlich schicken, damit ich sie sorgfältig prüfen kann?',
          'Könnten Sie mir das überarbeitete Angebot schriftlich bestätigen?',
        ]);
        return s.short
          ? [ask]
          : [ask, 'Sobald ich das Schreiben habe, melde ich mich zeitnah bei Ihnen.'];
      },
      close: [() => 'Vielen Dank für Ihre Unterstützung.', () => 'Danke im Voraus.'],
    },
    'counter-decline': {
      subject: [
        (s) => `Ihr überarbeitetes Angebot für die Stelle ${s.role}`,
        (s) => `${s.role}: meine Entscheidung`,
      ],
      thanks: [
        () => 'Vielen Dank für das überarbeitete Angebot und die Mühe, die darin steckt.',
        (s) =>
          `Danke, dass Sie die Konditionen für die Stelle ${s.role} noch einmal überdacht haben.`,
      ],
      core: (s, pick) => {
        const decision = pick('counter-decline.decision', [
          'Nach reiflicher Überlegung habe ich mich entschieden, auch das überarbeitete Angebot abzulehnen.',
          'Ich habe mich entschieden, das Angebot nicht anzunehmen; meine Entscheidung steht fest.',
        ]);
        const reason = declineReasons[s.reason];
        return reason.length > 0 && !s.short
          ? [decision, pick('counter-decline.reason', reason)]
          : [decision];
      },
      close: [
        () => 'Ich hoffe, dass sich unsere Wege wieder kreuzen.',
        () => 'Ich wünsche Ihnen und dem Team alles Gute.',
      ],
    },
    'counter-accept': {
      subject: [
        (s) => `Zusage zum überarbeiteten Angebot: ${s.role}`,
        (s) => `${s.role}: meine Zusage`,
      ],
      thanks: [
        () => 'Vielen Dank für das überarbeitete Angebot.',
        (s) =>
          `Danke, dass Sie mit neuen Konditionen für die Stelle ${s.role} zurückgekommen sind.`,
      ],
      core: (s, pick) => {
        const decision = pick('counter-accept.decision', [
          'Ich nehme das überarbeitete Angebot gern an, vielen Dank.',
          'Ich nehme das überarbeitete Angebot gern an.',
        ]);
        const terms = `Nach meinem Verständnis ist das die Stelle ${s.role} mit einem Grundgehalt von ${s.base}${s.start && !s.startRevised ? ` und Beginn am ${s.start}` : ''}.`;
        const contract = 'Könnten Sie mir den angepassten Vertrag zur Unterschrift schicken?';
        return [
          decision,
          terms,
          ...laterStart(s),
          ...(s.short && s.startRevised ? [] : [contract]),
        ];
      },
      close: [
        () => 'Ich freue mich auf den Start.',
        () => 'Ich freue mich darauf, Teil des Teams zu werden.',
      ],
    },
    accept: {
      subject: [(s) => `Zusage: ${s.role}`, (s) => `${s.role}: ich nehme Ihr Angebot an`],
      thanks: [
        (s) => `Vielen Dank für Ihr Angebot für die Stelle ${s.role} bei ${s.company}.`,
        (s) => `Herzlichen Dank für das Angebot als ${s.role}.`,
      ],
      core: (s, pick) => {
        const decision = pick('accept.decision', [
          'Ich nehme das Angebot sehr gern an.',
          `Ich freue mich, das Angebot von ${s.company} anzunehmen.`,
        ]);
        const terms = `Zur Bestätigung, was ich annehme: die Stelle ${s.role} mit einem Grundgehalt von ${s.base}${s.start && !s.startRevised ? ` und Beginn am ${s.start}` : ''}, wie in Ihrem schriftlichen Angebot beschrieben.`;
        const next = 'Könnten Sie mir den Vertrag schicken und mir die nächsten Schritte nennen?';
        return [decision, terms, ...laterStart(s), ...(s.short && s.startRevised ? [] : [next])];
      },
      close: [
        () => 'Ich freue mich auf die Zusammenarbeit.',
        () => 'Ich freue mich darauf, loszulegen.',
      ],
    },
    feedback: {
      subject: [
        (s) => `Rückmeldung zum Prozess für die Stelle ${s.role}`,
        () => 'Ihre Bitte um Feedback',
      ],
      thanks: [
        () => 'Vielen Dank, dass Sie nach meinem Feedback fragen.',
        (s) =>
          `Danke für die Gelegenheit, eine Rückmeldung zum Prozess für die Stelle ${s.role} zu geben.`,
      ],
      core: (s, pick) => {
        const point = pick('feedback.point', feedbackPoints[s.reason]);
        if (s.short) return [point];
        return [
          pick('feedback.good', [
            'Die Gespräche mit dem Team haben mir ein klares Bild der Rolle gegeben.',
            'Ich habe geschätzt, wie offen das Team über die Arbeit gesprochen hat.',
          ]),
          point,
        ];
      },
      close: [
        () => 'Ich hoffe, das hilft Ihnen weiter.',
        () => 'Ich hoffe, das ist für die nächste Besetzung hilfreich.',
      ],
    },
  },
};
