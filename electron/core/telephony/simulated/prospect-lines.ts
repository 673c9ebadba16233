/** What a simulated prospect says, by the moment in the call it fits. */
export const PROSPECT_LINES = {
  greeting: ['Hello?', 'Hi, this is Sam speaking.', 'Yeah, hello?', 'Hello, who is calling?'],
  firstReaction: [
    'Who is this?',
    'Sorry, who did you say you were with?',
    "Okay… what's this about?",
    'How did you get my number?',
  ],
  conversation: [
    'Sure, I have a minute.',
    'Okay, go ahead.',
    'We already use another provider.',
    'Can you send me an email?',
    'What does it cost?',
    "I'm not the one who decides on this.",
    'Hmm, tell me more.',
    'We looked at something like this last year.',
    'Is there a contract?',
    'How long does it take to set up?',
    "I'm in the middle of something, can you be quick?",
    'That sounds interesting, actually.',
    'Can you call me back next week?',
    "We don't really have the budget right now.",
  ],
  closing: ['Okay, I have to go. Bye.', 'Alright, thanks. Bye.', 'Send me the details. Bye now.'],
} as const satisfies Record<string, readonly string[]>;

export const VOICEMAIL_GREETINGS = [
  "Hi, you've reached Alex. I can't take your call right now, please leave a message after the tone.",
  'The person you are calling is not available. Please leave a message after the tone.',
  "Hey, it's Jordan. Leave me a message and I'll get back to you.",
] as const;

/** Spoken when the machine starts recording; lets a transcript show where a voicemail drop belongs. */
export const VOICEMAIL_BEEP = '(beep)';

/** Said by a person who has heard nothing for a while because the rep is muted. */
export const STILL_THERE_LINE = 'Hello? Are you still there?';
