import { describe, expect, it } from 'vitest';
import { loaderByGroup, loaderById } from '../src/loaders.js';

describe('loaderById', () => {
  it('answers all ids asked in one tick with one fetch, in the order asked, null for unknown ids', async () => {
    const calls: string[][] = [];
    const loader = loaderById(async (ids) => {
      calls.push([...ids]);
      return ids.filter((id) => id !== 'x').map((id) => ({ id, name: `centre ${id}` })).reverse();
    });
    const results = await Promise.all(['b', 'x', 'a'].map((id) => loader.load(id)));
    expect(calls).toEqual([['b', 'x', 'a']]);
    expect(results).toEqual([{ id: 'b', name: 'centre b' }, null, { id: 'a', name: 'centre a' }]);
  });
});

describe('loaderByGroup', () => {
  it('groups the children of many parents fetched at once', async () => {
    let fetches = 0;
    const loader = loaderByGroup(
      async (keys) => {
        fetches += 1;
        return [
          { parent: 'w1', title: 'a' },
          { parent: 'w2', title: 'b' },
          { parent: 'w1', title: 'c' },
        ].filter((row) => keys.includes(row.parent));
      },
      (row) => row.parent,
    );
    const [w1, w2, w3] = await Promise.all(['w1', 'w2', 'w3'].map((key) => loader.load(key)));
    expect(fetches).toBe(1);
    expect(w1?.map((r) => r.title)).toEqual(['a', 'c']);
    expect(w2?.map((r) => r.title)).toEqual(['b']);
    expect(w3).toEqual([]);
  });
});
