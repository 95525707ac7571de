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
