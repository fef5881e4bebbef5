import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { graphql } from 'graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Arg, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from '../src/index.js';

// Explicit type functions: esbuild (vitest) emits no decorator metadata.
@InputType()
class NoteInput {
  @Field(() => String)
  @MaxLength(500)
  text!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  tags?: string[];
}

@ObjectType()
class Note {
  @Field(() => String)
  text!: string;
}

const stored: string[] = [];

@Resolver()
class NoteResolver {
  @Query(() => Boolean)
  ok(): boolean {
    return true;
  }

  @Mutation(() => Note)
  addNote(@Arg('input', () => NoteInput) input: NoteInput, @Arg('author', () => String) author: string): Note {
    stored.push(`${author}: ${input.text}`);
    return { text: input.text };
  }
}

describe('text a database cannot store', () => {
  it('is refused with BAD_USER_INPUT naming the field, at any depth, before the resolver runs', async () => {
    const schema = await buildFederatedSchema({ resolvers: [NoteResolver] });
    const run = (variables: Record<string, unknown>) =>
      graphql({
        schema,
        source: 'mutation ($input: NoteInput!, $author: String!) { addNote(input: $input, author: $author) { text } }',
        variableValues: variables,
        contextValue: { user: null },
      });
    const nul = await run({ input: { text: 'a\u0000b' }, author: 'An' });
    expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(nul.errors?.[0]?.message).toMatch(/^Ongeldige tekens in text .* \/ Invalid characters in text/);
    const deep = await run({ input: { text: 'ok', tags: ['bouw', 'x\uD800'] }, author: 'An' });
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags.1' });
    const scalar = await run({ input: { text: 'ok' }, author: '\u0000' });
    expect(scalar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(stored).toEqual([]);
    const fine = await run({ input: { text: 'Bouw & Co — Ça va 🧱', tags: ['bouw'] }, author: 'An' });
    expect(fine.errors).toBeUndefined();
    expect(stored).toEqual(['An: Bouw & Co — Ça va 🧱']);
  });
});
