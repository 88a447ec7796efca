/*
 * The only email Mend sends about activity. It is the same for every event and every person
 * (SECURITY.md SAFE-06): no content, no names, no practice words, so a shared inbox or a
 * lock-screen preview tells nobody anything but "Mend has something".
 */

/** The subject line of every activity email. */
export const SOMETHING_NEW_SUBJECT = 'Something new is waiting for you in Mend';

/** Subject, plain text and HTML for the content-free "something new" email. */
export function somethingNewEmail(publicUrl: string): { subject: string; text: string; html: string } {
  const link = `${publicUrl}/notifications`;
  const text = [
    'Hello,',
    '',
    'Something new is waiting for you in Mend.',
    `Open Mend to see it: ${link}`,
    '',
    'You can turn these emails off in Mend, under Settings, Notifications.',
  ].join('\n');
  const html = [
    '<p>Hello,</p>',
    '<p>Something new is waiting for you in Mend.</p>',
    `<p><a href="${link}">Open Mend</a></p>`,
    '<p>You can turn these emails off in Mend, under Settings, Notifications.</p>',
  ].join('\n');
  return { subject: SOMETHING_NEW_SUBJECT, text, html };
}
