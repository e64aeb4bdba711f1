import type { Phrasebook, Slots } from './phrasebook';
import type { Reason } from './scenario';

const numberWords = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** Short, neutral reasons for saying no; none of them blames anyone. */
const declineReasons: Record<Reason, string[]> = {
  'accepted-other': [
    'I have accepted another offer that fits my plans more closely right now.',
    'I have accepted a role elsewhere.',
    'I have said yes to another offer.',
  ],
  goals: [
    'The role is not quite the direction I want my career to take next.',
    'I am looking for a role that is closer to my longer-term goals.',
  ],
  compensation: [
    'The overall package does not meet what I need at this point.',
    'In the end, the package does not fit my financial needs right now.',
  ],
  relocation: [
    'The move the role needs does not work for my family at this time.',
    'Relocating for the role is not possible for me right now.',
  ],
  location: [
    'The location does not work for me day to day.',
    'In the end, the location is not right for me at this point.',
  ],
  'work-life': [
    'I need a better balance between work and the rest of my life than the role allows right now.',
    'The hours and rhythm of the role do not fit the balance I need at this point.',
  ],
  // Culture, told as fit, never as a judgement of the team.
  culture: [
    'I came away feeling that a different way of working would suit me better.',
    'I would do my best work in a team that works a little differently.',
  ],
  personal: [
    'Personal circumstances mean this is not the right time for me to make a change.',
    'For personal reasons, now is not the right time for me to move.',
  ],
  none: [],
};

/** What helped decide, told as something useful for their next candidate. */
const feedbackPoints: Record<Reason, string[]> = {
  'accepted-other': [
    'My decision came down to another offer that matched my plans a little more closely, not to anything in your process.',
  ],
  goals: [
    'My decision came down to fit with the next step I want to take, rather than anything about the team.',
  ],
  compensation: [
    'The deciding factor was the overall package. Seeing the full range earlier in the process would have helped me plan.',
  ],
  relocation: [
    'The deciding factor was the move. More detail on relocation support early on would have helped me weigh it.',
  ],
  location: ['The deciding factor was the location, not anything in the process.'],
  'work-life': [
    'The deciding factor was the balance between work and home; a clear picture of the hours early on would have helped.',
  ],
  culture: ['It came down to the way of working that suits me, rather than anything the team did.'],
  personal: ['The timing was down to my own circumstances rather than the process.'],
  none: ['In the end it came down to fit with my own plans.'],
};

const businessDays = (days: number) =>
  `${numberWords[days] ?? String(days)} more business ${days === 1 ? 'day' : 'days'}`;
const firstOr = (s: Slots, fallback: string) => s.first ?? fallback;
/** "a" or "an" by the sound of the next word (our pay labels and roles start with a plain vowel or not). */
export const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

const startCauses = { visa: 'the visa to arrange', notice: 'my notice period', move: 'the move' };
/** When the offered start cannot be met, the earliest feasible one, proposed with its reason. */
const laterStart = (s: Slots) =>
  s.start && s.startRevised
    ? [
        `With ${startCauses[s.startRevised]}, the earliest I can start is ${s.start}; could we agree on that as my start date?`,
      ]
    : [];

export const englishPhrasebook: Phrasebook = {
  greeting: (s) => {
    if (s.tone === 'formal') return s.full ? `Dear ${s.full},` : 'Dear hiring team,';
    return s.first ? `Hi ${s.first},` : 'Hello,';
  },
  signoff: {
    warm: ['Best wishes,', 'Warm regards,', 'All the best,'],
    formal: ['Kind regards,', 'Best regards,', 'Yours sincerely,'],
    brief: ['Best,', 'Regards,'],
  },
  warmLine: [
    () => 'I enjoyed getting to know you and the team.',
    () => 'I have enjoyed our conversations throughout the process.',
    () => 'Meeting the team was a highlight of my search.',
  ],
  lateLine: [
    () => 'I know this reply comes after the deadline, and I appreciate your patience.',
    () => 'I realise the deadline has passed, and I am grateful for your patience.',
  ],
  recruiterThanks: [
    (s) => `Thank you for your help throughout the process with ${s.company}.`,
    (s) => `Thank you for guiding me through the ${s.company} process.`,
  ],
  relayToManager: [
    (s) => `Could you please pass this on to ${s.manager} with my thanks?`,
    (s) => `Please let ${s.manager} know, with my thanks.`,
  ],
  phoneOpening: [
    (s) => `Hi ${firstOr(s, 'there')}, it is ${s.sender ?? 'me'}. Do you have a few minutes?`,
    (s) => `Hello ${firstOr(s, 'there')}, ${s.sender ?? 'it is me'} here. Is now a good time?`,
  ],
  phoneClose: [
    () => 'I will send you a short email today to confirm this in writing.',
    () => 'I will follow up by email today so you have this in writing.',
  ],
  followUpIntro: [
    () => 'Thank you for taking my call today. As promised, here it is in writing.',
    () => 'Thanks again for speaking with me today. To confirm what we discussed:',
  ],
  followUpSubject: [
    (s) => `Following up on our call: ${s.role}`,
    (s) => `Confirming our call about the ${s.role} role`,
  ],
  businessDays,
  payLabels: { base: 'base salary', 'sign-on': 'sign-on bonus', equity: 'equity grant' },
  scenarios: {
    decline: {
      subject: [(s) => `Your offer for the ${s.role} role`, (s) => `${s.role}: my decision`],
      thanks: [
        (s) => `Thank you for the offer for the ${s.role} role at ${s.company}.`,
        (s) => `Thank you for offering me the ${s.role} position at ${s.company}.`,
        (s) =>
          `Many thanks for the ${s.role} offer, and for the time ${s.company} put into the process.`,
      ],
      core: (s, pick) => {
        const decision = pick('decline.decision', [
          'After careful thought, I have decided to decline the offer.',
          'I have decided not to accept the offer.',
          'Having thought it through, I have decided to decline.',
        ]);
        const reason = declineReasons[s.reason];
        return reason.length > 0 ? [decision, pick('decline.reason', reason)] : [decision];
      },
      close: [
        () => 'I hope our paths cross again.',
        () => 'I would be glad to stay in touch.',
        () => 'I wish you and the team every success.',
      ],
    },
    withdraw: {
      subject: [
        (s) => `My application for the ${s.role} role`,
        (s) => `${s.role}: withdrawing my application`,
      ],
      thanks: [
        (s) => `Thank you for considering me for the ${s.role} role at ${s.company}.`,
        (s) => `Thank you for the time you have spent on my application for the ${s.role} role.`,
      ],
      core: (s, pick) => {
        const decision = pick('withdraw.decision', [
          'I have decided to withdraw my application.',
          'I would like to withdraw from the process.',
        ]);
        const reason = declineReasons[s.reason];
        return reason.length > 0 ? [decision, pick('withdraw.reason', reason)] : [decision];
      },
      close: [
        () => 'I hope we have the chance to work together in the future.',
        () => 'I wish you every success in filling the role.',
      ],
    },
    extension: {
      subject: [
        (s) => `${s.role} offer: a little more time`,
        (s) => `Timing of my decision on the ${s.role} role`,
      ],
      thanks: [
        (s) => `Thank you again for the offer for the ${s.role} role at ${s.company}.`,
        (s) => `Thank you for the ${s.role} offer; I am taking it seriously.`,
      ],
      core: (s, pick) => {
        const ask = pick('extension.ask', [
          `Could I have ${businessDays(s.days)} to decide, until ${s.until}?`,
          `Would it be possible to take ${businessDays(s.days)} and give you my answer by ${s.until}?`,
        ]);
        if (s.short) return [ask];
        // Commitments already made explain the date, so the ask does not read as stalling.
        const commitment = s.committedBy
          ? [`I have already committed to giving another employer my answer by ${s.committedBy}.`]
          : [];
        return [
          ask,
          ...commitment,
          pick('extension.why', [
            'I want to give this decision the care it deserves.',
            'I want to make this decision properly, with everything in front of me.',
          ]),
          `You will have a clear answer from me by then.`,
        ];
      },
      close: [() => 'Thank you for your understanding.', () => 'I appreciate your flexibility.'],
    },
    negotiate: {
      subject: [
        (s) => `${s.role} offer: one question before I decide`,
        (s) => `Your offer for the ${s.role} role`,
      ],
      thanks: [
        (s) => `Thank you for the offer for the ${s.role} role at ${s.company}.`,
        (s) => `Thank you for the ${s.role} offer; I am excited about it.`,
      ],
      core: (s, pick) => {
        const questions = s.asks.map((ask, index) =>
          pick(`negotiate.ask.${index}`, [
            `Would it be possible to bring the ${ask.label} to ${ask.amount}?`,
            `Is there room to move the ${ask.label} to ${ask.amount}?`,
            `Could we look at ${article(ask.label)} ${ask.label} of ${ask.amount}?`,
          ]),
        );
        const intro = pick('negotiate.intro', [
          'I would like to find a way to say yes, so I have a question about the terms.',
          'I want to make this work, so I would like to ask about the terms.',
        ]);
        const outro = pick('negotiate.outro', [
          'If we can agree on this, I am ready to accept.',
          'With that in place, I would be glad to sign.',
        ]);
        return s.short ? [...questions, outro] : [intro, ...questions, outro];
      },
      close: [
        () => 'I look forward to hearing from you.',
        (s) =>
          s.channel === 'phone'
            ? 'I am glad to go through it together now.'
            : 'I am happy to talk it through by phone.',
      ],
    },
    'counter-request': {
      subject: [
        (s) => `Revised terms for the ${s.role} role`,
        (s) => `${s.role}: the updated offer in writing`,
      ],
      thanks: [
        (s) => `Thank you for coming back to me with updated terms for the ${s.role} role.`,
        () => 'Thank you for the revised offer we discussed.',
      ],
      core: (s, pick) => {
        const ask = pick('counter-request.ask', [
          'Could you send me the revised terms in writing, so that I can review them properly?',
          'Would you be able to confirm the updated offer in writing?',
        ]);
        return s.short
          ? [ask]
          : [ask, 'Once I have the written terms, I will come back to you promptly.'];
      },
      close: [() => 'Thank you for your help.', () => 'I appreciate it.'],
    },
    'counter-decline': {
      subject: [
        (s) => `Your revised offer for the ${s.role} role`,
        (s) => `${s.role}: my decision on the revised offer`,
      ],
      thanks: [
        () => 'Thank you for the revised offer, and for the effort behind it.',
        (s) => `Thank you for reconsidering the terms for the ${s.role} role.`,
      ],
      core: (s, pick) => {
        const decision = pick('counter-decline.decision', [
          'After thinking it over, I have decided to decline the revised offer.',
          'I have decided not to accept the revised offer either; my decision stands.',
        ]);
        const reason = declineReasons[s.reason];
        return reason.length > 0 && !s.short
          ? [decision, pick('counter-decline.reason', reason)]
          : [decision];
      },
      close: [() => 'I hope our paths cross again.', () => 'I wish you and the team all the best.'],
    },
    'counter-accept': {
      subject: [
        (s) => `Accepting the revised offer: ${s.role}`,
        (s) => `${s.role}: yes to the revised offer`,
      ],
      thanks: [
        () => 'Thank you for the revised offer.',
        (s) => `Thank you for coming back with new terms for the ${s.role} role.`,
      ],
      core: (s, pick) => {
        const decision = pick('counter-accept.decision', [
          'I am happy to accept the revised offer, thank you.',
          'I am pleased to accept the revised offer.',
        ]);
        const terms = `As I understand it, that is the ${s.role} role with a base salary of ${s.base}${s.start && !s.startRevised ? `, starting on ${s.start}` : ''}.`;
        const contract = 'Could you send me the updated contract to sign?';
        // A short message keeps one question: the start date, when it has to move.
        return [
          decision,
          terms,
          ...laterStart(s),
          ...(s.short && s.startRevised ? [] : [contract]),
        ];
      },
      close: [
        () => 'I am looking forward to getting started.',
        () => 'I look forward to joining the team.',
      ],
    },
    accept: {
      subject: [(s) => `Accepting your offer: ${s.role}`, (s) => `${s.role}: I accept`],
      thanks: [
        (s) => `Thank you for the offer for the ${s.role} role at ${s.company}.`,
        (s) => `Thank you for offering me the ${s.role} position.`,
      ],
      core: (s, pick) => {
        const decision = pick('accept.decision', [
          'I am delighted to accept the offer.',
          `I am happy to accept the offer to join ${s.company}.`,
        ]);
        const terms = `To confirm what I am accepting: the ${s.role} role with a base salary of ${s.base}${s.start && !s.startRevised ? `, starting on ${s.start}` : ''}, as set out in your written offer.`;
        const next = 'Could you send me the contract and let me know the next steps?';
        return [decision, terms, ...laterStart(s), ...(s.short && s.startRevised ? [] : [next])];
      },
      close: [
        () => 'I am looking forward to working with you.',
        () => 'I cannot wait to get started.',
      ],
    },
    feedback: {
      subject: [(s) => `Feedback on the ${s.role} process`, () => 'Your request for feedback'],
      thanks: [
        () => 'Thank you for asking for my feedback.',
        (s) => `Thank you for the chance to share some feedback on the ${s.role} process.`,
      ],
      core: (s, pick) => {
        const point = pick('feedback.point', feedbackPoints[s.reason]);
        if (s.short) return [point];
        return [
          pick('feedback.good', [
            'The conversations with the team gave me a clear picture of the role.',
            'I appreciated how openly the team talked about the work.',
          ]),
          point,
        ];
      },
      close: [() => 'I hope this is useful.', () => 'I hope this helps with your next hire.'],
    },
  },
};
