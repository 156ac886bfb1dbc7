import { describe, expect, it } from 'vitest';
import { convertText } from '../../../src/convert/index.js';
import { profileByName, resolveProfileSetting } from '../../../src/profiles/by-name.js';
import { ukGovernment20c } from '../../../src/profiles/uk-government-20c.js';
import { usGovernment20c } from '../../../src/profiles/us-government-20c.js';
import { profileOverrideProblems } from '../../../src/profiles/profile.js';

describe('built-in profiles by name', () => {
  it('find each built-in by its name and nothing else', () => {
    expect([profileByName('us-government-20c'), profileByName('uk-government-20c'), profileByName('uk-government')]).toEqual([usGovernment20c, ukGovernment20c, undefined]);
  });

  it('resolve a name, an override of a named base, and an override of the default', () => {
    const named = resolveProfileSetting('uk-government-20c');
    const based = resolveProfileSetting({ base: 'uk-government-20c', extend: true, references: ['savtel'] });
    const plain = resolveProfileSetting({ dateOrder: 'dmy' });
    expect([
      'profile' in named && named.profile.dateOrder,
      'profile' in based && [based.profile.name, based.profile.dateOrder, based.profile.references.at(-1)],
      'profile' in plain && [plain.profile.name, plain.profile.dateOrder],
    ]).toEqual(['dmy', ['uk-government-20c', 'dmy', 'savtel'], ['us-government-20c', 'dmy']]);
  });

  it('say why a setting cannot be resolved instead of throwing', () => {
    expect([resolveProfileSetting('fr-archives'), resolveProfileSetting(['x']), resolveProfileSetting({ base: 7 })]).toEqual([
      { error: 'The profile "fr-archives" is not a built-in profile; expected one of "us-government-20c", "uk-government-20c".' },
      { error: 'The profile setting is a list; expected a built-in profile\'s name or an override object.' },
      { error: 'The profile\'s "base" is not a string; expected a built-in profile\'s name.' },
    ]);
  });
});

describe('a British minute', () => {
  const minute = 'MINUTE\n\nForeign Office, 3/4/59\n\nI agree with the draft.\n\nA. B. Clerk\n';

  it('is a memorandum dated day first from its dateline', () => {
    const t = convertText(minute, { file: 'minute.txt', profile: ukGovernment20c }).transcript!;
    expect(t.documents.map((d) => [d.kind, d.date])).toEqual([['memorandum', '1959-04-03']]);
  });

  it('is dated month first under the US profile', () => {
    const t = convertText(minute, { file: 'minute.txt', profile: usGovernment20c }).transcript!;
    expect(t.documents.map((d) => d.date)).toEqual(['1959-03-04']);
  });
});

describe('the quotation markers of a profile', () => {
  it('are phrases of words: empty, letterless or padded phrases and non-lists are refused', () => {
    expect(profileOverrideProblems({ quoteOpens: ['text follows'], quoteCloses: ['ends', 'fin du texte'], textEnds: ['fin du'] })).toEqual([]);
    expect(profileOverrideProblems({ textEnds: ['fin du', 3] })).toEqual(['"textEnds" does not have the shape of the built-in profile\'s "textEnds"']);
    expect([profileOverrideProblems({ quoteOpens: [''] }), profileOverrideProblems({ quoteOpens: ['--'] }), profileOverrideProblems({ quoteCloses: [' ends'] }), profileOverrideProblems({ quoteCloses: 'ends' })]).toEqual([
      ['"quoteOpens" does not have the shape of the built-in profile\'s "quoteOpens"'],
      ['"quoteOpens" does not have the shape of the built-in profile\'s "quoteOpens"'],
      ['"quoteCloses" does not have the shape of the built-in profile\'s "quoteCloses"'],
      ['"quoteCloses" does not have the shape of the built-in profile\'s "quoteCloses"'],
    ]);
  });

  it('differ between the American and the British profile', () => {
    expect([usGovernment20c.quoteOpens, usGovernment20c.quoteCloses, ukGovernment20c.quoteOpens, ukGovernment20c.quoteCloses]).toEqual([
      ['begin text', 'begin verbatim text'],
      ['end text', 'end verbatim text'],
      ['begins', 'text begins', 'message begins', 'begin text'],
      ['ends', 'text ends', 'message ends', 'end text'],
    ]);
  });

});
