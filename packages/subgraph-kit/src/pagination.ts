import { Directive, Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { badUserInput } from './errors.js';

@ObjectType('PageInfo', { description: 'Waar een pagina eindigt en of er meer is' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@InputType('PageInput', { description: 'Cursorpaginering: hoeveel, en na welke cursor' })
export class PageInput {
  @Field(() => Int, { defaultValue: 25 })
  @Min(1, { message: 'first: minstens 1 / at least 1' })
  @Max(200, { message: 'first: hoogstens 200 / at most 200' })
  first: number = 25;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `XConnection { nodes, pageInfo, totalCount }` for a node type. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Aantal in de hele lijst (met filters)' })
    totalCount!: number;
  }
  return ConnectionType;
}

const encode = (id: string) => Buffer.from(`id:${id}`, 'utf8').toString('base64url');

function decode(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('id:') || raw.length < 4) throw badUserInput('Ongeldige cursor', 'Invalid cursor', { field: 'after' });
  return raw.slice(3);
}

/**
 * Keyset pagination over a Prisma `findMany` that orders by the caller's sort and then by id (so the order is total):
 * fetches one row more than asked to know whether there is a next page, and counts with the same filter.
 */
export async function paginate<T extends { id: string }>(
  page: PageInput | undefined,
  find: (args: { take: number; skip?: number; cursor?: { id: string } }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const first = page?.first ?? 25;
  const after = page?.after ? decode(page.after) : undefined;
  const [rows, totalCount] = await Promise.all([
    find({ take: first + 1, ...(after ? { skip: 1, cursor: { id: after } } : {}) }),
    count(),
  ]);
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encode(last.id) : null } };
}
