import { englishFamilies as families } from './families-en';
import type { LintWords } from './lint-words';
import { phraseList, phrasePattern, plainJust, plainThink } from './phrases';

const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const numberWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|a';

// Saying yes to something else, or no by its effect, in a few grammatical shapes rather than
// fixed phrases: "accept(ed) a position with", "chose another candidate's path", "stay in my
// current role", "it is not possible for me to accept", "pass on the offer", "not in a position
// to accept", "not (be) the right fit".
const declineGrammar = [
  String.raw`(?<![\p{L}])(?:accept(?:ed|ing)?|tak(?:e|en|ing)|took|pursu(?:e|ed|ing)|cho(?:se|sen|ose|osing)|go(?:ing)?\s+with|went\s+with|sign(?:ed)?)\s+(?:a|an|another|the\s+other|a\s+different|a\s+new)\s+(?:[\p{L}-]+\s+){0,3}?(?:position|role|offer|job|opportunity|post|path|direction|employer|company)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:stay|staying|remain|remaining)\s+(?:in|at|with)\s+my\s+(?:current|present)\s+(?:role|position|job|company|employer|team)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:(?:(?<![\p{L}])not|n['’]t)\s+(?:be\s+)?(?:possible|feasible)|impossible)\s+for\s+me\s+to\s+(?:accept|take|join|start|sign)(?![\p{L}])`,
  String.raw`(?<![\p{L}])pass(?:ing)?\s+on\s+(?:the|this|your)\s+(?:offer|opportunity|role|position|job)(?![\p{L}])`,
  String.raw`(?:(?<![\p{L}])not|n['’]t)\s+(?:(?:feel|be|in|a)\s+){0,3}?(?:in\s+a\s+position|able|ready)\s+to\s+(?:accept|join|take|sign|proceed|move\s+forward)(?![\p{L}])`,
  String.raw`(?:(?<![\p{L}])not|n['’]t)\s+(?:[\p{L}]+\s+){0,4}?(?:(?:a|the)\s+)?(?:(?:good|right|great|best|strong|perfect)\s+(?:fit|match)(?:\s+for\s+me)?|(?:fit|match)\s+for\s+me)(?![\p{L}])`,
].join('|');

/** Compiles the word list; called once, on first lint (see `lintWordsFor`). */
export function buildEnglishWords(): LintWords {
  return {
    declineVerb: new RegExp(
      `${
        phrasePattern([
          'decline',
          'declining',
          'turn down',
          'turning down',
          'withdraw',
          'withdrawing',
          'not accept',
          'not to accept',
          'not to join',
          'not to move forward',
          'not be accepting',
          "won't be accepting",
          'cannot accept',
          "can't accept",
          'unable to accept',
          'not be able to accept',
          'not be able to take',
          'not able to take',
          'unable to take',
          'not be able to join',
          'unable to join',
          'not be taking',
          "won't be taking",
          'not be moving forward',
          'not be joining',
          "won't be joining",
          'say no',
          'back out',
          'backing out',
          // Saying yes elsewhere is a clear no here.
          'accepted another',
          'accepted a position',
          'accepted a role',
          'accepted an offer',
          'accepted a job',
        ]).source
      }|${declineGrammar}`,
      'giu',
    ),
    // "I'm in!" closing a reply is a yes; "I'm in London" is not, so it must end the clause.
    acceptVerb: new RegExp(
      `${
        phrasePattern([
          'accept',
          'accepting',
          'acceptance',
          'glad to join',
          'happy to join',
          'sign',
        ]).source
      }|(?<![\\p{L}])(?:I['’]m|I\\s+am|count\\s+me)\\s+in(?=\\s*(?:[!.:;)]|$))`,
      'giu',
    ),
    // "may" is tentative, but not the month ("in May", "3 May").
    tentative: new RegExp(
      `${
        phrasePattern([
          'might',
          'maybe',
          'perhaps',
          'probably',
          'possibly',
          'likely',
          'leaning',
          'inclined',
          'not sure',
          'unsure',
          'considering',
          'thinking about',
          'thinking of',
          'for now',
          'at the moment',
          'I think',
          'I guess',
          "I don't think",
          'I do not think',
          'looks like',
          'seems like',
          'it seems',
          'it appears',
        ]).source
      }|(?<![\\p{L}\\p{N}])(?<!(?:in|of|\\d)\\s+)may(?!\\s+\\d)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    tentativeWeak: phrasePattern([
      'I feel',
      "I don't feel",
      'I do not feel',
      'I believe',
      "I don't believe",
      'I do not believe',
    ]),
    // ", as …", "because …", "since …", "due to …", "which …", "given …": the reason, not the decision.
    reasonClause:
      /,?\s+(?:as|because|since|due\s+to|given|which|so\s+that|considering|while|although|though)(?![\p{L}])|\s+as\s+(?=(?:I|my|the|it|this|we|our)\s)/iu,
    decided: /(?<![\p{L}])(?:I\s+have|I['’]ve|I)\s+(?:now\s+|finally\s+)?decided(?![\p{L}])/iu,
    definiteDecline: 'I have decided to decline the offer',
    definiteAccept: 'I am happy to accept the offer',
    hedges: [
      // "I think I might decline" hedges the writer's own act; "I think that's a fair place to
      // start" is an opinion the writer owns. "I just received" is time (see plainJust).
      {
        pattern: new RegExp(
          String.raw`(?<![\p{L}\p{N}])I\s+think${plainThink}(?![\p{L}\p{N}])`,
          'giu',
        ),
        expected: '',
      },
      {
        // "I just wanted" is left to the "just wanted" entry below.
        pattern: new RegExp(
          String.raw`(?<![\p{L}\p{N}])I\s+just${plainJust}(?!\s+wanted(?![\p{L}]))(?![\p{L}\p{N}])`,
          'giu',
        ),
        expected: 'I',
      },
      ...phraseList([
        ['I feel like', ''],
        ['I guess', ''],
        ['I would say', ''],
        ["I'd say", ''],
        ['maybe', ''],
        ['perhaps', ''],
        ['sort of', ''],
        ['kind of', ''],
        ['somewhat', ''],
        ['a little bit', ''],
        ['hopefully', ''],
        ["I'm just", "I'm"],
        ['I am just', 'I am'],
        ['just wanted', 'wanted'],
        ['to be honest', ''],
        ['if that makes sense', ''],
        // Apologising for asking or doubting the ask itself makes the reader doubt it too.
        ["I don't know if"],
        ["I don't know whether"],
        ["I don't know how"],
        ['I do not know if'],
        ['I do not know whether'],
        ['sorry to ask'],
        ['sorry to bother you'],
        ['I hate to ask'],
        ['I feel awkward asking'],
        ['I feel uncomfortable asking'],
        ['it feels awkward to ask'],
      ]),
      ...families.undercutAsk,
    ],
    vagueExcuses: phraseList([
      ['for various reasons', 'after careful thought'],
      ['for a number of reasons', 'after careful thought'],
      ['something came up'],
      ['some things came up'],
      ["it's complicated"],
      ['it is complicated'],
      ['hard to explain'],
      ['circumstances beyond my control'],
      ['long story'],
    ]),
    criticism: [
      ...phraseList([
        ['lowball', 'below what I was looking for'],
        ['low-ball', 'below what I was looking for'],
        ['insulting'],
        ['unprofessional'],
        ['disorganised'],
        ['disorganized'],
        ['chaotic'],
        ['toxic'],
        ['terrible'],
        ['awful'],
        ['rude'],
        ['incompetent'],
        ['disrespectful'],
        ['ridiculous'],
        ['unacceptable'],
        ['arrogant'],
        ['clueless'],
        ['a mess'],
        ['messy'],
        ['took forever'],
        ['too slow'],
        ['waste of time'],
        ['wasted my time'],
        ['ghosted'],
        ['red flag'],
        ['red flags'],
        ['poorly run'],
        ['poorly organised'],
        ['poorly organized'],
        ['was disappointing'],
        ['is disappointing'],
        ['were disappointing'],
        ['found it disappointing'],
        ['disappointed with'],
        ['disappointed by'],
        ['disappointed in'],
        ['too low', 'not what I was looking for'],
        ['below market', 'not what I was looking for'],
        ['underpaid'],
        ['not competitive', 'not what I was looking for'],
        ['frankly', ''],
        ['not even close', 'not what I was looking for'],
        ['nowhere near', 'not what I was looking for'],
        ["I'm worth more"],
        ['I am worth more'],
        ['what I am worth', 'what I was looking for'],
        ["what I'm worth", 'what I was looking for'],
        ["don't value"],
        ['do not value'],
        ['undervalue*'],
        ['not high enough', 'not what I was looking for'],
        ["isn't high enough", 'is not what I was looking for'],
        ["wasn't high enough", 'was not what I was looking for'],
        ['laughable'],
        ['pathetic'],
        ['not impressed'],
        ['unimpressed'],
        ['not any good', 'not what I was looking for'],
        ["isn't any good", 'is not what I was looking for'],
        ["wasn't any good", 'was not what I was looking for'],
        ['not good enough', 'not what I was looking for'],
        ["isn't good enough", 'is not what I was looking for'],
        ["wasn't good enough", 'was not what I was looking for'],
        ['not worth my time'],
        ['a joke'],
        ['an insult'],
        ['beneath me'],
      ]),
      // One-line verdicts on the reader's company or offer.
      {
        pattern:
          /(?:(?<![\p{L}])not|n['’]t)\s+(?:(?:very|that|really|particularly|at\s+all)\s+)?(?:excited|enthusiastic|impressed|keen|interested)\s+(?:about|in|by|with|on)\s+(?:your|the)\s+(?:company|organi[sz]ation|team|firm|business|culture|management|people|product|mission)(?![\p{L}])/giu,
      },
      {
        pattern:
          /(?:(?<![\p{L}])not|n['’]t)\s+(?:(?:very|that|really|particularly|at\s+all)\s+)?(?:excited|enthusiastic|impressed)\s+(?:about|by|with)\s+(?:your|the)\s+(?:offer|package|salary|proposal)(?![\p{L}])/giu,
      },
      // "I did not think the offer was any good".
      {
        pattern:
          /(?:(?<![\p{L}])not|n['’]t)\s+(?:think|believe|feel|find)\s+(?:that\s+)?(?:the|your|this)\s+(?:offer|package|salary|role|job|position|company|team)\s+(?:was|is|were|would\s+be)\s+(?:any|very|that)\s+good(?![\p{L}])/giu,
      },
      // "I earned more than that six years ago": the offer measured against the writer's past.
      {
        pattern:
          /(?<![\p{L}])(?:earned|made|was\s+making|was\s+earning|was\s+paid|got)\s+(?:more\s+than\s+(?:that|this)|that\s+much|as\s+much)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])ago(?![\p{L}])/giu,
      },
      // Broader verdicts, as warnings: a fair reason can share their grammar.
      // "The package seemed a little low", "the role is rather junior": the offer, judged.
      {
        pattern:
          /(?<![\p{L}])(?:the|your|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:offer|salary|compensation|package|pay|base|money|figure|number|role|position|job|title|team|company|process|benefits)\s+(?:is|was|seems|seemed|feels|felt|looks|looked|appears|appeared|sounds|sounded)\s+(?:(?:a|little|bit|lot|rather|quite|too|very|somewhat|fairly|pretty|really|far|much|way|just)\s+){0,3}(?:low|lower|small|smaller|weak|poor|modest|meag(?:re|er)|disappointing|underwhelming|inadequate|insufficient|uncompetitive|limited|boring|dull|junior|basic|mediocre|stingy)(?![\p{L}])/giu,
        severity: 'warning',
      },
      // "I didn't see the advancement opportunities", "limited growth prospects".
      {
        pattern:
          /(?:(?<![\p{L}])(?:not|no|little|limited|few|lack\s+of|lacks?|lacking|without)|n['’]t)\s+(?:[\p{L}-]+\s+){0,3}?(?:growth|advancement|career|development|promotion|progression|learning)\s+(?:opportunit\p{L}*|prospects?|path\p{L}*|potential)(?![\p{L}])/giu,
        severity: 'warning',
      },
      // "routine administrative tasks", "menial work": the job belittled.
      {
        pattern:
          /(?<![\p{L}])(?:routine|menial|mundane|boring|tedious|repetitive|unchallenging|dull|monotonous)\s+(?:[\p{L}-]+\s+){0,2}?(?:tasks|work|duties|job|role|position|responsibilities)(?![\p{L}])/giu,
        severity: 'warning',
      },
      // "the offer … would not benefit me": the role found wanting for the writer.
      {
        pattern:
          /(?<![\p{L}])(?:offer|role|position|job|company|team)\s+(?:[\p{L}-]+\s+){0,5}?(?:will|would|does|did|could|can)(?:\s+not|n['’]t)\s+(?:really\s+)?(?:benefit|help|challenge|advance|develop|grow|interest)\s+me(?![\p{L}])/giu,
        severity: 'warning',
      },
      // A scornful question about the offer: "Is that all you can offer?", "Is this really it?".
      {
        pattern:
          /(?<![\p{L}])(?:is|was)\s+(?:that|this)\s+(?:really\s+)?(?:all|the\s+best|it)\s*(?:you\s+(?:can|could|have|are\s+(?:able|willing))[^.!?\n]{0,30})?\?/giu,
        severity: 'warning',
      },
      // "I'm disappointed that the role pays …"; only about the offer, since "disappointed that I
      // missed your call" is plain.
      {
        pattern:
          /(?<![\p{L}])disappointed\s+that\s+(?:the|your|this|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:offer|salary|base|pay|package|bonus|equity|compensation|role|position|number|figure|amount|raise)(?![\p{L}])/giu,
        severity: 'warning',
      },
      // "I was never really interested in the job".
      {
        pattern:
          /(?<![\p{L}])(?:was|am|were)\s+never\s+(?:really\s+|truly\s+|that\s+)?(?:interested|serious|keen)(?![\p{L}])/giu,
        severity: 'warning',
      },
      ...families.payComplaint,
      ...families.dismissiveWithdrawal,
      ...families.valuesVerdict,
    ],
    ultimatum: [
      ...phraseList([
        ['final number'],
        ['my final offer'],
        ['my last offer'],
        ['take it or leave it'],
        ['non-negotiable'],
        ['not negotiable'],
        ['or else'],
        ['consider the offer declined'],
        ['consider this a no'],
        ['consider it declined'],
        ['I will walk away'],
        ["I'll walk away"],
        ['I will have to walk away'],
        ['you need to match'],
        ['you need to beat'],
        ['you need to increase'],
        ['you need to raise'],
        ['you need to improve'],
        ['you need to pay'],
        ['you need to offer'],
        ['you must match'],
        ['you must increase'],
        ['you have to match'],
        ['you will need to increase'],
        ['you will need to raise'],
        ['you will need to match'],
        ['need you to match'],
        ['need you to beat'],
        ['need you to make me'],
        ['need you to increase'],
        ['need you to raise'],
        ['I need at least'],
        ['nothing less than'],
        ['anything less than'],
        ['no way I can accept'],
        ['no way I will accept'],
        ["no way I'd accept"],
        ["I won't accept less"],
        ['I will not accept less'],
        ['otherwise I will accept'],
        ['otherwise I will decline'],
        ["otherwise I'll accept"],
        ["otherwise I'll decline"],
        ["if I don't hear back"],
        ['if I do not hear back'],
        ["if you can't match"],
        ['if you cannot match'],
      ]),
      // A condition the reader must meet, with a consequence: "unless you …, I will decline",
      // "if you can't match it, I'll take the other offer".
      {
        pattern:
          /(?<![\p{L}])(?:unless\s+you|if\s+you\s+(?:can(?:not|['’]t)|could(?:n['’]t|\s+not)|do(?:n['’]t|\s+not)|won['’]t|will\s+not|are\s+(?:not\s+able|unable|not\s+willing))|if\s+(?:this|that|it)\s+(?:is\s+not|isn['’]t|can(?:not|['’]t)\s+be)\s+(?:possible|done|matched))[^.!?\n]{0,80}?(?<![\p{L}])I(?:\s+will|['’]ll|\s+would|['’]d|\s+am\s+going\s+to|\s+have\s+to|\s+must)\s+(?:have\s+to\s+|need\s+to\s+|be\s+forced\s+to\s+|simply\s+)?(?:accept|take|go\s+with|decline|walk|withdraw|move\s+on|pursue|sign|turn|look)(?![\p{L}])/giu,
      },
      // A demand joined to its consequence by "or": "$65,000 or I won't accept", "…, or I'll
      // have to decline", "match it or I walk".
      {
        pattern:
          /(?<![\p{L}])or\s+(?:else\s+)?I(?:\s+(?:won['’]t|will\s+not|can(?:not|['’]t)|will|would|am\s+going\s+to|have\s+to|must)|['’]ll|['’]d)?\s+(?:(?:have|need)\s+to\s+|be\s+forced\s+to\s+|simply\s+|just\s+)?(?:accept|take\s+(?:it|the\s+other|another)|sign|join|decline|walk|withdraw|leave|quit|look\s+elsewhere|go\s+elsewhere|move\s+on|turn\s+(?:it|this|the\s+offer)\s+down)(?![\p{L}])/giu,
        severity: 'warning',
      },
      // A condition on the writer's own pay with leaving as its consequence: "if my salary isn't
      // raised, I'm leaving".
      {
        pattern:
          /(?<![\p{L}])if\s+(?:my|the)\s+(?:salary|pay|offer|base|raise|compensation)\s+(?:is\s+not|isn['’]t|does\s+not|doesn['’]t|won['’]t|will\s+not|can(?:not|['’]t))[^.!?\n]{0,50}?I(?:['’]ll|\s+will|['’]m|\s+am)\s+(?:going\s+to\s+)?(?:leave|leaving|quit|quitting|walk|walking|go|going|decline|look\s+elsewhere)(?![\p{L}])/giu,
        severity: 'warning',
      },
      // "Consider my application withdrawn", "this is my bottom line", "the only way I would sign".
      {
        pattern:
          /(?<![\p{L}])(?:consider\s+(?:the\s+offer|this|it|my\s+(?:application|candidacy|acceptance))\s+(?:declined|withdrawn|rejected|void|a\s+no|off\s+the\s+table)|(?:my|our)\s+bottom\s+line|(?:this|that|it)\s+is\s+(?:my|our)\s+(?:final|last|best\s+and\s+final)|the\s+only\s+way\s+I\s+(?:will|would|can|could)\s+(?:accept|join|sign|consider)|(?:won['’]t|will\s+not|can(?:not|['’]t))\s+go\s+(?:any\s+)?(?:below|lower|under))(?![\p{L}])/giu,
      },
      // "In order for me to accept, you will need to …", "you'll have to beat it".
      {
        pattern:
          /(?<![\p{L}])(?:in\s+order\s+for\s+me\s+to\s+(?:accept|consider|join|sign)[^.!?\n]{0,60}?you\s+(?:will\s+|would\s+)?(?:need|have|must)|you(?:\s+will|['’]ll|\s+would)?\s+(?:need|have|must)\s+to\s+(?:at\s+least\s+)?(?:match|beat|increase|raise|improve|pay|offer|do\s+better|come\s+up))(?![\p{L}])/giu,
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
        ['the best person you*'],
        ['the best candidate you*'],
        ['the best you*ll find'],
        ['the best you will find'],
        ["you won't find anyone better"],
        ['you will not find anyone better'],
        ["you won't find a better"],
        ['you will not find a better'],
        ['no one else can'],
        ['nobody else can'],
        ['lucky to have me'],
        ['lucky to get me'],
        ["I'm the best"],
        ['I am the best'],
        ['rock star'],
        ['rockstar'],
        ['top talent'],
        ['worth every penny'],
        // Telling this company the other one is better says it lost a contest.
        ['found a better job'],
        ['found a better offer'],
        ['found a better position'],
        ['found something better'],
        ['got a better offer'],
        ['got a better job'],
      ]),
      // Telling them the other option is better: "a better offer", "a far more attractive role".
      {
        pattern:
          /(?<![\p{L}])(?:a|an)\s+(?:much\s+|far\s+|significantly\s+)?(?:better|stronger|superior|more\s+(?:attractive|lucrative|competitive|exciting|interesting)|higher[- ]paying|better[- ]paying)\s+(?:[\p{L}-]+\s+)?(?:offer|opportunity|job|position|role|package|deal|option)(?![\p{L}])/giu,
      },
      // What a competitor would pay, named as a lever without an offer: "I could earn more
      // elsewhere"; and boasting about workload: "I do the work of three people".
      {
        pattern:
          /(?<![\p{L}])(?:I\s+(?:could|can|would)\s+(?:easily\s+)?(?:make|earn|get)\s+(?:a\s+lot\s+|much\s+|far\s+)?more\s+(?:elsewhere|somewhere\s+else|at\s+(?:another|a\s+competitor|your\s+competitors?))|I\s+(?:do|am\s+doing)\s+the\s+(?:work|job)\s+of\s+(?:two|three|four|several|\d+)|I\s+work\s+harder\s+than)(?![\p{L}])/giu,
      },
      // "I am worth more", "developers like myself" after praise.
      {
        pattern:
          /(?<![\p{L}])(?:I(?:['’]m|\s+am)\s+worth\s+(?:more|much\s+more|at\s+least)|(?:top|best|great|talented|skilled|quality|excellent|brilliant|outstanding)[^.!?\n]{0,40}?(?:like|such\s+as)\s+(?:me|myself))(?![\p{L}])/giu,
      },
      ...families.boasting,
    ],
    // A need or wish for more pay with nothing after it but the thing wanted.
    bareDemand:
      /(?<![\p{L}])(?:I\s+(?:really\s+|just\s+)?(?:need|want|require|deserve|expect)|I['’]d\s+need|give\s+me|pay\s+me)\s+(?:(?:a\s+lot\s+|much\s+|a\s+bit\s+|a\s+little\s+)?(?:more|higher|better)\s+(?:money|pay|salary|base|compensation)|an?\s+(?:higher|bigger|better|larger)\s+(?:salary|offer|package|base|number|raise|pay)|(?:a\s+lot\s+|much\s+)?more(?=\s*(?:[.!?]|$)))(?![\p{L}])/gimu,
    // "Is there any room to increase the salary?": an ask that leaves the number to the reader.
    // Also "Is this your best offer?", "Any chance you can go higher?", "Is there any adjustment
    // you can make?".
    vagueAsk:
      /(?<![\p{L}])(?:(?:is|would)\s+there\s+(?:be\s+)?(?:any\s+|some\s+)?(?:room|flexibility|flex|wiggle\s+room|leeway|scope|give|movement|adjustment)|(?:(?:is|was)\s+(?:this|that)|(?:if|whether)\s+(?:this|that|it)\s+(?:is|was))\s+(?:really\s+)?(?:your|the)\s+best(?:\s+possible)?\s+offer|(?:any|some)\s+(?:chance|way)\s+(?:that\s+)?you\s+(?:can|could|might)\s+(?:go|come|move|do)\s+(?:a\s+(?:bit|little)\s+)?(?:higher|up|better|more)|(?:any|some)\s+adjustment\s+you\s+(?:can|could))(?![\p{L}])/giu,
    demandReason: phrasePattern([
      'because',
      'since',
      'given',
      'based on',
      'in line with',
      'market',
      'research',
      'data',
      'experience',
      'responsibilit*',
      'scope',
      'relocat*',
      'to match',
      'to cover',
    ]),
    personalFinances: [
      ...phraseList([
        ["can't afford"],
        ['cannot afford'],
        ['can not afford'],
        ['my rent'],
        ['my mortgage'],
        ['my bills'],
        ['my debt*'],
        ['my expenses'],
        ['my living costs'],
        ['my living expenses'],
        ['student loan*'],
        ['my loans'],
        ['make ends meet'],
        ['survive on'],
        ['personal problems'],
        ['financial problems'],
        ['financial difficulties'],
        ['money problems'],
      ]),
      ...families.privateLifeReason,
    ],
    apology: phrasePattern(['sorry', 'apologise', 'apologize', 'apologies', 'apology', 'I regret']),
    thanks: phrasePattern(['thank*', 'grateful', 'gratitude', 'appreciate*']),
    extensionAsk: phrasePattern([
      'more time',
      'extension',
      'extend the deadline',
      'additional time',
      'a few more days',
      'a little longer',
      'a bit longer',
    ]),
    daysOrDate: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:\\d{1,2}|${numberWords})(?:\\s+more)?\\s+(?:(?:business|working|calendar)\\s+)?(?:days?|weeks?)|${weekdays}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${months})|(?:${months})\\s+\\d{1,2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    otherOffer: phrasePattern([
      'another offer',
      'other offer',
      'competing offer',
      'another company',
      'other company',
      'another employer',
    ]),
    // "Initech has offered me", "they are offering me", "an offer from Initech of", "Initech's offer".
    offeredByOthers:
      /(?<![\p{L}])(?:(?:has|have|had|'ve|’ve|just)\s+offered\s+me|(?:is|are)\s+offering\s+me|offered\s+me\s+(?:a|an|the)?\s*(?:base|salary|package|total)|offer\s+from\s+[\p{Lu}][\p{L}&.-]*|[\p{Lu}][\p{L}&.-]*['’]s\s+offer|(?:another|other|competing|higher|better)\s+offer\s+(?:of|at|for|with))(?![\p{L}])/u,
    offeredByReader:
      /(?<![\p{L}])(?:you(?:\s+have|['’]ve)?\s+offered|your\s+(?:offer|proposal)|you\s+are\s+offering|the\s+offer\s+you)(?![\p{L}])/iu,
    lateAcknowledged: phrasePattern([
      'past the deadline',
      'after the deadline',
      'deadline has passed',
      'late reply',
      'later than',
      'belated',
      'delay in getting back',
      'delay in replying',
      'sorry for the delay',
      'apologies for the delay',
      'apologize for the delay',
      'apologise for the delay',
      'late response',
      'delayed response',
      'delayed reply',
      'slow reply',
      'slow response',
      'so long to reply',
      'so long to respond',
      'so long to get back',
      'taken so long',
      'taking so long',
      'not getting back to you sooner',
      'not replying sooner',
      'not responding sooner',
      'this late',
      'so late',
    ]),
    greeting:
      /^(?:dear|hi|hello|hey|good morning|good afternoon)\s+(?:(?:mr|ms|mrs|mx|dr)\.?\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)/imu,
    genericAddressee: phrasePattern([
      'team',
      'all',
      'hiring',
      'sir',
      'madam',
      'there',
      'everyone',
      'recruiting',
      'talent',
      'colleagues',
    ]),
    placeholderKeys: {
      company: /company|employer|organi[sz]ation|firm/i,
      role: /role|position|job|title/i,
      contact: /contact|manager|recruiter|first ?name|^name$|their name|recipient/i,
      sender: /my name|your name|sender|signature/i,
    },
    payWord: phrasePattern([
      'salary',
      'base',
      'bonus',
      'equity',
      'stock',
      'shares',
      'RSU*',
      'sign-on',
      'signing',
      'relocation',
      'vacation',
      'holiday*',
      'PTO',
      'remote',
      'budget',
      'title',
      'start date',
    ]),
  };
}
