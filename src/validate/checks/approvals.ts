import { livedExperienceRoles } from '../../model/course-data.js';
import { toPointer } from '../../model/source-file.js';
import type { Check } from '../context.js';

/**
 * An agreement counts only when people with lived experience made it. `copack approve`
 * refuses anything else; this catches the same in an `approvals.json` edited by hand.
 */
export const checkApprovers: Check = ({ course, approvals, report }) => {
  if (!approvals) return;
  const team = new Map(course.team.map((person) => [person.id, person]));
  approvals.data.approvals.forEach((approval, a) => {
    approval.agreedBy.forEach((id, i) => {
      const person = team.get(id);
      if (!person || person.roles.some((role) => (livedExperienceRoles as readonly string[]).includes(role))) return;
      report({
        file: approvals.file,
        pointer: toPointer(['approvals', a, 'agreedBy', i]),
        code: 'approval/not-service-user',
        message: `\`${id}\` has no lived-experience role, so cannot agree the lesson \`${approval.lesson}\` for service users.`,
        hint: `Move \`${id}\` to \`present\`, and have people with lived experience (${livedExperienceRoles.join(', ')}) agree it with \`copack approve\`.`,
      });
    });
  });
};
