/** The counter the public /route API names for a question: what a resident would be told. */
export async function publicCounter(baseUrl: string, question: string, tenant = 'voorbeeldstad'): Promise<string | null> {
  const response = await fetch(`${baseUrl}/api/v1/tenants/${tenant}/route?q=${encodeURIComponent(question)}`);
  const body = (await response.json()) as { advice: { counterId: string } | null };
  return body.advice?.counterId ?? null;
}
