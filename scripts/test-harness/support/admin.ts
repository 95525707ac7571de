/**
 * Registers the first administrator of a fresh Strapi (only possible once per database) and
 * returns the admin JWT; throws with Strapi's answer when registration is refused.
 */
export async function registerFirstAdmin(strapiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${strapiUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ firstname: 'Test', lastname: 'Editor', email, password: 'Editor-Passw0rd!' }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (response.status !== 200 || !body.data?.token) {
    throw new Error(
      `registering ${email} as first admin failed: HTTP ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return body.data.token;
}

/** The administrator every test file on the shared Strapi uses; whichever file runs first registers it. */
const SHARED_ADMIN = { email: 'editor@example.com', password: 'Editor-Passw0rd!' };

/**
 * An admin JWT for the shared seeded Strapi: registers the first administrator when none exists
 * yet, else logs in as it, so test files on the shared instance do not depend on their order.
 */
export async function sharedAdminJwt(strapiUrl: string): Promise<string> {
  const registered = await fetch(`${strapiUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ firstname: 'Test', lastname: 'Editor', ...SHARED_ADMIN }),
  });
  if (registered.status === 200) {
    const token = ((await registered.json()) as { data?: { token?: string } }).data?.token;
    if (token) return token;
  }
  const login = await fetch(`${strapiUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SHARED_ADMIN),
  });
  const body = (await login.json()) as { data?: { token?: string } };
  if (login.status !== 200 || !body.data?.token) {
    throw new Error(
      `logging in as ${SHARED_ADMIN.email} failed: HTTP ${login.status} ${JSON.stringify(body)}`,
    );
  }
  return body.data.token;
}
