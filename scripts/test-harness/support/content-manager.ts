// The admin panel's own HTTP API (the content manager), called as the admin UI calls it.

/** A JSON object as Strapi answers it. */
export type Json = Record<string, unknown>;

/** One answer of the admin API: status and parsed body (empty object for an empty body). */
export interface AdminAnswer {
  status: number;
  body: Json;
}

/** Calls `method path` on Strapi with an admin JWT, the way the admin UI's fetch client does. */
export type AdminCall = (method: string, path: string, body?: unknown) => Promise<AdminAnswer>;

/** An admin API client for `strapiUrl`, authenticated with `jwt`. */
export function adminClient(strapiUrl: string, jwt: string): AdminCall {
  return async (method, path, body) => {
    const response = await fetch(`${strapiUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Json };
  };
}

/** The content manager's path for a collection type's entries, or one entry. */
export function collectionPath(uid: string, documentId?: string): string {
  return `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
}

/** The content manager's path for a single type. */
export function singlePath(uid: string): string {
  return `/content-manager/single-types/${uid}`;
}

/** `answer.body.data` as an object (the content manager wraps every entry in `data`). */
export function entryOf(answer: AdminAnswer): Json {
  return (answer.body.data ?? {}) as Json;
}

/** A short description of an answer for assertion messages. */
export function describeAnswer(answer: AdminAnswer): string {
  return `HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 600)}`;
}

/** Invites an admin user with one role and completes the registration; returns their JWT. */
export async function createAdminUser(
  strapiUrl: string,
  superAdmin: AdminCall,
  user: { email: string; firstname: string; roleCode: string },
): Promise<string> {
  const roles = (await superAdmin('GET', '/admin/roles')).body.data as Array<{ id: number; code: string }>;
  const role = roles.find((candidate) => candidate.code === user.roleCode);
  if (!role) throw new Error(`no admin role ${user.roleCode}: ${JSON.stringify(roles)}`);
  const created = await superAdmin('POST', '/admin/users', {
    email: user.email,
    firstname: user.firstname,
    lastname: 'Test',
    roles: [role.id],
  });
  const token = (created.body.data as { registrationToken?: string } | undefined)?.registrationToken;
  if (created.status !== 201 || !token) {
    throw new Error(`inviting ${user.email} failed: ${describeAnswer(created)}`);
  }
  const response = await fetch(`${strapiUrl}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      registrationToken: token,
      userInfo: { firstname: user.firstname, lastname: 'Test', password: 'Role-Passw0rd!' },
    }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (response.status !== 200 || !body.data?.token) {
    throw new Error(`registering ${user.email} failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return body.data.token;
}
