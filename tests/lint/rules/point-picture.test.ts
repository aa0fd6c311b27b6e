import { ruleTester } from '../rule-tester.js';

const lesson = (points: string, extraPage = '') =>
  ['{', '  "id": "intro",', '  "title": "Hello",', '  "summary": "We say hello.",', '  "pages": [', `    { "id": "p1", "kind": "points", "title": "Hello", "points": [${points}] }${extraPage}`, '  ]', '}'].join('\n');
const withPicture = '{ "text": "Hello.", "picture": { "symbol": "healthicons:people", "alt": "2 people" } }';
const quiz = `,\n    { "id": "q", "kind": "quiz", "title": "Check", "questions": [{ "id": "a", "question": "Yes?", "choices": [{ "id": "y", "text": "Yes.", "correct": true }, { "id": "n", "text": "No.", "picture": { "symbol": "healthicons:people", "alt": "A no sign" } }], "feedback": { "correct": "Yes.", "tryAgain": "Try again." } }] }`;

ruleTester('point-picture', {
  valid: [
    { lesson: lesson(withPicture) },
    { name: 'every point of several', lesson: lesson(`${withPicture}, ${withPicture}`) },
    { name: 'quiz answers need no picture unless asked', lesson: lesson(withPicture, quiz) },
  ],
  invalid: [
    { name: 'a point without a picture', lesson: lesson('{ "text": "Hello." }'), errors: [{ in: 'lesson', at: '{ "text": "Hello." }' }] },
    { name: 'the second point', lesson: lesson(`${withPicture}, { "text": "Bye." }`), errors: [{ in: 'lesson', at: '{ "text": "Bye." }' }] },
    { name: 'a quiz answer, when asked', lesson: lesson(withPicture, quiz), options: { quizChoices: true }, errors: [{ in: 'lesson', at: '{ "id": "y"' }] },
  ],
});
