import { error, redirect } from '@sveltejs/kit';
import { getEntity } from '@dateline/core';
import { entityHref } from '$lib/links';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/**
 * An entity's page: who or what it is, its roles, articles per month, its quotes, the entities named
 * with it, its latest articles and its timeline. 404 for an unknown key; a key core answers with
 * another entity (a bare surname its one full-name person owns) redirects to that entity's page.
 */
export const load: PageServerLoad = async ({ params }) => {
  const { db } = await getStore();
  const entity = await getEntity(db, params.key);
  if (!entity) error(404, 'There is no one and nothing with this address in the archive.');
  // Temporary: a second person of that surname would make the bare surname a page of its own.
  if (entity.key !== params.key) redirect(307, entityHref(entity.key));
  return { entity };
};
