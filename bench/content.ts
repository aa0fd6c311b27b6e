/**
 * The words of the synthetic courses: easy-read sentences, titles and glossary words in the
 * style of the sample course (short sentences, everyday words, one idea each). The generator
 * combines them with a seeded generator, so every course differs but each one passes
 * copack's easy-read checks with no errors.
 */

export const courseTitles = [
  'Having your say in meetings', 'Looking after your health', 'Staying safe online', 'Your care plan and you',
  'Getting ready for work', 'Making friends and keeping them', 'Money and paying for things', 'Going to the doctor',
  'Feeling calm and well', 'Living in your own home', 'Travelling on the bus', 'Food and cooking',
  'Speaking up for yourself', 'Leaving hospital', 'Running a group together', 'Your rights on the ward',
];

export const lessonTitles = [
  'Why this matters', 'Getting ready', 'Before you start', 'What to expect', 'Asking for help', 'Making a plan',
  'Talking to staff', 'Your choices', 'Keeping safe', 'When things go wrong', 'Looking after yourself',
  'Working together', 'Your first day', 'Saying what you think', 'People who can help', 'Trying new things',
  'Good days and bad days', 'What happens next', 'Your feelings', 'Staying well',
];

export const pageTitles = [
  'Welcome to this lesson', 'What this means', 'Why it matters', 'Things you can do', 'Who can help you',
  'Before the meeting', 'At the meeting', 'After the meeting', 'Your plan', 'Asking questions',
  'Saying no', 'Feeling worried', 'Feeling good', 'Getting support', 'Your own words', 'Things to bring',
  'Keeping things private', 'Time for a break', 'Listening to others', 'Making a choice', 'What staff do',
  'What you can do', 'Staying in touch', 'If you feel unwell', 'Good things to try', 'Your next steps',
];

/** Sentences for points: each under 12 words, with common words or glossary words only. */
export const sentences = [
  'You know your own life best.', 'Your views matter.', 'You can say what you think.', 'Staff will listen to you.',
  'You can ask for help at any time.', 'It is fine to feel worried.', 'Take your time.', 'There is no rush.',
  'You can bring a friend with you.', 'Write down what you want to say.', 'You can take a break.',
  'Tell staff if you feel unwell.', 'Your wellbeing comes first.', 'An advocate can help you speak up.',
  'Your care plan says how staff help you.', 'You can ask to see your care plan.',
  'Feedback helps everyone learn.', 'Give feedback in a kind way.', 'A debrief is a talk after the group.',
  'Ground rules help everyone feel safe.', 'The group agrees the ground rules together.',
  'Boundaries keep you safe.', 'Confidential means private.', 'Staff keep your notes in a safe place.',
  'Safeguarding means keeping people safe from harm.', 'Staff must act if someone is in danger.',
  'We listen when someone is talking.', 'We are kind to each other.', 'You can say pass.',
  'What we share stays in the room.', 'Put your phone on silent.', 'Drink some water.', 'Eat something first.',
  'Try to sleep well the night before.', 'Go for a short walk.', 'Do something you enjoy.',
  'Talk to someone you trust.', 'Ask staff what a word means.', 'You can change your mind.',
  'Nobody is perfect.', 'Everyone makes mistakes.', 'Mistakes help us learn.', 'You are doing well.',
  'Plan your day the night before.', 'Check the time of your meeting.', 'Get to the meeting early.',
  'Say hello to people as they arrive.', 'Sit where you feel comfortable.', 'You can leave the room if you need to.',
  'Staff will explain what happens next.', 'You will get a letter about it.', 'Keep your letters in one place.',
  'Ask for the letter in easy read.', 'You have the right to have your say.', 'You have the right to say no.',
  'You can make a complaint.', 'A complaint is telling someone you are not happy.',
  'Your support worker can help you plan.', 'Your support worker can come with you.',
  'The doctor will ask how you feel.', 'Tell the doctor about any pain.', 'Take your medicine as the doctor says.',
  'Ask the doctor to say it again.', 'Bring a list of your questions.', 'You can ask for a longer appointment.',
  'Your appointment time is on the letter.', 'Call the office if you cannot go.',
  'Keep your money in a safe place.', 'Do not lend money to people you do not know.', 'Check your change at the shop.',
  'Make a list before you go shopping.', 'Cook with a friend the first time.', 'Wash your hands before you cook.',
  'Keep your door locked at night.', 'Do not share your password.', 'Think before you click a link.',
  'Tell someone if a message makes you worried.', 'Check the bus times before you go.',
  'Have your bus pass ready.', 'Ask the driver if you are not sure.', 'Say thank you to the driver.',
  'Friends listen to each other.', 'Good friends are kind to you.', 'You can join a club to meet people.',
  'It is fine to spend time on your own.', 'Feeling calm helps you think.', 'Breathe in and out slowly.',
  'Music can help you feel calm.', 'A quiet room can help.', 'Tell staff what helps you.',
  'You choose what to share.', 'Share your ideas with the group.', 'Staff share their ideas too.',
  'We make the plan together.', 'We work as equals.', 'Everyone has a say.', 'We check the plan every month.',
  'You can ask to change the plan.', 'Think about what went well.', 'Think about what was hard.',
  'Say how you feel.', 'Agree what to do next time.', 'Well done for getting this far.',
  'You have learned a lot today.', 'This lesson is about working together.', 'This lesson is about staying well.',
  'This lesson is about your rights.', 'You will learn some new words.', 'The word list explains new words.',
] as const;

/** Alt text for the pictures of a course, one per picture in its pool. */
export const pictureSubjects = [
  'A person waving hello', 'A speech bubble', 'An ear, for listening', 'A calendar', 'A clock', 'A heart',
  'A smiling face', 'A worried face', 'An open door', 'A padlock', 'A phone', 'A notepad and a pencil',
  '2 people talking together', 'A group of people', 'A staff member with a badge', 'A cup of tea',
  'A bus at a bus stop', 'A house', 'A purse with coins', 'A doctor with a smile', 'A letter in an envelope',
  'A tick', 'A question mark', 'A hand held up, meaning stop', 'A person walking in a park', 'A bed',
  'A plate of food', 'A glass of water', 'A computer screen', 'A key',
] as const;

export interface GlossaryWord {
  term: string;
  meaning: string;
  forms?: string[];
}

/** Every glossary word the sentences use: each course explains them all. */
export const glossaryWords: readonly GlossaryWord[] = [
  { term: 'advocate', meaning: 'A person who helps you speak up. They make sure people hear you.', forms: ['advocates'] },
  { term: 'care plan', meaning: 'A plan that says how staff help you. You help make it.', forms: ['care plans'] },
  { term: 'feedback', meaning: 'Telling someone what went well. It also means saying what could be better.' },
  { term: 'wellbeing', meaning: 'How you feel in your body and your mind.' },
  { term: 'debrief', meaning: 'A talk with staff after a group. You talk about how it went.' },
  { term: 'ground rules', meaning: 'Rules a group agrees together. They help everyone feel safe.', forms: ['ground rule'] },
  { term: 'boundaries', meaning: 'Limits that keep you safe. They keep other people safe too.', forms: ['boundary'] },
  { term: 'confidential', meaning: 'Private. We keep it between us.' },
  { term: 'safeguarding', meaning: 'Keeping people safe from harm. Staff must act if someone is in danger.' },
  { term: 'support worker', meaning: 'A person whose job is to help you with your day.', forms: ['support workers'] },
  { term: 'appointment', meaning: 'A time to meet someone, like a doctor.', forms: ['appointments'] },
  { term: 'complaint', meaning: 'Telling someone you are not happy about something. They must listen.', forms: ['complaints'] },
];

export interface QuestionTemplate {
  id: string;
  question: string;
  right: string;
  wrong: string[];
  correct: string;
  tryAgain: string;
}

export const questions: readonly QuestionTemplate[] = [
  { id: 'who-helps', question: 'Who can help you speak up?', right: 'An advocate.', wrong: ['Nobody can help.'], correct: 'Yes. An advocate helps you speak up.', tryAgain: 'Not quite. Many people can help you. Have another go.' },
  { id: 'feel-unwell', question: 'You feel unwell. What do you do?', right: 'Tell staff.', wrong: ['Say nothing.', 'Go to the meeting anyway.'], correct: 'Yes. Your wellbeing comes first.', tryAgain: 'Not quite. Think about who can help. Try again.' },
  { id: 'confidential', question: 'What does confidential mean?', right: 'Private.', wrong: ['We can tell anyone.'], correct: 'Yes. We keep it between us.', tryAgain: 'Not quite. Look at the word list. Have another go.' },
  { id: 'ground-rules', question: 'Who makes the ground rules?', right: 'The whole group.', wrong: ['Staff on their own.', 'Nobody.'], correct: 'Yes. Everyone has a say.', tryAgain: 'Not quite. Think about working together. Try again.' },
  { id: 'say-no', question: 'Can you say no?', right: 'Yes. You can say no.', wrong: ['No. You must always say yes.'], correct: 'Yes. You have the right to say no.', tryAgain: 'Not quite. You have rights. Have another go.' },
  { id: 'password', question: 'Who do you tell your password?', right: 'Nobody.', wrong: ['A friend.', 'Anyone who asks.'], correct: 'Yes. Keep your password to yourself.', tryAgain: 'Not quite. A password is private. Try again.' },
  { id: 'care-plan', question: 'Can you see your care plan?', right: 'Yes. You can ask to see it.', wrong: ['No. It is only for staff.'], correct: 'Yes. It is your plan.', tryAgain: 'Not quite. It is your plan too. Have another go.' },
  { id: 'break', question: 'Can you take a break?', right: 'Yes. At any time.', wrong: ['No. You must stay.'], correct: 'Yes. Tell staff you need a break.', tryAgain: 'Not quite. Breaks are fine. Try again.' },
];

export interface ReflectionTemplate {
  prompt: string;
  help: string[];
}

export const reflections: readonly ReflectionTemplate[] = [
  { prompt: 'What would you like to say at your next meeting?', help: ['You might want to talk about your food.', 'You might want more time outside.'] },
  { prompt: 'What helps you feel calm?', help: ['You might like music.', 'You might like a walk.', 'You might like a quiet room.'] },
  { prompt: 'Who can you talk to when you feel worried?', help: ['You might talk to a friend.', 'You might talk to staff.'] },
  { prompt: 'What are you good at?', help: ['You might be good at listening.', 'You might be good at cooking.'] },
  { prompt: 'What will you do next time?', help: ['You might bring a list.', 'You might ask more questions.'] },
  { prompt: 'What went well today?', help: ['You might have said something new.', 'You might have helped a friend.'] },
];

export const firstNames = ['Ria', 'Sam', 'Dee', 'Priya', 'Aled', 'Ben', 'Amy', 'Tom', 'Nia', 'Joe', 'Lucy', 'Omar', 'Kim', 'Raj', 'Ellie', 'Mo'];
export const lastNames = ['Khan', 'Lewis', 'Price', 'Jones', 'Evans', 'Shah', 'Brown', 'Hughes', 'Patel', 'Clarke', 'Reid', 'Moss'];
