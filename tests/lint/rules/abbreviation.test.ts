import { ruleTester } from '../rule-tester.js';

ruleTester('abbreviation', {
  valid: [
    { text: 'Your GP works for the NHS.' },
    { name: 'an abbreviation the glossary explains', text: 'Talk to your CPN.', course: { glossary: [{ term: 'CPN', meaning: 'A nurse who visits you at home.' }] } },
    { name: 'an abbreviation the project allows', text: 'Ask the DWP.', options: { allow: ['DWP'] } },
    { name: 'a shouted word is left to all-caps', text: 'Please STOP.', alsoOn: ['all-caps'] },
    { name: 'jargon abbreviations are left to jargon', text: 'Your MDT will meet.', alsoOn: ['jargon'] },
  ],
  invalid: [
    { text: 'Talk to your CPN about it.', errors: [{ at: 'CPN' }] },
    { name: 'a plural abbreviation', text: 'The CPNs will visit.', errors: [{ at: 'CPNs' }] },
    { name: 'a dotted abbreviation', text: 'Come at 10 a.m. or ask the S.W. team.', errors: [{ at: 'S.W.' }] },
    { name: 'two abbreviations', text: 'The DWP and HMRC will write to you.', errors: [{ at: 'DWP' }, { at: 'HMRC' }] },
  ],
});
