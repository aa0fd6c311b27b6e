/**
 * Words people in UK health and social care meet every day that an American subtitle
 * count ranks as rare: British words (`queue`, `fortnight`, `poorly`), and the plain names
 * of things easy-read pictures show (`wheelchair`, `calendar`, `leaflet`). The
 * `uncommon-word` rule treats them as common. Add a course's own words with the rule's
 * `allow` option, or better, explain them in the glossary.
 */
export const everydayWords: readonly string[] = [
  // British words and spellings the American list misses or ranks low
  'aeroplane', 'autumn', 'comfy', 'biscuit', 'bin', 'bum', 'cheque', 'chemist', 'chips', 'crisps', 'cuppa', 'cupboard', 'duvet',
  'flat', 'fortnight', 'grandad', 'holiday', 'jumper', 'kerb', 'lift', 'lorry', 'loo', 'maths', 'mobile', 'motorway',
  'mum', 'mummy', 'nan', 'nana', 'nappy', 'pavement', 'petrol', 'poorly', 'postcode', 'postman', 'pram', 'pudding',
  'queue', 'rubbish', 'sofa', 'telly', 'timetable', 'torch', 'trainers', 'trousers', 'tyre', 'unwell', 'wardrobe',
  // Everyday health and care words people in services use and hear
  'appointment', 'benefits', 'carer', 'council', 'dentist', 'disabled', 'doctor', 'gp', 'housing', 'leaflet', 'medicine',
  'nurse', 'pharmacy', 'prescription', 'tablet', 'tablets', 'therapist', 'volunteer', 'ward', 'wheelchair', 'wellbeing',
  // Things the pictures show, and words of a course and a group
  'badge', 'calendar', 'cards', 'clipboard', 'folder', 'headphones', 'notepad', 'padlock', 'pencil', 'pens', 'quiz',
  'ruler', 'snack', 'snacks', 'sticker', 'tick', 'ticks', 'whiteboard', 'flipchart', 'online', 'email', 'website',
  'phone', 'laptop', 'video', 'podcast', 'app',
  // Plain words of feeling and taking part that films seldom say
  "o'clock", 'upset', 'unhappy', 'lonely', 'confident', 'nervous', 'strengths', 'teamwork', 'helpful', 'kindly', 'safely',
];
